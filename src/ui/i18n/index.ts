/**
 * The message catalog (SPEC §7): one module per locale under `locales/`, and
 * only the active one is loaded. Every locale is typed against English, so a
 * missing message is a type error, never a runtime fallback.
 */
import type { Locale, Localized } from '../../catalog/types.js';
import { localeFromEnv } from './locale.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

let active: { locale: Locale; messages: Messages } | undefined;

export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'zh-CN':
      return (await import('./locales/zh-CN.js')).messages;
    case 'zh-TW':
      return (await import('./locales/zh-TW.js')).messages;
    case 'ja':
      return (await import('./locales/ja.js')).messages;
    case 'en':
      return (await import('./locales/en.js')).messages;
  }
}

/** Chooses the locale from the env and loads its messages; `run` calls it before any command speaks. */
export async function useLocale(env: Readonly<Record<string, string | undefined>>): Promise<Locale> {
  const locale = localeFromEnv(env);
  if (active?.locale !== locale) active = { locale, messages: await loadMessages(locale) };
  return locale;
}

/** The active locale's messages. */
export function t(): Messages {
  if (!active) throw new Error('internal: a message was asked for before useLocale()');
  return active.messages;
}

export function activeLocale(): Locale {
  if (!active) throw new Error('internal: a message was asked for before useLocale()');
  return active.locale;
}

/** A provider spec's own words in the active locale. */
export function local(text: Localized): string {
  if (!active) throw new Error('internal: a message was asked for before useLocale()');
  return text[active.locale];
}
