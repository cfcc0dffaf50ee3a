import { CliError } from '../errors.js';
import { ConfigParseError } from './json5-nesting.js';
import { parseJson5, setOwn, type SyntaxMember, type SyntaxNode } from './json5-syntax.js';
import { t } from '../ui/i18n/index.js';

export { ConfigParseError };

interface Style {
  indent: string;
  quote: '"' | "'";
  unquotedKeys: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Learns indentation, string quotes and key quoting from the text, so inserted parts match it. */
function detectStyle(text: string): Style {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const single = (text.match(/'[^'\n]*'/g) ?? []).length;
  const double = (text.match(/"[^"\n]*"/g) ?? []).length;
  const unquotedKeys = /^[ \t]*[A-Za-z_$][A-Za-z0-9_$]*[ \t]*:/m.test(text) || /[{,][ \t]*[A-Za-z_$][A-Za-z0-9_$]*[ \t]*:/.test(text);
  return { indent: indent.startsWith('\t') ? '\t' : indent, quote: single > double ? "'" : '"', unquotedKeys };
}

function quoteString(value: string, quote: Style['quote']): string {
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  // `\"` stays escaped: the parser cannot read a bare `"` inside a single-quoted string.
  return `'${json.slice(1, -1).replace(/'/g, "\\'")}'`;
}

/** Pretty JSON5 text for a value whose property sits `depth` levels deep, in the document's style. */
function render(value: unknown, depth: number, style: Style): string {
  const pad = (n: number) => style.indent.repeat(n);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? quoteString(value, style.quote) : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => render(v, depth, style)).join(', ')}]`;
    return `[\n${value.map((v) => `${pad(depth + 1)}${render(v, depth + 1, style)}`).join(',\n')}\n${pad(depth)}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (style.unquotedKeys && IDENTIFIER.test(k) ? k : quoteString(k, style.quote));
  return `{\n${entries.map(([k, v]) => `${pad(depth + 1)}${key(k)}: ${render(v, depth + 1, style)}`).join(',\n')}\n${pad(depth)}}`;
}

/** Index of the comma after `from`, past whitespace and comments only (a comma inside a comment is not it); -1 if none. */
function commaAfter(text: string, from: number): number {
  const gap = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text.slice(from, from + 4096))![0];
  return text[from + gap.length] === ',' ? from + gap.length : -1;
}

function nest(keys: readonly string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => {
    const o: Record<string, unknown> = {};
    setOwn(o, key, inner);
    return o;
  }, value);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = (v: unknown): unknown => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown));

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * openclaw.json for editing, losslessly and in linear time. The text is
 * parsed once (our own JSON5 reader, which records where every member sits);
 * edits change a plain value at once and are remembered as ranges of the
 * original text to replace, members to insert, members to delete and
 * elements to append. `toString()` splices them all in, in one pass: comments,
 * key order, quoting and layout of everything not edited stay byte for byte,
 * and inserted parts follow the file's own style.
 */
export class Json5Document {
  private readonly replaced = new Map<SyntaxMember, readonly string[]>();
  private readonly deleted = new Set<SyntaxMember>();
  /** Container → keys to add (rendered from the value at `toString`), with the container's path. */
  private readonly inserted = new Map<SyntaxNode, { path: readonly string[]; keys: string[] }>();
  private readonly appended = new Map<SyntaxNode, readonly string[]>();
  private readonly depthOf = new Map<SyntaxNode, number>();
  /** Members of a container by key, built on first use: a lookup per edit, not a scan. */
  private readonly byKey = new Map<SyntaxNode, Map<string, SyntaxMember>>();

  private member(node: SyntaxNode, key: string): SyntaxMember | undefined {
    let index = this.byKey.get(node);
    if (!index) {
      index = new Map(node.members.map((m) => [m.key, m]));
      this.byKey.set(node, index);
    }
    const m = index.get(key);
    return m && !this.deleted.has(m) ? m : undefined;
  }

  private constructor(
    private readonly text: string,
    private readonly root: SyntaxNode | undefined,
    private readonly model: Record<string, unknown>,
    private readonly style: Style,
    private readonly file: string,
    /** Kept as found: a byte order mark, and CRLF line endings (inserted lines get them too). */
    private readonly bom = false,
    private readonly crlf = false,
  ) {}

  static parse(text: string, file: string): Json5Document {
    const bom = text.startsWith('\uFEFF');
    const body = bom ? text.slice(1) : text;
    const { value, root } = parseJson5(body, file);
    return new Json5Document(body, root, value, detectStyle(body), file, bom, body.includes('\r\n'));
  }

  /** A new file is written as plain JSON with 2-space indentation. */
  static empty(file = 'openclaw.json'): Json5Document {
    return new Json5Document('', undefined, {}, { indent: '  ', quote: '"', unquotedKeys: false }, file);
  }

  /** The same text, positions and style with a copy of the value: a document to edit while this one's value is read elsewhere. */
  fork(): Json5Document {
    return new Json5Document(this.text, this.root, structuredClone(this.model), this.style, this.file, this.bom, this.crlf);
  }

