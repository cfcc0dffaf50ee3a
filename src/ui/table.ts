export interface Column {
  header: string;
  width: number;
}

/** Fixed-width columns separated by one space; a cell longer than its column pushes the rest right. */
export function formatRow(columns: readonly Column[], cells: readonly string[], lastCell: string): string {
  const fixed = columns.map((col, i) => (cells[i] ?? '').padEnd(col.width)).join(' ');
  return `${fixed} ${lastCell}`.trimEnd();
}

/** Context size as the Gateway prints it: k of 1024 tokens. */
export function formatContext(tokens: number | undefined): string {
  if (!tokens) return '-';
  return `${Math.round(tokens / 1024)}k`;
}
