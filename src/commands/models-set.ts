import { defineCommand, type RunInput } from './command.js';
import { t } from '../ui/i18n/index.js';
import { closestModel, exampleChatRef, exampleVideoRef } from '../catalog/endpoints.js';
import { ExitCode, UsageError } from '../errors.js';
import type { ModelKind } from '../config/model-refs.js';
import type { World } from '../world.js';

/** `models set` and `models set-video`: one ref in, one leaf of openclaw.json out, through the lossless editor. */
export async function setDefaultModel(kind: ModelKind, input: string | undefined, world: World): Promise<number> {
  if (input === undefined) throw new UsageError(t().missingModelRef(kind === 'chat' ? 'set' : 'set-video'));
  const [{ createOutput, printFindings }, { saveDefault }] = await Promise.all([import('../ui/output.js'), import('../config/default-model.js')]);
  const output = createOutput(world);
  const { written, findings } = await saveDefault(kind, input, world);
  if (written.via === 'legacy') output.info(t().legacyRef(input, written.ref));
  if (written.via === 'alias' || written.via === 'bare-id') output.info(`${input} → ${written.ref}`);
  if (!written.known) {
    output.warn(t().notInCatalog(written.ref, written.provider));
    const meant = closestModel(written.provider, written.model, kind);
    if (meant) output.info(`  ${t().didYouMeanRef(`${written.provider}/${meant}`)}`);
  }
  printFindings(output, findings);
  output.out((kind === 'chat' ? t().defaultModelSet : t().defaultVideoModelSet)(written.ref));
  return ExitCode.ok;
}

export const modelsSet = defineCommand({
  path: ['models', 'set'],
  options: {},
  args: [{ name: 'ref', description: 'modelRefAliasBare', required: true, dynamic: 'chat-model' }],
  examples: [`openclaw models set ${exampleChatRef()}`, 'openclaw models set Qwen', 'openclaw models set glm-5'],
  run: ({ args, world }: RunInput<{}>) => setDefaultModel('chat', args[0], world),
});

export const modelsSetVideo = defineCommand({
  path: ['models', 'set-video'],
  options: {},
  args: [{ name: 'ref', description: 'videoModelRefLike', required: true, dynamic: 'video-model' }],
  examples: [`openclaw models set-video ${exampleVideoRef()}`],
  run: ({ args, world }: RunInput<{}>) => setDefaultModel('video', args[0], world),
});
