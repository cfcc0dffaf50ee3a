import { defineCommand, type RunInput } from './command.js';
import { exampleChatRef, exampleVideoRef } from '../catalog/endpoints.js';
import { ExitCode, UsageError } from '../errors.js';
import type { ModelKind } from '../config/model-refs.js';
import type { World } from '../world.js';

const LABEL: Record<ModelKind, string> = { chat: 'Default model', video: 'Default video model' };

/** `models set` and `models set-video`: one ref in, one leaf of openclaw.json out, through the lossless editor. */
export async function setDefaultModel(kind: ModelKind, input: string | undefined, world: World): Promise<number> {
  if (input === undefined) throw new UsageError(`Missing the model ref: openclaw models ${kind === 'chat' ? 'set' : 'set-video'} <ref>.`);
  const [{ createOutput, printFindings }, { resolvePaths }, { readConfigJson }, { editConfigFile }, refs] = await Promise.all([
    import('../ui/output.js'),
    import('../config/paths.js'),
    import('../config/config-value.js'),
    import('../config/config-file.js'),
    import('../config/default-model.js'),
  ]);
  const output = createOutput(world);
  const paths = resolvePaths(world);
  // Checked before the lock: a refused ref creates no file or directory.
  refs.resolveDefaultRef(kind, input, await readConfigJson(paths.configPath));
  let written!: ReturnType<typeof refs.resolveDefaultRef>;
  let findings: ReturnType<typeof refs.planFindings> = [];
  await editConfigFile(paths.configPath, (doc) => {
    const config = doc.toJSON();
    written = refs.resolveDefaultRef(kind, input, config);
    findings = refs.planFindings(kind, written, config);
    refs.writeDefault(doc, kind, written.ref);
  });
  if (written.via === 'legacy') output.info(`Notice: ${input} is a legacy ref; saving it as ${written.ref}.`);
  if (written.via === 'alias' || written.via === 'bare-id') output.info(`${input} → ${written.ref}`);
  if (!written.known) output.warn(`${written.ref} is not in the catalog of ${written.provider}; saving it anyway (the provider decides whether it exists).`);
  printFindings(output, findings);
  output.out(`${LABEL[kind]}: ${written.ref}`);
  return ExitCode.ok;
}

export const modelsSet = defineCommand({
  path: ['models', 'set'],
  options: {},
  args: [{ name: 'ref', description: 'model ref, alias or bare model id', required: true, dynamic: 'chat-model' }],
  examples: [`openclaw models set ${exampleChatRef()}`, 'openclaw models set Qwen', 'openclaw models set glm-5'],
  run: ({ args, world }: RunInput<{}>) => setDefaultModel('chat', args[0], world),
});

export const modelsSetVideo = defineCommand({
  path: ['models', 'set-video'],
  options: {},
  args: [{ name: 'ref', description: `video model ref, like ${exampleVideoRef()}`, required: true, dynamic: 'video-model' }],
  examples: [`openclaw models set-video ${exampleVideoRef()}`],
  run: ({ args, world }: RunInput<{}>) => setDefaultModel('video', args[0], world),
});
