import { JsonArrayNode, JsonError, JsonIdentifierNode, JsonObjectNode, JsonParseError, JsonParser } from '@croct/json5-parser';
import { CliError } from '../errors.js';
import { ConfigParseError, checkNesting } from './json5-nesting.js';

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
  const gap = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text.slice(from))![0];
  return text[from + gap.length] === ',' ? from + gap.length : -1;
}

function nest(keys: string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** A key twice in one object: JSON5 keeps the last, an edit would land in the first. Refused with both places. */
function checkDuplicateKeys(node: JsonObjectNode, file: string): void {
  const seen = new Map<string, { line: number; column: number }>();
  for (const prop of node.properties) {
    const key = String(prop.key.toJSON());
    const at = prop.location.start;
    const first = seen.get(key);
    if (first) {
      throw new ConfigParseError(file, at.line, at.column, `duplicate key "${key}" (first at line ${first.line}, column ${first.column}, again at line ${at.line}, column ${at.column}); remove one of them`);
    }
    seen.set(key, { line: at.line, column: at.column });
    const value = prop.value;
    if (value instanceof JsonObjectNode) checkDuplicateKeys(value, file);
    else if (value instanceof JsonArrayNode) for (const el of value.elements) if (el instanceof JsonObjectNode) checkDuplicateKeys(el, file);
  }
}

function parseRoot(text: string, file: string): JsonObjectNode {
  checkNesting(text, file);
  try {
    const root = JsonParser.parse(text, JsonObjectNode);
    checkDuplicateKeys(root, file);
    return root;
  } catch (error) {
    if (error instanceof JsonParseError) {
      throw new ConfigParseError(file, error.location.start.line, error.location.start.column, error.message.replace(/ at \d+:\d+\.?$/, ''));
    }
    if (error instanceof ConfigParseError) throw error;
    if (error instanceof JsonError) throw new ConfigParseError(file, 1, 1, 'the top level must be an object');
    if (error instanceof RangeError) throw new ConfigParseError(file, 1, 1, 'the document is nested too deeply to read');
    throw error;
  }
}

/**
 * openclaw.json as a concrete syntax tree: edits touch only the keys they name,
 * so comments, key order, quoting and layout of everything else stay byte for
 * byte. Inserted values are rendered in the style the file already uses.
 */
export class Json5Document {
  private constructor(
    private root: JsonObjectNode,
    private readonly style: Style,
    /** A new file is written as plain JSON with 2-space indentation. */
    private readonly fresh: boolean,
    private readonly file: string,
    /** Kept as found: a byte order mark, and CRLF line endings (inserted lines get them too). */
    private readonly bom = false,
    private readonly crlf = false,
  ) {}

  static parse(text: string, file: string): Json5Document {
    const bom = text.startsWith('\uFEFF');
    const body = bom ? text.slice(1) : text;
    return new Json5Document(parseRoot(body, file), detectStyle(body), false, file, bom, body.includes('\r\n'));
  }

  static empty(file = 'openclaw.json'): Json5Document {
    return new Json5Document(JsonParser.parse('{}', JsonObjectNode), { indent: '  ', quote: '"', unquotedKeys: false }, true, file);
  }

  toJSON(): Record<string, unknown> {
    return this.root.toJSON() as Record<string, unknown>;
  }

  get(path: readonly string[]): unknown {
    let node: unknown = this.toJSON();
    for (const key of path) {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }

  has(path: readonly string[]): boolean {
    return this.get(path) !== undefined;
  }

  /** The object node at `path` and how deep it is; creates nothing. */
  private walk(path: readonly string[]): { node: JsonObjectNode; depth: number } {
    let node = this.root;
    for (let i = 0; i < path.length; i++) {
      const child = node.get(path[i]!);
      if (!(child instanceof JsonObjectNode)) {
        throw new CliError(`Cannot edit ${this.file}: ${path.slice(0, i + 1).join('.')} is not an object.`, 1, 'Fix that key by hand, then run the command again.');
      }
      node = child;
    }
    return { node, depth: path.length };
  }

  /** Sets the value at `path`, creating missing parent objects. */
  set(path: readonly string[], value: unknown): void {
    if (path.length === 0) throw new Error('set needs a path');
    let existing = 0;
    let probe: unknown = this.toJSON();
    while (existing < path.length - 1) {
      const next = (probe as Record<string, unknown>)?.[path[existing]!];
      if (next === undefined) break;
      probe = next;
      existing++;
    }
    const { node, depth } = this.walk(path.slice(0, existing));
    const key = path[existing]!;
    const rendered = render(nest(path.slice(existing + 1), value), depth + 1, this.style);
    const valueNode = JsonParser.parse(rendered);
    const name = this.style.unquotedKeys && IDENTIFIER.test(key) && !node.has(key) ? JsonIdentifierNode.of(key) : key;
    node.set(name, valueNode);
  }

  /**
   * Appends elements to the array at `path` (created when missing). The
   * elements already there keep their bytes: only the new ones are rendered.
   */
  append(path: readonly string[], values: readonly unknown[]): void {
    if (values.length === 0) return;
    const current = this.get(path);
    if (current === undefined) return this.set(path, [...values]);
    const { node } = this.walk(path.slice(0, -1));
    const array = node.get(path[path.length - 1]!);
    if (!(array instanceof JsonArrayNode)) {
      throw new CliError(`Cannot edit ${this.file}: ${path.join('.')} is not an array.`, 1, 'Fix that key by hand, then run the command again.');
    }
    for (const value of values) array.push(JsonParser.parse(render(value, path.length + 1, this.style)));
  }

  /** Sets only when nothing is there yet; true when it wrote. */
  setIfAbsent(path: readonly string[], value: unknown): boolean {
    if (this.has(path)) return false;
    this.set(path, value);
    return true;
  }

  /**
   * Removes the property at `path` with its comma and, when it had the line to
   * itself, its line (trailing comment included). Done on the text, so the
   * neighbours keep their exact layout. True when something was removed.
   */
  delete(path: readonly string[]): boolean {
    if (!this.has(path)) return false;
    const text = this.root.toString();
    const root = parseRoot(text, this.file);
    let parent = root;
    for (const key of path.slice(0, -1)) parent = parent.get(key, JsonObjectNode);
    const props = parent.properties;
    const index = props.findIndex((p) => p.key.toJSON() === path[path.length - 1]);
    const prop = props[index]!;
    let start = prop.location.start.index;
    let end = prop.location.end.index;
    const after = /^[ \t]*,?/.exec(text.slice(end))![0];
    const hadComma = after.endsWith(',');
    end += after.length;
    const restOfLine = /^[ \t]*(\/\/[^\n]*)?(\r?\n)/.exec(text.slice(end));
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const aloneOnLine = /^[ \t]*$/.test(text.slice(lineStart, start)) && restOfLine !== null;
    if (aloneOnLine) {
      start = lineStart;
      end += restOfLine![0].length;
    }
    if (!hadComma && index > 0) {
      // The last property had no comma after it: the one before it must lose its own.
      const previousEnd = props[index - 1]!.location.end.index;
      const comma = commaAfter(text, previousEnd);
      if (comma !== -1 && comma < start) {
        const head = text.slice(0, comma) + text.slice(comma + 1, start);
        return this.replaceText(head + text.slice(end));
      }
    }
    return this.replaceText(text.slice(0, start) + text.slice(end));
  }

  private replaceText(text: string): true {
    this.root = parseRoot(text, this.file);
    return true;
  }

  toString(): string {
    if (this.fresh) return `${JSON.stringify(this.toJSON(), null, 2)}\n`;
    const text = this.root.toString();
    return (this.bom ? '\uFEFF' : '') + (this.crlf ? text.replace(/\r?\n/g, '\r\n') : text);
  }
}
