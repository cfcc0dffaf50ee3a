import { CliError } from '../errors.js';
import { t } from '../ui/i18n/index.js';

export class ConfigParseError extends CliError {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(t().cannotParseAt(path, String(line), String(column), detail), 1, t().fixFileHint);
    this.name = 'ConfigParseError';
  }
}

const MAX_DEPTH = 200;

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/**
 * Refuses nesting deeper than MAX_DEPTH before any recursive parser sees it:
 * a clear error with the place, never a stack overflow. One linear pass that
 * skips strings and comments.
 */
export function checkNesting(text: string, file: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only quotes, slashes and brackets matter: skip everything else at the cost of one comparison.
    if (code !== 34 && code !== 39 && code !== 47 && code !== 123 && code !== 91 && code !== 125 && code !== 93) continue;
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '{' || ch === '[') {
      if (++depth > MAX_DEPTH) {
        const at = position(text, i);
        throw new ConfigParseError(file, at.line, at.column, t().tooDeep(String(MAX_DEPTH)));
      }
    } else if (ch === '}' || ch === ']') {
      depth--;
    }
  }
}

