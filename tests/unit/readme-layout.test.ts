/**
 * The README's Layout section names every room of src/ (each folder and each file at its root) and every
 * folder of src/shops/, so a newcomer reading it finds what is there. Like recipe-scrapers' test that keeps
 * the README's site list in sync with its registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const layout = /## Layout\n+```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

const entries = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));

describe('README layout', () => {
  it('has a Layout section', () => expect(layout.length).toBeGreaterThan(0));

  it.each(entries('src').map((e) => `src/${e}`))('names %s', (path) => {
    expect(
      layout,
      `README.md, section Layout: add a line for ${path} (what it holds, in a few words)`,
    ).toContain(path);
  });

  it.each(entries('src/shops').filter((e) => e.endsWith('/')))('names src/shops/%s', (dir) => {
    expect(
      layout,
      `README.md, section Layout: add an indented line "  ${dir}" under src/shops/ saying what it holds`,
    ).toMatch(new RegExp(`^\\s+${dir}\\s`, 'm'));
  });
});
