/**
 * Conventions of src/ingredients/rules/: one file per category, named after it, holding only that category's
 * rules; every rule cites a source (its own, or its category's); ids unique; index.ts assembles every file.
 * Each failure message says how to fix it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, CATEGORY_IDS } from '../../../src/ingredients/categories';
import { RULES } from '../../../src/ingredients/rules';
import type { Rule } from '../../../src/ingredients/types';

const DIR = join(import.meta.dirname, '../../../src/ingredients/rules');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .sort();

async function rulesOf(file: string): Promise<readonly Rule[]> {
  const mod = (await import(join(DIR, file))) as { RULES?: readonly Rule[] };
  return mod.RULES ?? [];
}

describe('rules/ meta', () => {
  test.each(files)('%s is named after a category', (file) => {
    const id = file.replace(/\.ts$/, '');
    expect(
      (CATEGORY_IDS as readonly string[]).includes(id),
      `${file}: rename it to <category-id>.ts (one of ${CATEGORY_IDS.join(', ')}) or add the category to categories.ts`,
    ).toBe(true);
  });

  test.each(files)('%s exports RULES, all of its own category', async (file) => {
    const id = file.replace(/\.ts$/, '');
    const rules = await rulesOf(file);
    expect(rules.length, `${file}: export const RULES = [...] satisfies Rule<'${id}'>[]`).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.category, `rule "${r.id}" in ${file}: move it to rules/${r.category}.ts`).toBe(id);
    }
  });

  test('every category has a rules file', () => {
    for (const id of CATEGORY_IDS) {
      expect(files, `category "${id}" has no rules: add src/ingredients/rules/${id}.ts`).toContain(
        `${id}.ts`,
      );
    }
  });

  test('rules/index.ts assembles every file, each rule once', async () => {
    const index = readFileSync(join(DIR, 'index.ts'), 'utf8');
    for (const file of files) {
      const id = file.replace(/\.ts$/, '');
      expect(index, `rules/index.ts: import RULES from './${id}' and spread it into RULES`).toContain(
        `from './${id}'`,
      );
      for (const r of await rulesOf(file)) {
        expect(
          RULES.filter((x) => x === r).length,
          `rule "${r.id}" (${file}) must appear exactly once in rules/index.ts RULES`,
        ).toBe(1);
      }
    }
    const total = (await Promise.all(files.map(rulesOf))).reduce((n, rs) => n + rs.length, 0);
    expect(RULES.length, 'rules/index.ts RULES holds a rule that no category file exports').toBe(total);
  });

  test('rule ids are unique', () => {
    const seen = new Map<string, string>();
    for (const r of RULES) {
      const prev = seen.get(r.id);
      expect(prev, `rule id "${r.id}" is used in ${prev} and ${r.category}: give one of them a new id`).toBe(
        undefined,
      );
      seen.set(r.id, r.category);
    }
  });

  test('every rule cites a source: its own, or its category fallback', () => {
    for (const r of RULES) {
      const source = r.source ?? CATEGORIES[r.category].source;
      expect(
        source.trim().length,
        `rule "${r.id}": add \`source\` to it, or a source to category "${r.category}" in categories.ts`,
      ).toBeGreaterThan(0);
    }
  });

  test('every rule file opens with a comment naming its sources', () => {
    for (const file of files) {
      const head = readFileSync(join(DIR, file), 'utf8').split('*/')[0] ?? '';
      expect(head.startsWith('/**'), `${file}: open the file with a /** ... */ comment`).toBe(true);
      expect(
        head,
        `${file}: say in the opening comment where its facts come from ("Sources: ...")`,
      ).toContain('Sources:');
    }
  });
});
