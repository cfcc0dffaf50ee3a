import type { ProviderId } from './providers.js';

export type VideoMode = 'text-to-video' | 'image-to-video' | 'reference-to-video';

export interface VideoModel {
  id: string;
  name: string;
  mode: VideoMode;
  label: string;
}

export const WAN_VIDEO_MODELS: readonly VideoModel[] = [
  { id: 'wan2.6-t2v', name: 'Wan 2.6 Text-to-Video', mode: 'text-to-video', label: 'text-to-video (default)' },
  { id: 'wan2.6-i2v', name: 'Wan 2.6 Image-to-Video', mode: 'image-to-video', label: 'image-to-video' },
  { id: 'wan2.6-r2v', name: 'Wan 2.6 Reference-to-Video', mode: 'reference-to-video', label: 'reference-to-video' },
  { id: 'wan2.6-r2v-flash', name: 'Wan 2.6 Reference-to-Video Flash', mode: 'reference-to-video', label: 'reference-to-video (fast)' },
  { id: 'wan2.7-r2v', name: 'Wan 2.7 Reference-to-Video', mode: 'reference-to-video', label: 'reference-to-video' },
];

/** Shared caps of every Wan mode (DashScope's video API limits). */
export const WAN_VIDEO_CAPS = {
  maxOutputVideos: 1,
  maxInputImages: 1,
  maxInputVideos: 4,
  maxDurationSeconds: 10,
  defaultDurationSeconds: 5,
  controls: ['size', 'aspectRatio', 'resolution', 'audio', 'watermark'],
  referenceUrlsOnly: true,
} as const;

export function videoCatalogFor(provider: ProviderId): readonly VideoModel[] {
  return provider === 'qwen' || provider === 'alibaba' ? WAN_VIDEO_MODELS : [];
}

export function findVideoModel(provider: ProviderId, modelId: string): VideoModel | undefined {
  return videoCatalogFor(provider).find((m) => m.id === modelId);
}