  /** The document as a plain value (the live one: read it, do not change it). */
  toJSON(): Record<string, unknown> {
    return this.model;
  }

  get(path: readonly string[]): unknown {
    let node: unknown = this.model;
    for (const key of path) {
      if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
      node = node[key];
    }
    return node;
  }

  has(path: readonly string[]): boolean {
    return this.get(path) !== undefined;
  }

  /** The original member at `path`, when every step of it is still the text's own; `stop` says why not. */
  private locate(path: readonly string[]): { node: SyntaxNode; depth: number; index: number; member?: SyntaxMember; covered: boolean } | undefined {
    if (!this.root) return undefined;
    let node = this.root;
    for (let i = 0; i < path.length; i++) {
      if (node.kind !== 'object') return { node, depth: i, index: i, covered: true };
      this.depthOf.set(node, i);
      const member = this.member(node, path[i]!);
      if (!member) return { node, depth: i, index: i, covered: this.inserted.get(node)?.keys.includes(path[i]!) ?? false };
      if (this.replaced.has(member)) return { node, depth: i, index: i, member, covered: true };
      if (i === path.length - 1 || !member.node) return { node, depth: i, index: i, member, covered: false };
      node = member.node;
    }
    return undefined;
  }

  /** Sets the value at `path`, creating missing parent objects. */
  set(path: readonly string[], value: unknown): void {
    if (path.length === 0) throw new Error('set needs a path');
    let parent: Record<string, unknown> = this.model;
    for (let i = 0; i < path.length - 1; i++) {
      const next = Object.prototype.hasOwnProperty.call(parent, path[i]!) ? parent[path[i]!] : undefined;
      if (next === undefined) {
        setOwn(parent, path[i]!, nest(path.slice(i + 1), clone(value)));
        this.record(path.slice(0, i + 1));
        return;
      }
      if (!isObject(next)) {
        throw new CliError(t().notAnObjectAt(this.file, path.slice(0, i + 1).join('.')), 1, t().fixKeyHint);
      }
      parent = next;
    }
    setOwn(parent, path[path.length - 1]!, clone(value));
    this.record(path);
  }

  /** Remembers that the value at `path` changed (or appeared): as a replaced range, or a member to insert. */
  private record(path: readonly string[]): void {
    const at = this.locate(path);
    if (!at || at.covered) return;
    if (at.member && at.index === path.length - 1) {
      this.replaced.set(at.member, path.slice(0, at.index + 1));
    } else if (at.member) {
      this.replaced.set(at.member, path.slice(0, at.index + 1));
    } else {
      const entry = this.inserted.get(at.node) ?? { path: path.slice(0, at.index), keys: [] };
      const key = path[at.index]!;
      if (!entry.keys.includes(key)) entry.keys.push(key);
      this.inserted.set(at.node, entry);
      this.depthOf.set(at.node, at.depth);
    }
  }

  /** Sets only when nothing is there yet; true when it wrote. */
  setIfAbsent(path: readonly string[], value: unknown): boolean {
    if (this.has(path)) return false;
    this.set(path, value);
    return true;
  }

  /**
   * Appends elements to the array at `path` (created when missing). The
   * elements already there keep their bytes: only the new ones are rendered.
   */
  append(path: readonly string[], values: readonly unknown[]): void {
    if (values.length === 0) return;
    const current = this.get(path);
    if (current === undefined) return this.set(path, [...values]);
    if (!Array.isArray(current)) {
      throw new CliError(t().notAnArrayAt(this.file, path.join('.')), 1, t().fixKeyHint);
    }
    for (const v of values) current.push(clone(v));
    const at = this.locate(path);
    if (!at || at.covered || !at.member?.node || at.member.node.kind !== 'array') return;
    this.appended.set(at.member.node, path);
    this.depthOf.set(at.member.node, path.length);
  }

  /**
   * Removes the property at `path` with its comma and, when it had the line
   * to itself, its line (trailing comment included); the neighbours keep their
   * exact layout. True when something was removed.
   */
  delete(path: readonly string[]): boolean {
    if (!this.has(path)) return false;
    const parent = this.get(path.slice(0, -1)) as Record<string, unknown>;
    const key = path[path.length - 1]!;
    delete parent[key];
    const at = this.locate(path);
    if (!at || at.covered) {
      if (at && !at.member) {
        const entry = this.inserted.get(at.node);
        if (entry) entry.keys = entry.keys.filter((k) => k !== key);
      }
      return true;
    }
    if (at.member) {
      this.deleted.add(at.member);
      this.replaced.delete(at.member);
    }
    return true;
  }

  toString(): string {
    if (!this.root) return `${JSON.stringify(this.model, null, 2)}\n`;
    const edits = this.splices();
    if (edits.length === 0) return (this.bom ? '\uFEFF' : '') + this.text;
    let out = '';
    let at = 0;
    for (const e of edits) {
      out += this.text.slice(at, e.start) + e.text;
      at = Math.max(at, e.end);
    }
    out += this.text.slice(at);
    return (this.bom ? '\uFEFF' : '') + (this.crlf ? out.replace(/\r?\n/g, '\r\n') : out);
  }

