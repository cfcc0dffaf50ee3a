/**
 * Terminal safety (SPEC §4): text from files, the environment, servers and argv
 * reaches a terminal with its control characters made visible, so a config value
 * cannot retitle the terminal, move the cursor, overwrite a line or reorder it.
 * One pass over the text, whatever its length.
 */

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /(\u001b\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same characters, for JSON (which escapes C0 itself but leaves C1 and bidi as they are). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The text with every unsafe character written as `\xHH` or `\uHHHH`. With
 * `keepColour`, SGR colour sequences stay (the only escapes our own painter
 * writes, and harmless: they set colours, nothing else).
 */
export function visible(text: string, keepColour = false): string {
  return text.replace(UNSAFE, (match: string, sgr: string | undefined) => (sgr && keepColour ? sgr : sgr ? `\\x1b${sgr.slice(1)}` : shown(match)));
}

/** The same characters, without the colour exception: one test, no shared regex state. */
const ANY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function hasUnsafe(text: string): boolean {
  return ANY_UNSAFE.test(text);
}

/** JSON text with C1 and bidi characters escaped too, so it stays JSON and shows nothing raw. */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
