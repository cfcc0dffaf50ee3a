/** The only form in which a secret may be shown: `sk-a…wxyz`, or bullets when too short to reveal any of it. */
export function maskSecret(secret: string): string {
  if (secret.length < 12) return '••••';
  return `${secret.slice(0, 4)}…${secret.slice(-4)}`;
}

/** Replaces every occurrence of the given secrets in a text (for server messages and errors). */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(maskSecret(secret));
  }
  return out;
}
