import stringWidth from 'string-width';

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

/** Terminal columns a text takes: East Asian wide and fullwidth characters count two, escapes and marks none. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `  Label     value` lines whose values line up by display width: labels padded to the widest (at least `min` columns). */
export function labeller(labels: readonly string[], indent = '  ', min = 9): (label: string, value: string) => string {
  const width = Math.max(min, ...labels.map(displayWidth));
  return (label, value) => `${indent}${padEnd(label, width)} ${value}`;
}

/** Context size as the Gateway prints it: k of 1024 tokens. */
export function formatContext(tokens: number | undefined): string {
  if (!tokens) return '-';
  return `${Math.round(tokens / 1024)}k`;
}
