import type { Locale } from '../../catalog/types.js';

/** The one list of locales: the catalogs, the help texts and the build (scripts/build.mjs) all follow it. */
export const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW', 'ja'];

/**
 * SPEC §7: OPENCLAW_LOCALE, else the POSIX order LC_ALL, LC_MESSAGES, LANG
 * (the first one set decides, as for any program); anything we do not speak,
 * C and POSIX included, is English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const raw = [env.OPENCLAW_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  return raw === undefined ? 'en' : parseLocale(raw);
}

/** `zh_TW.UTF-8`, `zh-Hant`, `ja_JP.eucJP@x`, `zh-hk` → one of ours; unknown → English. */
export function parseLocale(raw: string): Locale {
  const tag = raw.trim().split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  const [language, ...rest] = tag.split('-');
  if (language === 'ja') return 'ja';
  if (language === 'zh') {
    // Traditional for Taiwan, Hong Kong and Macau, or an explicit Hant script; Simplified otherwise.
    return rest.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part)) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}
