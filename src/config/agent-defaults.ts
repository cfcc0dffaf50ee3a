import type { Json5Document } from './json5-editor.js';

export type DefaultSlot = 'model' | 'videoGenerationModel';

/**
 * Sets `agents.defaults.<slot>.primary`. The Gateway also accepts the
 * shorthand `model: "provider/model"`; that string is turned into `{ primary }`.
 * Returns whether anything changed.
 */
export function setPrimary(doc: Json5Document, slot: DefaultSlot, ref: string): boolean {
  const path = ['agents', 'defaults', slot];
  const current = doc.get(path);
  if (typeof current === 'string' || (current !== undefined && (typeof current !== 'object' || current === null || Array.isArray(current)))) {
    doc.set(path, { primary: ref });
    return true;
  }
  if (doc.get([...path, 'primary']) === ref) return false;
  doc.set([...path, 'primary'], ref);
  return true;
}

/** Removes `agents.defaults.<slot>` (the wizard's "Remove", `--no-video`). */
export function clearPrimary(doc: Json5Document, slot: DefaultSlot): boolean {
  return doc.delete(['agents', 'defaults', slot]);
}
