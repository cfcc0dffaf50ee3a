import { probeProvider, type ProbeResult } from '../probe/client.js';
import { parseRef } from '../config/model-refs.js';
import { providerById } from '../catalog/registry.js';
import type { OnboardAnswers } from './types.js';

/** One small live request with the new key, before anything is written: the default model, in the provider's dialect. */
export async function verifyKey(answers: OnboardAnswers, timeoutMs: number, fetchImpl?: typeof fetch, current?: { chat?: string; video?: string }): Promise<ProbeResult> {
  const provider = providerById(answers.choice.provider)!;
  const ref = provider.configShape === 'video' ? (answers.videoModel ?? current?.video ?? provider.defaultVideoModel) : (answers.chatModel ?? current?.chat ?? provider.defaultModel);
  const model = parseRef(ref ?? '')?.model ?? provider.chatModels[0]?.id ?? provider.videoModels[0]?.id ?? '';
  return probeProvider({ provider: provider.id, baseUrl: answers.baseUrl, apiKey: answers.key.key ?? '', model, timeoutMs, timeoutFlag: '--verify-timeout', fetchImpl });
}

