/**
 * The README's tables are the catalog in prose: every auth choice with its
 * endpoint and key flag, and every chat row with its limits, in the catalog's
 * order. A catalog change that the README does not follow fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authChoices } from '../../src/catalog/registry.js';
import { chatCatalog } from '../../src/catalog/endpoints.js';
import { ROOT } from '../helpers/cli.js';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The rows of the table whose header line is `header` (or starts with it, for a `prefix`), as cells without backticks. */
function table(header: string, prefix = false): string[][] {
  const lines = README.split('\n');
  const start = lines.findIndex((l) => (prefix ? l.startsWith(header) : l === header));
  expect(start, header).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, '')));
  }
  return rows;
}

const number = (text: string) => Number(text.replace(/,/g, ''));

describe('README tables', () => {
  it('auth choices: every choice, its endpoint and its key flag', () => {
    const rows = table('| auth choice |', true);
    expect(rows.map((r) => r[0]).sort()).toEqual(authChoices().map((c) => c.id).sort());
    for (const c of authChoices()) {
      const row = rows.find((r) => r[0] === c.id)!;
      expect(row[2], c.id).toBe(c.provider);
      expect(row[4], c.id).toContain(c.baseUrl);
      expect(row[5], c.id).toBe(`--${c.keyFlag}`);
    }
  });

  it('the qwen chat catalog, row for row', () => {
    const rows = table('| model id | input | context | max tokens | reasoning | served on |');
    expect(rows.map((r) => [r[0], number(r[2]!), number(r[3]!), r[4]!.startsWith('yes'), r[5] === 'Standard'])).toEqual(
      chatCatalog('qwen').map((m) => [m.id, m.contextWindow, m.maxTokens, m.reasoning, m.onlyOnPlan === 'standard']),
    );
  });

  it('the Token Plan catalog, row for row', () => {
    const rows = table('| model id | input | context | max tokens |');
    expect(rows.map((r) => [r[0], number(r[2]!), number(r[3]!)])).toEqual(chatCatalog('qwen-token-plan').map((m) => [m.id, m.contextWindow, m.maxTokens]));
  });
});
