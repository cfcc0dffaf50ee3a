/**
 * The config shapes that differ between the seed-era Gateway and today's
 * (SPEC §9): where the video default lives, what the allowlist is, which
 * meta keys a write stamps. Older shapes found in a HOME of today's Gateway
 * are moved on the next write.
 */
import type { Json5Document } from './json5-editor.js';
import type { Generation } from './gateway-generation.js';
import { setPrimary } from './agent-defaults.js';

const DEFAULTS = ['agents', 'defaults'];
const SEED_VIDEO = [...DEFAULTS, 'videoGenerationModel'];
const TODAY_VIDEO = [...DEFAULTS, 'mediaModels', 'video'];
const LEGACY_ALLOWLIST = [...DEFAULTS, 'models'];
const MODEL_POLICY_ALLOW = [...DEFAULTS, 'modelPolicy', 'allow'];
const ALLOWLIST_MIGRATED = ['meta', 'migrations', 'modelPolicyAllowlist'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the video default lives for a generation. */
export function videoDefaultPath(generation: Generation): string[] {
  return generation === 'today' ? TODAY_VIDEO : SEED_VIDEO;
}

/** Sets the video default in the generation's shape; returns the changed key path or undefined. */
export function setVideoDefault(doc: Json5Document, generation: Generation, ref: string): string | undefined {
  const where = videoDefaultPath(generation);
  return setPrimary(doc, where, ref) ? `${where.join('.')}.primary` : undefined;
}

/** Removes the video default (either shape); returns the removed key paths. */
export function clearVideoDefault(doc: Json5Document): string[] {
  const removed: string[] = [];
  for (const where of [SEED_VIDEO, TODAY_VIDEO]) if (doc.delete(where)) removed.push(where.join('.'));
  return removed;
}

/** Today's allowlist is `modelPolicy.allow` once `meta.migrations.modelPolicyAllowlist` says so; before, the keys of `agents.defaults.models`. */
function policyIsExplicit(doc: Json5Document): boolean {
  return doc.get(ALLOWLIST_MIGRATED) === true;
}

/**
 * Makes sure the model `ref` is allowed. Seed era (and a today's HOME whose
 * legacy allowlist could not move): an `agents.defaults.models` entry. Today:
 * appended to a non-empty `modelPolicy.allow` unless a `provider/*` entry
 * covers it; an empty or absent policy allows every model already.
 */
export function allowModel(doc: Json5Document, generation: Generation, ref: string): string | undefined {
  if (generation === 'today' && policyIsExplicit(doc)) {
    const allow = doc.get(MODEL_POLICY_ALLOW);
    if (!Array.isArray(allow) || allow.length === 0) return undefined;
    const provider = ref.split('/')[0];
    if (allow.includes(ref) || allow.includes(`${provider}/*`)) return undefined;
    doc.append(MODEL_POLICY_ALLOW, [ref]);
    return MODEL_POLICY_ALLOW.join('.');
  }
  if (doc.get([...LEGACY_ALLOWLIST, ref]) !== undefined) return undefined;
  doc.set([...LEGACY_ALLOWLIST, ref], {});
  return `${LEGACY_ALLOWLIST.join('.')}.${ref}`;
}

/** Whether `agents.defaults.models` is an allowlist here (seed era, or a legacy one that stayed). */
export function modelsMapIsAllowlist(doc: Json5Document, generation: Generation): boolean {
  return generation === 'seed' || !policyIsExplicit(doc);
}

/**
 * Moves the seed era's shapes to today's in a config of today's Gateway:
 * `videoGenerationModel` → `mediaModels.video`, no `meta.lastTouchedAt`, and
 * the legacy allowlist → `modelPolicy.allow` with its migration mark (as the
 * Gateway's own doctor does, and only when every entry is a `provider/model`
 * ref; otherwise the legacy allowlist stays and is kept as one). Returns the
 * old key paths it moved, for the one line that says so.
 */
export function moveOlderShapes(doc: Json5Document): string[] {
  const moved: string[] = [];
  const video = doc.get(SEED_VIDEO);
  if (video !== undefined) {
    if (doc.get(TODAY_VIDEO) === undefined) doc.set(TODAY_VIDEO, video);
    doc.delete(SEED_VIDEO);
    moved.push(SEED_VIDEO.join('.'));
  }
  if (doc.get(['meta', 'lastTouchedAt']) !== undefined) {
    doc.delete(['meta', 'lastTouchedAt']);
    moved.push('meta.lastTouchedAt');
  }
  if (!policyIsExplicit(doc)) {
    const legacy = doc.get(LEGACY_ALLOWLIST);
    const refs = isObject(legacy) ? Object.keys(legacy) : [];
    if (refs.every((ref) => /^[^/\s]+\/\S+$/.test(ref))) {
      if (refs.length && doc.get(MODEL_POLICY_ALLOW) === undefined) {
        doc.set(MODEL_POLICY_ALLOW, refs);
        moved.push(LEGACY_ALLOWLIST.join('.'));
      }
      doc.set(ALLOWLIST_MIGRATED, true);
    }
  }
  return moved;
}

/** The seed-era Gateway stamps `meta.lastTouchedAt` on every write of a config that has a meta object. */
export function stampTouched(doc: Json5Document, generation: Generation, now: Date): void {
  if (generation !== 'seed') return;
  if (isObject(doc.get(['meta']))) doc.set(['meta', 'lastTouchedAt'], now.toISOString());
}
