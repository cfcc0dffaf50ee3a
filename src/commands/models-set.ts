import type { World } from '../world.js';
import { ExitCode, UsageError } from '../errors.js';
import { resolvePaths } from '../config/paths.js';
import { editConfigFile } from '../config/config-file.js';
import { resolveModelInput, type ModelKind } from '../config/model-refs.js';
import { allowlist } from '../config/agent-config.js';
import { setPrimary } from '../config/onboard-patch.js';
import { createOutput } from '../ui/output.js';

const TARGET: Record<ModelKind, { key: 'model' | 'videoGenerationModel'; label: string; other: string }> = {
  chat: { key: 'model', label: 'Default model', other: 'openclaw models set-video' },
  video: { key: 'videoGenerationModel', label: 'Default video model', other: 'openclaw models set' },
};

/** `models set` and `models set-video`: one ref in, one leaf of openclaw.json out, through the lossless editor. */
export async function runModelsSet(kind: ModelKind, input: string, world: World): Promise<number> {
  const output = createOutput(world);
  const paths = resolvePaths(world);
  const target = TARGET[kind];
  let written = '';
  await editConfigFile(paths.configPath, (doc) => {
    const config = doc.toJSON();
    const resolved = resolveModelInput(input, config);
    const isOtherKind = resolved.kind !== undefined && resolved.kind !== kind;
    if (isOtherKind) {
      throw new UsageError(
        `${resolved.ref} is a ${resolved.kind === 'video' ? 'video generation' : 'chat'} model, not a ${kind === 'video' ? 'video generation' : 'chat'} model.`,
        `Use ${target.other} ${resolved.ref}.`,
      );
    }
    if (resolved.via === 'legacy') output.info(`Notice: ${input} is a legacy ref; saving it as ${resolved.ref}.`);
    if (resolved.via === 'alias' || resolved.via === 'bare-id') output.info(`${input} → ${resolved.ref}`);
    if (!resolved.known) output.warn(`${resolved.ref} is not in the catalog of ${resolved.provider}; saving it anyway (the provider decides whether it exists).`);
    setPrimary(doc, target.key, resolved.ref);
    const allowed = allowlist(config);
    if (kind === 'chat' && Object.keys(allowed).length > 0 && allowed[resolved.ref] === undefined) {
      doc.set(['agents', 'defaults', 'models', resolved.ref], {});
    }
    written = resolved.ref;
  });
  output.out(`${target.label}: ${written}`);
  return ExitCode.ok;
}

export function run({ args, world }: { args: string[]; world: World }): Promise<number> {
  return runModelsSet('chat', args[0] ?? '', world);
}
