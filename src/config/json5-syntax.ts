/**
 * A JSON5 reader that returns the value and, in one linear pass, where every
 * member and element sits in the text: what the lossless editor needs to
 * splice an edit into the file without rebuilding it. No dependency, no
 * recursion deeper than the nesting check allows.
 */
import { ConfigParseError } from './json5-nesting.js';
import { t as messages } from '../ui/i18n/index.js';

export interface SyntaxMember {
  key: string;
  /** Where the member starts (its key) and where its value starts and ends (exclusive). */
  start: number;
  valueStart: number;
  valueEnd: number;
  /** The comma after the value, or -1. */
  commaAt: number;
  /** The container the value is, when it is one. */
  node?: SyntaxNode;
}

export interface SyntaxNode {
  kind: 'object' | 'array';
  /** Offsets of the opening and the closing bracket. */
  start: number;
  end: number;
  /** Object members, or array elements (with an empty key), in order. */
  members: SyntaxMember[];
}

export interface Parsed {
  value: Record<string, unknown>;
  root: SyntaxNode;
}


/** Sets a key without ever touching a prototype (`__proto__` is a key like any other). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Deeper than this is refused with its place: no config needs it, and the reader recurses per level. */
const MAX_DEPTH = 200;

/** An empty node list: what a reader that keeps no positions hands out. */
const NO_MEMBERS: SyntaxMember[] = [];

class Reader {
  i = 0;
  depth = 0;
  /** The container node of the value just read (undefined after a string or a literal). */
  node: SyntaxNode | undefined;
  constructor(
    readonly text: string,
    readonly file: string,
    /** Positions are for the editor; a read-only command skips them (and their garbage). */
    readonly keepNodes = true,
  ) {}

  fail(detail: string, at = this.i): never {
    let line = 1;
    let last = -1;
    for (let n = this.text.indexOf('\n'); n !== -1 && n < at; n = this.text.indexOf('\n', n + 1)) {
      line++;
      last = n;
    }
    throw new ConfigParseError(this.file, line, at - last, detail);
  }

