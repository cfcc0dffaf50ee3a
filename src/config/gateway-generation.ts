/**
 * Which OpenClaw Gateway reads the files (SPEC §9): the seed era (2026.4.x) or
 * today's (2026.9.x). Stated by --gateway-version / OPENCLAW_GATEWAY_VERSION,
 * else read from the files, else today's for a HOME with nothing in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../ui/i18n/index.js';
import type { ConfigJson } from './agent-config.js';
import type { OpenclawPaths } from './paths.js';

export type Generation = 'seed' | 'today';

/** How the generation was found, most explicit first. */
export type GenerationReason = 'stated' | 'config-version' | 'state-database' | 'json-store' | 'config-shape' | 'empty-home' | 'no-sign';

export interface GatewayTarget {
  generation: Generation;
  reason: GenerationReason;
  /** The version stated or read from `meta.lastTouchedVersion`. */
  version?: string;
}

export const GATEWAY_VERSION_ENV = 'OPENCLAW_GATEWAY_VERSION';

/**
 * The first release with today's shapes, as far as this CLI writes them:
 * 2026.8.1 brought `agents.defaults.modelPolicy.allow` (OpenClaw's docs,
 * concepts/models.md); the releases tested are 2026.4.24 and 2026.9.6.
 */
const TODAY_FROM: readonly [number, number, number] = [2026, 8, 1];

/** `2026.9.6`, `v2026.4.24`, `2026.9.6-beta.1`: year.month.patch (patch optional). */
export function parseGatewayVersion(text: string): { version: string; generation: Generation } | undefined {
  const m = /^v?(\d{4})\.(\d{1,2})(?:\.(\d{1,3}))?(?:[-+][0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!m) return undefined;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  let cmp = 0;
  for (let i = 0; i < 3 && cmp === 0; i++) cmp = parts[i]! - TODAY_FROM[i]!;
  return { version: text.trim().replace(/^v/, ''), generation: cmp >= 0 ? 'today' : 'seed' };
}

/** `<state>/state/openclaw.sqlite`: today's Gateway keeps its state there. */
export function stateDatabasePath(paths: Pick<OpenclawPaths, 'stateDir'>): string {
  return path.join(paths.stateDir, 'state', 'openclaw.sqlite');
}

const has = (file: string) => fs.existsSync(file);

function objectAt(root: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  let node = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

/** Shapes only one generation accepts, when the config holds them. */
function generationOfShapes(config: ConfigJson): Generation | undefined {
  const defaults = objectAt(config, ['agents', 'defaults']);
  if (defaults?.mediaModels !== undefined || defaults?.modelPolicy !== undefined || objectAt(config, ['agents', 'entries'])) return 'today';
  if (defaults?.videoGenerationModel !== undefined || objectAt(config, ['meta'])?.lastTouchedAt !== undefined) return 'seed';
  return undefined;
}

export function detectGeneration(env: Readonly<Record<string, string | undefined>>, paths: OpenclawPaths, config: ConfigJson): GatewayTarget {
  const stated = env[GATEWAY_VERSION_ENV]?.trim();
  if (stated) {
    const parsed = parseGatewayVersion(stated);
    if (!parsed) throw new UsageError(t().badGatewayVersion(stated), t().gatewayVersionHint);
    return { generation: parsed.generation, reason: 'stated', version: parsed.version };
  }
  const touched = objectAt(config, ['meta'])?.lastTouchedVersion;
  const parsed = typeof touched === 'string' ? parseGatewayVersion(touched) : undefined;
  if (parsed) return { generation: parsed.generation, reason: 'config-version', version: parsed.version };
  if (has(stateDatabasePath(paths))) return { generation: 'today', reason: 'state-database' };
  if (has(paths.authStorePath)) return { generation: 'seed', reason: 'json-store' };
  const shaped = generationOfShapes(config);
  if (shaped) return { generation: shaped, reason: 'config-shape' };
  return { generation: 'today', reason: Object.keys(config).length === 0 ? 'empty-home' : 'no-sign' };
}