  private pad(n: number): string {
    return this.style.indent.repeat(n);
  }

  private keyText(key: string): string {
    return this.style.unquotedKeys && IDENTIFIER.test(key) ? key : quoteString(key, this.style.quote);
  }

  /** Every edit as a range of the original text, sorted, with those inside a replaced or deleted range dropped. */
  private splices(): Splice[] {
    const out: Splice[] = [];
    const covering: [number, number][] = [];
    for (const [member, path] of this.replaced) {
      out.push({ start: member.valueStart, end: member.valueEnd, text: render(this.get(path), path.length, this.style) });
      covering.push([member.valueStart, member.valueEnd]);
    }
    const containers = new Set<SyntaxNode>([...this.inserted.keys(), ...this.appended.keys()]);
    const parents = new Map<SyntaxMember, SyntaxNode>();
    const walk = (node: SyntaxNode) => {
      for (const m of node.members) {
        parents.set(m, node);
        if (m.node) walk(m.node);
      }
    };
    if (this.deleted.size) walk(this.root!);
    for (const m of this.deleted) containers.add(parents.get(m)!);
    for (const node of containers) out.push(...this.containerSplices(node, covering));
    // A splice inside a range that is replaced or deleted whole is part of that; an insertion at its very edge is not.
    const inside = (s: Splice) =>
      covering.some(([a, b]) => (s.start === s.end ? a < s.start && s.start < b : a <= s.start && s.end <= b && !(a === s.start && b === s.end)));
    return out.filter((s) => !inside(s)).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Deletions, insertions and appends of one container. */
  private containerSplices(node: SyntaxNode, covering: [number, number][]): Splice[] {
    const text = this.text;
    const out: Splice[] = [];
    const depth = this.depthOf.get(node) ?? 0;
    const gone = node.members.filter((m) => this.deleted.has(m));
    const kept = node.members.filter((m) => !this.deleted.has(m));
    const insertedKeys = (this.inserted.get(node)?.keys ?? []).filter((k) => this.get([...this.inserted.get(node)!.path, k]) !== undefined);
    const appendPath = this.appended.get(node);
    const appendedValues = appendPath ? ((this.get(appendPath) as unknown[]) ?? []).slice(node.members.length) : [];
    const adds: string[] =
      node.kind === 'object'
        ? insertedKeys.map((k) => `${this.keyText(k)}: ${render(this.get([...this.inserted.get(node)!.path, k]), depth + 1, this.style)}`)
        : appendedValues.map((v) => render(v, depth + 1, this.style));

    for (const m of gone) {
      let start = m.start;
      let end = m.commaAt !== -1 ? m.commaAt + 1 : m.valueEnd;
      const rest = /^[ \t]*(\/\/[^\n]*)?(\r?\n)/.exec(text.slice(end, end + 4096));
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      if (/^[ \t]*$/.test(text.slice(lineStart, start)) && rest) {
        start = lineStart;
        end += rest[0].length;
      }
      out.push({ start, end, text: '' });
      covering.push([start, end]);
    }
    const last = kept[kept.length - 1];
    const lastOriginal = node.members[node.members.length - 1];
    if (adds.length === 0) {
      // The last member went without a comma after it: the one now last loses its own.
      if (last && lastOriginal && this.deleted.has(lastOriginal) && lastOriginal.commaAt === -1 && last.commaAt !== -1) {
        const comma = commaAfter(text, last.valueEnd);
        if (comma !== -1) out.push({ start: comma, end: comma + 1, text: '' });
      }
      return out;
    }
    const pad = this.pad(depth + 1);
    if (!last) {
      // Nothing left inside: the new members fill the brackets.
      const inner = `\n${adds.map((a) => `${pad}${a}`).join(',\n')}\n${this.pad(depth)}`;
      const firstGone = gone[0];
      const from = firstGone ? Math.min(firstGone.start, node.start + 1) : node.start + 1;
      out.push({ start: node.start + 1, end: node.end, text: inner });
      covering.push([Math.min(from, node.start + 1), node.end]);
      return out;
    }
    // The container's style: a comma after its last member or not. The member now last may still have the comma
    // that separated it from a deleted one; that comma separates it from the new members instead.
    const trailing = lastOriginal!.commaAt !== -1;
    const lastHasComma = last.commaAt !== -1;
    const after = lastHasComma ? last.commaAt + 1 : last.valueEnd;
    const lineEnd = /^[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*?\*\/[ \t]*)?\r?\n/.exec(text.slice(after, after + 4096));
    if (!lastHasComma) out.push({ start: last.valueEnd, end: last.valueEnd, text: ',' });
    if (lineEnd && after + lineEnd[0].length <= node.end) {
      const at = after + lineEnd[0].length;
      out.push({ start: at, end: at, text: adds.map((a) => `${pad}${a}${trailing ? ',' : ''}`).join(trailing ? '\n' : ',\n') + '\n' });
    } else {
      // An inline container (`{ a: 1 }`): the new members go before its closing bracket, on the same line.
      out.push({ start: node.end, end: node.end, text: trailing ? `${adds.join(', ')}, ` : `${adds.join(', ')} ` });
    }
    return out;
  }
}
