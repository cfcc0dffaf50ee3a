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

/** Terminal columns a text takes: East Asian wide and fullwidth characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Context size as the Gateway prints it: k of 1024 tokens. */
export function formatContext(tokens: number | undefined): string {
  if (!tokens) return '-';
  return `${Math.round(tokens / 1024)}k`;
}
