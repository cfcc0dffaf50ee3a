import type { Json5Document } from './json5-editor.js';

/**
 * Sets `<where>.primary` (`agents.defaults.model`, or the video default of a
 * generation). The Gateway also accepts the shorthand `"provider/model"`;
 * that string (or any other non-object) is turned into `{ primary }`.
 * Returns whether anything changed.
 */
export function setPrimary(doc: Json5Document, where: readonly string[], ref: string): boolean {
  const path = [...where];
  const current = doc.get(path);
  if (typeof current === 'string' || (current !== undefined && (typeof current !== 'object' || current === null || Array.isArray(current)))) {
    doc.set(path, { primary: ref });
    return true;
  }
  if (doc.get([...path, 'primary']) === ref) return false;
  doc.set([...path, 'primary'], ref);
  return true;
}
