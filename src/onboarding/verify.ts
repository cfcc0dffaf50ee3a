import { probeChat, probeVideo, type ProbeResult } from '../probe/client.js';
import { findChatModel } from '../catalog/chat-models.js';
import { parseRef } from '../config/model-refs.js';
import type { OnboardAnswers } from './types.js';

const VERIFY_TIMEOUT_MS = 8000;

/** One small live request with the new key, before anything is written. */
export async function verifyKey(answers: OnboardAnswers): Promise<ProbeResult> {
  const provider = answers.choice.provider;
  const apiKey = answers.key.key ?? '';
  if (provider === 'alibaba') {
    const model = parseRef(answers.videoModel ?? 'alibaba/wan2.6-t2v')!.model;
    return probeVideo({ provider, host: answers.baseUrl, apiKey, model, timeoutMs: VERIFY_TIMEOUT_MS });
  }
  const model = parseRef(answers.chatModel ?? '')?.model ?? 'qwen3.5-plus';
  const reasoning = findChatModel(provider, model)?.reasoning ?? false;
  return probeChat({ provider, baseUrl: answers.baseUrl, apiKey, model, timeoutMs: VERIFY_TIMEOUT_MS, reasoning });
}
