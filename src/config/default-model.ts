import { UsageError } from '../errors.js';
import { chatModelFindings, videoModelFindings, type PlanFinding } from '../catalog/policy.js';
import type { ConfigJson } from './agent-config.js';
import { allowModel, setVideoDefault } from './generation-shapes.js';
import type { Generation } from './gateway-generation.js';
import { resolveModelInput, userModelIds, type ModelKind, type ResolvedRef } from './model-refs.js';
import { configuredBaseUrl } from './model-inventory.js';
import { setPrimary } from './agent-defaults.js';
import type { Json5Document } from './json5-editor.js';
import { t } from '../ui/i18n/index.js';
import type { World } from '../world.js';

const OTHER_COMMAND: Record<ModelKind, string> = { chat: 'openclaw models set-video', video: 'openclaw models set' };

/** A ref for one default slot: resolved, of the right kind, or a usage error naming the other command. */
export function resolveDefaultRef(kind: ModelKind, input: string, config: ConfigJson): ResolvedRef {
  const resolved = resolveModelInput(input, config);
  if (resolved.kind !== undefined && resolved.kind !== kind) {
    const name = (k: ModelKind) => (k === 'chat' ? t().kindChat : t().kindVideo);
    throw new UsageError(t().wrongModelKind(resolved.ref, name(resolved.kind), name(kind)), t().useCommand(OTHER_COMMAND[kind], resolved.ref));
  }
  return resolved;
}

/** What the plan rules say of a ref in this config (SPEC §2). */
export function planFindings(kind: ModelKind, ref: ResolvedRef, config: ConfigJson): PlanFinding[] {
  const ctx = { baseUrl: configuredBaseUrl(config, ref.provider), userModelIds: userModelIds(config, ref.provider) };
  return kind === 'chat' ? chatModelFindings(ref.provider, ref.model, ctx) : videoModelFindings(ref.provider, ref.model, ctx);
}

/** Writes the default of a slot in the generation's shape, and (for chat) the allowlist entry the Gateway adds with it. */
export function writeDefault(doc: Json5Document, kind: ModelKind, ref: string, generation: Generation): string[] {
  const changed: string[] = [];
  if (kind === 'video') {
    const set = setVideoDefault(doc, generation, ref);
    if (set) changed.push(set);
    return changed;
  }
  if (setPrimary(doc, ['agents', 'defaults', 'model'], ref)) changed.push('agents.defaults.model.primary');
  const allowed = allowModel(doc, generation, ref);
  if (allowed) changed.push(allowed);
  return changed;
}

/**
 * `models set` / `set-video`: the ref checked before the lock (a refused ref
 * creates no file or directory), then resolved again and written in one
 * transaction of the config, in the shapes of the Gateway that reads it.
 */
export async function saveDefault(kind: ModelKind, input: string, world: Pick<World, 'env' | 'homedir' | 'cwd'>): Promise<{ written: ResolvedRef; findings: PlanFinding[] }> {
  const [{ resolvePaths }, { editConfigFile, readConfigForEdit }, { detectGeneration }] = await Promise.all([import('./paths.js'), import('./config-file.js'), import('./gateway-generation.js')]);
  const paths = resolvePaths(world);
  const before = await readConfigForEdit(paths.configPath);
  resolveDefaultRef(kind, input, before);
  const { generation } = detectGeneration(world.env, paths, before);
  let written!: ResolvedRef;
  let findings: PlanFinding[] = [];
  await editConfigFile(
    paths.configPath,
    (doc) => {
      const config = doc.toJSON() as ConfigJson;
      written = resolveDefaultRef(kind, input, config);
      findings = planFindings(kind, written, config);
      writeDefault(doc, kind, written.ref, generation);
    },
    { generation },
  );
  return { written, findings };
}
