import { styleText } from 'node:util';
import { canPrompt, type World } from '../world.js';
import { UsageError } from '../errors.js';
import { t } from './i18n/index.js';
import { importPackage } from '../esm.js';

/** The select prompt's key help, in the active language (the keys themselves stay glyphs). */
function keysHelpTip(keys: [key: string, action: string][]): string {
  const m = t();
  const action = (name: string) => (name === 'navigate' ? m.keysNavigate : name === 'select' ? m.keysSelect : name);
  return keys.map(([key, name]) => `${styleText('bold', key)} ${styleText('dim', action(name))}`).join(styleText('dim', ' • '));
}

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/**
 * The only door to @inquirer/prompts. Without a TTY every question refuses
 * with the flag that answers it instead. Esc throws GoBack (the onboarding
 * flow steps back one question); Ctrl-C cancels (exit 130).
 */
export interface Dialogs {
  select<T>(q: { message: string; choices: Choice<T>[]; default?: T; flag: string }): Promise<T>;
  confirm(q: { message: string; default: boolean; flag: string }): Promise<boolean>;
  password(q: { message: string; validate: (value: string) => true | string; flag: string }): Promise<string>;
}

export class NoTtyError extends UsageError {
  constructor(question: string, flag: string) {
    super(t().noTtyQuestion(question, flag));
    this.name = 'NoTtyError';
  }
}

/** Esc at a question: the caller goes back one question (or cancels when there is none before it). */
export class GoBack extends Error {
  constructor() {
    super('back');
    this.name = 'GoBack';
  }
}

import { visible } from './terminal-safe.js';

const ESC = '\u001b';
const MAX_PASSWORD_ATTEMPTS = 5;

export function createDialogs(world: World): Dialogs {
  let prompts: Promise<typeof import('@inquirer/prompts')> | undefined;
  const load = () => (prompts ??= importPackage('@inquirer/prompts'));

  async function ask<T>(question: string, flag: string, run: (p: typeof import('@inquirer/prompts'), ctx: object) => Promise<T>): Promise<T> {
    if (!canPrompt(world)) throw new NoTtyError(question, flag);
    const p = await load();
    const controller = new AbortController();
    // A lone ESC byte is the Esc key; arrow keys arrive as ESC [ x in one chunk.
    let escaped = false;
    const onData = (chunk: Buffer | string) => {
      if (chunk.toString() === ESC) {
        escaped = true;
        controller.abort();
      }
    };
    world.stdin.on('data', onData);
    try {
      return await run(p, { input: world.stdin, output: world.stdout, signal: controller.signal, clearPromptOnDone: false });
    } catch (error) {
      if (escaped && error instanceof Error && error.name === 'AbortPromptError') throw new GoBack();
      throw error;
    } finally {
      world.stdin.removeListener('data', onData);
    }
  }

  return {
    // Choices and messages quote config values (the current model, a base URL): shown with their control characters visible.
    select: (q) =>
      ask(q.message, q.flag, (p, ctx) =>
        p.select(
          {
            message: visible(q.message),
            choices: q.choices.map((c) => ({ ...c, name: visible(c.name), ...(c.description !== undefined ? { description: visible(c.description) } : {}) })),
            default: q.default,
            pageSize: 12,
            theme: { style: { keysHelpTip } },
          },
          ctx,
        ),
      ),
    confirm: (q) => ask(q.message, q.flag, (p, ctx) => p.confirm({ message: visible(q.message), default: q.default, transformer: (yes) => (yes ? t().answerYes : t().answerNo) }, ctx)),
    // A refused key is not left in the field to be appended to: the question is asked anew, empty, with the reason above it.
    password: async (q) => {
      let refused = '';
      for (let attempt = 1; ; attempt++) {
        const message = refused ? `${q.message} (${refused})` : q.message;
        const value = await ask(q.message, q.flag, (p, ctx) => p.password({ message: visible(message), mask: '*' }, ctx));
        const verdict = q.validate(value);
        if (verdict === true) return value;
        if (attempt >= MAX_PASSWORD_ATTEMPTS) throw new UsageError(t().gaveUpAfter(verdict, String(MAX_PASSWORD_ATTEMPTS)));
        refused = verdict;
      }
    },
  };
}
