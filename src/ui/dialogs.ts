import { styleText } from 'node:util';
import { canPrompt, type InStream, type World } from '../world.js';
import { UsageError } from '../errors.js';
import { t } from './i18n/index.js';
import { importPackage } from '../esm.js';
import { visible } from './terminal-safe.js';

/** The prompts' key help (select, password), in the active language (the keys themselves stay glyphs). */
function keysHelpTip(keys: [key: string, action: string][]): string {
  const m = t();
  const words: Record<string, string> = { navigate: m.keysNavigate, select: m.keysSelect, 'toggle visibility': m.keysToggleVisibility };
  const action = (name: string) => words[name] ?? name;
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
  /** How many questions have been answered: a mark to rewind to. */
  mark(): number;
  /** Esc went back to the question after `mark`: the screen is cleared and drawn again with `header` and the answers before it, without the abandoned prompts. */
  rewind(mark: number, header: readonly string[]): void;
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

const ESC = '\u001b';
const MAX_PASSWORD_ATTEMPTS = 5;
/** Bytes the key prompt reads: keys are far shorter, and a prompt that draws each character costs the square of the input. */
const MAX_KEY_INPUT = 1024;

/** More input arrived at the key prompt than any key has. */
class OversizedInput extends Error {
  constructor() {
    super('oversized input');
    this.name = 'OversizedInput';
  }
}

export function createDialogs(world: World): Dialogs {
  let prompts: Promise<typeof import('@inquirer/prompts')> | undefined;
  const load = () => (prompts ??= importPackage('@inquirer/prompts'));

  /**
   * One question. With `limitInput`, more input than that many bytes (a megabyte
   * pasted into the key prompt) ends the question at once instead of being drawn
   * a character at a time.
   */
  async function ask<T>(question: string, flag: string, run: (p: typeof import('@inquirer/prompts'), ctx: object) => Promise<T>, limitInput?: number): Promise<T> {
    if (!canPrompt(world)) throw new NoTtyError(question, flag);
    const p = await load();
    const controller = new AbortController();
    let escaped = false;
    let oversized = false;
    let seen = 0;
    // Input is looked at before any listener (readline's included) sees it. A lone ESC byte is the Esc key (arrow
    // keys arrive as ESC [ x in one chunk): it ends the question and is kept from readline, whose key decoder would
    // otherwise hold it and hand it to the next question half a second later, moving that question's cursor. With
    // `limitInput`, the chunk that goes past the limit is dropped and the question ends, so a paste is never drawn a
    // character at a time; input below the limit, and anything typed ahead after the answer, flows as it always does.
    const stdin = world.stdin as InStream & { emit: (event: string | symbol, ...args: unknown[]) => boolean };
    const emit = stdin.emit;
    stdin.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'data') {
        if (oversized || escaped) return true;
        const chunk = args[0] as Buffer | string;
        if (chunk.toString() === ESC) {
          escaped = true;
          controller.abort();
          return true;
        }
        seen += chunk.length;
        if (limitInput !== undefined && seen > limitInput) {
          oversized = true;
          controller.abort();
          return true;
        }
      }
      return emit.call(this, event, ...args);
    } as typeof stdin.emit;
    const restoreEmit = () => {
      stdin.emit = emit;
    };
    try {
      // Drawn on stderr, the terminal: `openclaw onboard | tee log` still asks, and stdout keeps only the result.
      return await run(p, { input: world.stdin, output: world.stderr as NodeJS.WritableStream, signal: controller.signal, clearPromptOnDone: false });
    } catch (error) {
      if (oversized && error instanceof Error && error.name === 'AbortPromptError') throw new OversizedInput();
      if (escaped && error instanceof Error && error.name === 'AbortPromptError') throw new GoBack();
      throw error;
    } finally {
      restoreEmit();
    }
  }

  /** The rest of an oversized paste is read and dropped until stdin is quiet (bounded), so it does not answer the next question. */
  async function drain(): Promise<void> {
    // Raw, so that the terminal does not echo what is dropped (or buffer it as a line for the next question).
    const stdin = world.stdin as InStream & { setRawMode?: (mode: boolean) => unknown };
    stdin.setRawMode?.(true);
    let last = Date.now();
    const started = last;
    const onData = () => {
      last = Date.now();
    };
    world.stdin.on('data', onData);
    world.stdin.resume();
    while (Date.now() - last < 300 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 25));
    world.stdin.removeListener('data', onData);
    world.stdin.pause();
    stdin.setRawMode?.(false);
  }

  /** The answered questions as the screen shows them, for a redraw after Esc. */
  const answered: string[] = [];
  const record = <T>(message: string, shown: (value: T) => string) => (value: T) => {
    answered.push(`✔ ${visible(message)} ${visible(shown(value))}`);
    return value;
  };

  return {
    mark: () => answered.length,
    rewind(mark, header) {
      answered.length = Math.min(mark, answered.length);
      // Clear the screen and its scrollback, home the cursor, then the header and the answers that still stand.
      world.stderr.write(`\x1b[2J\x1b[3J\x1b[H${[...header.map((line) => visible(line, true)), ...answered].map((line) => `${line}\n`).join('')}`);
    },
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
      ).then(record(q.message, (value) => q.choices.find((c) => c.value === value)?.name ?? String(value))),
    confirm: (q) => {
      const yesNo = (yes: boolean) => (yes ? t().answerYes : t().answerNo);
      return ask(q.message, q.flag, (p, ctx) => p.confirm({ message: visible(q.message), default: q.default, transformer: yesNo }, ctx)).then(record(q.message, yesNo));
    },
    // A refused key is not left in the field to be appended to: the question is asked anew, empty, with the reason above it.
    password: async (q) => {
      let refused = '';
      for (let attempt = 1; ; attempt++) {
        const message = refused ? `${q.message} (${refused})` : q.message;
        let value: string;
        try {
          value = await ask(q.message, q.flag, (p, ctx) => p.password({ message: visible(message), mask: '*', theme: { style: { keysHelpTip } } }, ctx), MAX_KEY_INPUT);
        } catch (error) {
          if (!(error instanceof OversizedInput)) throw error;
          // Refused at once, and the rest of the paste is read and dropped, so it reaches neither a later question nor the shell.
          await drain();
          throw new UsageError(t().keyInputRefused(String(MAX_KEY_INPUT)), t().keyInputHint(q.flag));
        }
        const verdict = q.validate(value);
        if (verdict === true) return record<string>(q.message, () => '*'.repeat(8))(value);
        if (attempt >= MAX_PASSWORD_ATTEMPTS) throw new UsageError(t().gaveUpAfter(verdict, String(MAX_PASSWORD_ATTEMPTS)));
        refused = verdict;
      }
    },
  };
}
