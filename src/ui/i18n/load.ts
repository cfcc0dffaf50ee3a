/**
 * Where the catalog modules of one locale come from. Here: ES modules, one
 * per locale. The binary's bundle replaces this module with one that requires
 * prebuilt CommonJS files (scripts/build.mjs), so a run never starts Node's
 * ES module loader just to read its messages.
 */
import type { Locale } from '../../catalog/types.js';
import type { Messages } from './messages.js';
import type { HelpTexts } from './help/en.js';

export async function importMessages(locale: Locale): Promise<Messages> {
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

export async function importHelp(locale: Exclude<Locale, 'en'>): Promise<HelpTexts> {
  switch (locale) {
    case 'zh-CN':
      return (await import('./help/zh-CN.js')).help;
    case 'zh-TW':
      return (await import('./help/zh-TW.js')).help;
    case 'ja':
      return (await import('./help/ja.js')).help;
  }
}
