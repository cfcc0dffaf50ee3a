/**
 * The message catalog (SPEC §7): one module per locale under `locales/`, and
 * only the active one is loaded. Every locale is typed against English, so a
 * missing message is a type error, never a runtime fallback.
 */
import type { Locale, Localized } from '../../catalog/types.js';
import { localeFromEnv } from './locale.js';
import { currentRun } from '../../run-context.js';
import { importHelp, importMessages } from './load.js';
import { englishHelp } from './help/en.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

/** A locale with its messages, and its help texts outside English (where the specs' own words are the help). */
interface Active {
  locale: Locale;
  messages: Messages;
  help?: Readonly<Record<string, string>>;
}

/** The run's language lives in its run context; outside a run (tests of one module) in the process. */
let processActive: Active | undefined;

function getActive(): Active | undefined {
  const run = currentRun();
  return run ? (run.i18n as Active | undefined) : processActive;
}

function setActive(next: Active): void {
  const run = currentRun();
  if (run) run.i18n = next;
  else processActive = next;
}

/** A locale's messages (the tests read every locale through this). */
export const loadMessages = importMessages;

/** Chooses the locale from the env and loads its catalog; `run` calls it before any command speaks. */
export async function useLocale(env: Readonly<Record<string, string | undefined>>): Promise<Locale> {
  const locale = localeFromEnv(env);
  if (getActive()?.locale !== locale) {
    const [messages, help] = await Promise.all([importMessages(locale), locale === 'en' ? undefined : importHelp(locale)]);
    setActive({ locale, messages, help });
  }
  return locale;
}

function current(): Active {
  const active = getActive();
  if (!active) throw new Error('internal: a message was asked for before useLocale()');
  return active;
}

/** A spec's help (a key of the help texts) in the active language; a text that is no key (a test provider's own words) stays as it is. */
export function helpText(key: string): string {
  const local = current().help as Readonly<Record<string, string>> | undefined;
  return (key && local?.[key]) || englishHelp(key);
}

/** The active locale's messages. */
export function t(): Messages {
  return current().messages;
}

export function activeLocale(): Locale {
  return current().locale;
}

/** A provider spec's own words in the active locale. */
export function local(text: Localized): string {
  return text[current().locale];
}
