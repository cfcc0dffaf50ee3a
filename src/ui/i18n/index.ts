/**
 * The message catalog (SPEC §7): one module per locale under `locales/`, and
 * only the active one is loaded. Every locale is typed against English, so a
 * missing message is a type error, never a runtime fallback.
 */
import type { Locale, Localized } from '../../catalog/types.js';
import { localeFromEnv } from './locale.js';
import { importHelp, importMessages } from './load.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

let active: { locale: Locale; messages: Messages } | undefined;
let helpTexts: Readonly<Record<string, string>> | undefined;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return importMessages(locale);
}

/** Chooses the locale from the env and loads its messages; `run` calls it before any command speaks. */
export async function useLocale(env: Readonly<Record<string, string | undefined>>): Promise<Locale> {
  const locale = localeFromEnv(env);
  if (active?.locale !== locale) active = { locale, messages: await loadMessages(locale) };
  return locale;
}

/**
 * The help texts of the locale (commands, options, arguments): loaded by `run`
 * outside English, where the specs' own English words are the help.
 */
export async function loadHelp(locale: Locale): Promise<void> {
  helpTexts = locale === 'en' ? undefined : await importHelp(locale);
}

/** A spec's English help text in the active language (a text the catalog lacks, such as a test provider's, stays English). */
export function helpText(english: string): string {
  if (!english || !helpTexts || active?.locale === 'en') return english;
  return helpTexts[english] ?? english;
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
