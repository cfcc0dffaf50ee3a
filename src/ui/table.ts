import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Columns as wide as their widest cell (at least `minWidths`), separated by
 * one space; the last column is not padded. Widths are display widths, so
 * wide (CJK) characters keep the columns aligned.
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], opts: { minWidths?: readonly number[] } = {}): string[] {
  const widths = headers.slice(0, -1).map((h, i) => Math.max(opts.minWidths?.[i] ?? 0, displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i < widths.length ? padEnd(cell, widths[i]!) : cell)).join(' ').trimEnd();
  return [line(headers), ...rows.map(line)];
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Terminal columns a text takes: East Asian Wide and Fullwidth characters
 * count two (Unicode's table, through get-east-asian-width), colour escapes,
 * controls, combining marks and zero-width characters none. string-width
 * would also measure emoji sequences, but it compiles Unicode-property
 * regexes and an Intl.Segmenter on first use: 25-35 ms on every command that
 * prints a table, against a start-up budget of 0.4 × a bare node (bench/results.md).
 * The tests measure our tables with string-width itself.
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text.includes('\u001b') ? text.replace(ANSI, '') : text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || isZeroWidth(code)) continue;
    width += eastAsianWidth(code);
  }
  return width;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) || // combining diacritics
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, marks
    (code >= 0x3099 && code <= 0x309a) || // combining kana voiced marks
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    code === 0xfeff
  );
}

/** `  Label     value` lines whose values line up by display width: labels padded to the widest (at least `min` columns). */
export function labeller(labels: readonly string[], indent = '  ', min = 9): ((label: string, value: string) => string) & { valueColumn: number } {
  const width = Math.max(min, ...labels.map(displayWidth));
  // Where the values start, for a caller that wraps them.
  return Object.assign((label: string, value: string) => `${indent}${padEnd(label, width)} ${value}`, { valueColumn: displayWidth(indent) + width + 1 });
}

/** Context size as the Gateway prints it: k of 1024 tokens. */
export function formatContext(tokens: number | undefined): string {
  if (!tokens) return '-';
  return `${Math.round(tokens / 1024)}k`;
}

/** A path under the home directory as people write it: `~/.openclaw/openclaw.json`. */
export function tildify(file: string, home: string | undefined): string {
  if (!home || home === '/') return file;
  const base = home.endsWith('/') ? home.slice(0, -1) : home;
  return file === base ? '~' : file.startsWith(`${base}/`) ? `~${file.slice(base.length)}` : file;
}

/**
 * A line wrapped at spaces to a display width, the rest indented under where
 * its text starts (a label's value column); a word longer than a line stays whole.
 */
export function wrapWords(line: string, width: number | undefined, indent: number): string[] {
  if (!width || displayWidth(line) <= width) return [line];
  const lead = ' '.repeat(Math.min(indent, Math.max(0, width - 20)));
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<=\S) (?=\S)/)) {
    const next = current ? `${current} ${word}` : word;
    if (current && displayWidth(next) > width) {
      out.push(current);
      current = `${lead}${word}`;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}