  /** Skips whitespace and comments. */
  space(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12) {
        this.i++;
      } else if (c === 47 && t.charCodeAt(this.i + 1) === 47) {
        const end = t.indexOf('\n', this.i);
        this.i = end === -1 ? t.length : end;
      } else if (c === 47 && t.charCodeAt(this.i + 1) === 42) {
        const end = t.indexOf('*/', this.i + 2);
        if (end === -1) this.fail(messages().parseCommentOpen);
        this.i = end + 2;
      } else {
        return;
      }
    }
  }

  describe(at: number): string {
    return at >= this.text.length ? messages().parseEndOfFile : `"${this.text[at]}"`;
  }

  value(): unknown {
    const c = this.text.charCodeAt(this.i);
    if (c === 123 || c === 91) {
      if (++this.depth > MAX_DEPTH) this.fail(messages().tooDeep(String(MAX_DEPTH)));
      const container = c === 123 ? this.object() : this.array();
      this.depth--;
      return container;
    }
    this.node = undefined;
    if (c === 34 || c === 39) return this.string();
    return this.literal();
  }

  object(): Record<string, unknown> {
    const node: SyntaxNode = { kind: 'object', start: this.i, end: -1, members: this.keepNodes ? [] : NO_MEMBERS };
    const value: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.space();
      if (this.text[this.i] === '}') break;
      const start = this.i;
      const key = this.key();
      this.space();
      if (this.text[this.i] !== ':') this.fail(messages().parseExpectedColon(key, this.describe(this.i)));
      this.i++;
      this.space();
      if (this.i >= this.text.length) this.fail(messages().parseUnexpected(messages().parseEndOfFile));
      const valueStart = this.i;
      const member = this.value();
      if (Object.hasOwn(value, key)) this.duplicate(key, start, node);
      const entry: SyntaxMember | undefined = this.keepNodes ? { key, start, valueStart, valueEnd: this.i, commaAt: -1, node: this.node } : undefined;
      if (entry) node.members.push(entry);
      setOwn(value, key, member);
      this.space();
      if (this.text[this.i] === ',') {
        if (entry) entry.commaAt = this.i;
        this.i++;
        continue;
      }
      if (this.text[this.i] === '}') break;
      this.fail(messages().parseExpectedComma('}', this.describe(this.i)));
    }
    node.end = this.i;
    this.i++;
    this.node = node;
    return value;
  }

  /** A key met twice: the message names both places. A reader without positions reads again with them to find the first. */
  duplicate(key: string, again: number, node: SyntaxNode): never {
    if (!this.keepNodes) parseJson5(this.text, this.file);
    const first = node.members.find((m) => m.key === key)!.start;
    this.fail(messages().parseDuplicateKey(key, this.where(first), this.where(again)), again);
  }

  array(): unknown[] {
    const node: SyntaxNode = { kind: 'array', start: this.i, end: -1, members: this.keepNodes ? [] : NO_MEMBERS };
    const value: unknown[] = [];
    this.i++;
    for (;;) {
      this.space();
      if (this.text[this.i] === ']') break;
      if (this.i >= this.text.length) this.fail(messages().parseUnexpected(messages().parseEndOfFile));
      const start = this.i;
      const element = this.value();
      const entry: SyntaxMember | undefined = this.keepNodes ? { key: '', start, valueStart: start, valueEnd: this.i, commaAt: -1, node: this.node } : undefined;
      if (entry) node.members.push(entry);
      value.push(element);
      this.space();
      if (this.text[this.i] === ',') {
        if (entry) entry.commaAt = this.i;
        this.i++;
        continue;
      }
      if (this.text[this.i] === ']') break;
      this.fail(messages().parseExpectedComma(']', this.describe(this.i)));
    }
    node.end = this.i;
    this.i++;
    this.node = node;
    return value;
  }

  where(at: number): string {
    let line = 1;
    let last = -1;
    for (let n = this.text.indexOf('\n'); n !== -1 && n < at; n = this.text.indexOf('\n', n + 1)) {
      line++;
      last = n;
    }
    return messages().parseLineColumn(String(line), String(at - last));
  }

  key(): string {
    const c = this.text[this.i];
    if (c === '"' || c === "'") return this.string();
    if (c === undefined || !isIdStart(this.text.charCodeAt(this.i)) || c === '\uFEFF') this.fail(messages().parseExpectedKey(this.describe(this.i)));
    const start = this.i;
    while (this.i < this.text.length && isIdPart(this.text.charCodeAt(this.i))) this.i++;
    return this.text.slice(start, this.i);
  }

  string(): string {
    const t = this.text;
    const quote = t[this.i]!;
    const start = this.i;
    this.i++;
    let out = '';
    let run = this.i;
    for (;;) {
      const c = t[this.i];
      if (c === undefined || c === '\n' || c === '\r') this.fail(messages().parseStringOpenLine, start);
      if (c === quote) {
        out += t.slice(run, this.i);
        this.i++;
        return out;
      }
      if (c === '\\') {
        out += t.slice(run, this.i);
        this.i++;
        const e = t[this.i]!;
        this.i++;
        switch (e) {
          case 'n':
            out += '\n';
            break;
          case 't':
            out += '\t';
            break;
          case 'r':
            out += '\r';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'v':
            out += '\v';
            break;
          case '0':
            out += '\0';
            break;
          case 'x':
            out += String.fromCharCode(Number.parseInt(t.slice(this.i, this.i + 2), 16));
            this.i += 2;
            break;
          case 'u':
            out += String.fromCharCode(Number.parseInt(t.slice(this.i, this.i + 4), 16));
            this.i += 4;
            break;
          case '\r':
            if (t[this.i] === '\n') this.i++;
            break;
          case '\n':
          case '\u2028':
          case '\u2029':
            break;
          default:
            if (e === undefined) this.fail(messages().parseStringOpen, start);
            out += e;
        }
        run = this.i;
        continue;
      }
      this.i++;
    }
  }

  literal(): unknown {
    const t = this.text;
    const start = this.i;
    const c = t.charCodeAt(start);
    // Words start with a letter or a sign; digits go straight to the number.
    if (!isDigit(c)) {
      for (const [word, value] of WORDS) {
        if (c === word.charCodeAt(0) && t.startsWith(word, start) && !isIdPart(t.charCodeAt(start + word.length))) {
          this.i += word.length;
          return value;
        }
      }
    }
    // A number: sign, hex or decimal with optional fraction and exponent.
    let i = start;
    if (c === 43 || c === 45) i++;
    if (t.charCodeAt(i) === 48 && (t.charCodeAt(i + 1) | 32) === 120) {
      i += 2;
      const digits = i;
      while (isHex(t.charCodeAt(i))) i++;
      if (i === digits) this.fail(messages().parseUnexpected(this.describe(start)), start);
    } else {
      const digits = i;
      while (isDigit(t.charCodeAt(i))) i++;
      if (t.charCodeAt(i) === 46) {
        i++;
        while (isDigit(t.charCodeAt(i))) i++;
      }
      if (i === digits || (i === digits + 1 && t.charCodeAt(digits) === 46)) this.fail(messages().parseUnexpected(this.describe(start)), start);
      if ((t.charCodeAt(i) | 32) === 101) {
        i++;
        if (t.charCodeAt(i) === 43 || t.charCodeAt(i) === 45) i++;
        const exp = i;
        while (isDigit(t.charCodeAt(i))) i++;
        if (i === exp) this.fail(messages().parseUnexpected(this.describe(start)), start);
      }
    }
    if (isIdPart(t.charCodeAt(i))) this.fail(messages().parseUnexpected(this.describe(start)), start);
    this.i = i;
    const body = t.slice(start, i);
    const sign = c === 45 ? -1 : 1;
    const unsigned = c === 43 || c === 45 ? body.slice(1) : body;
    return sign * ((unsigned.charCodeAt(1) | 32) === 120 ? Number.parseInt(unsigned.slice(2), 16) : Number(unsigned));
  }
}

const WORDS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['Infinity', Infinity],
  ['+Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['NaN', NaN],
  ['+NaN', NaN],
  ['-NaN', NaN],
];

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
const isIdStart = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 36 || c >= 0x80;
const isIdPart = (c: number) => isIdStart(c) || isDigit(c);

/** Parses an openclaw.json text (the BOM already removed). The top level must be an object. */
export function parseJson5(text: string, file: string, opts: { positions?: boolean } = {}): Parsed {
  const r = new Reader(text, file, opts.positions ?? true);
  r.space();
  if (r.text[r.i] !== '{') {
    if (r.i >= text.length) r.fail(messages().parseEmpty);
    r.fail(messages().parseTopLevel, r.i);
  }
  const value = r.object();
  const root = r.node!;
  r.space();
  if (r.i < text.length) r.fail(messages().parseAfterEnd(r.describe(r.i)));
  return { value, root };
}
