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

/** Every secret this process has seen; any text leaving it is scrubbed of them. */
const known = new Set<string>();
const WINDOW = 8;

/** Remembers a secret so that no 8-character run of it can leave the process (errors, relayed server text, parse errors, JSON). */
export function rememberSecret(secret: string | undefined): void {
  if (secret && secret.length >= WINDOW) known.add(secret);
}

/** Replaces every 8-character run of a remembered secret; masked forms (4 + 4 characters) pass. */
export function scrubSecrets(text: string): string {
  if (known.size === 0 || text.length < WINDOW) return text;
  let out = text;
  for (const secret of known) {
    if (out.includes(secret)) out = out.split(secret).join(maskSecret(secret));
    for (let i = 0; i + WINDOW <= secret.length; i++) {
      const run = secret.slice(i, i + WINDOW);
      if (out.includes(run)) out = out.split(run).join('••••');
    }
  }
  return out;
}
