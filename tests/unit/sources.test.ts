/** docs/sources.md keeps the format code citations rely on: known groups, unique kebab-case ids, a citation each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS, parseSourcesDoc } from './sources-doc';

const DOC = join(import.meta.dirname, '../../docs/sources.md');
const doc = parseSourcesDoc(readFileSync(DOC, 'utf8'));

describe('docs/sources.md', () => {
  it('is well formed (each message says what to fix)', () => {
    expect(doc.problems).toEqual([]);
  });

  it('has entries in every group, in the document order', () => {
    for (const g of GROUPS) expect(doc.entries.filter((e) => e.group === g).length, g).toBeGreaterThan(0);
    const groups = doc.entries.map((e) => e.group);
    expect(groups).toEqual([...groups].sort((a, b) => GROUPS.indexOf(a) - GROUPS.indexOf(b)));
  });

  it('gives every entry a unique kebab-case id, a statement and a citation', () => {
    const ids = doc.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of doc.entries) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.text.length, e.id).toBeGreaterThan(40);
      expect(e.cited.length, e.id).toBeGreaterThan(10);
    }
  });

  it('keeps anchor entries of each kind: a case report, a study, a saved page', () => {
    const ids = new Set(doc.entries.map((e) => e.id));
    for (const id of [
      'granuloma-vitamin-c-2014',
      'microchannel-closure-kalluri-2011',
      'markup-sephora-us-2020',
    ])
      expect(ids.has(id), id).toBe(true);
  });
});

/** The reader itself: each broken document must be reported, so the checks above cannot pass vacuously. */
describe('parseSourcesDoc', () => {
  const entry = (id: string, body = 'What it says.\n\nCited: A. Author, 2020.') => `### ${id}\n\n${body}\n`;
  const wrap = (first: string, ...rest: string[]) =>
    [
      '# Sources\n',
      `## ${GROUPS[0]}\n`,
      first,
      ...GROUPS.slice(1).map((g, k) => `## ${g}\n\n${rest[k] ?? entry(`filler-${k}`)}`),
    ].join('\n');

  it('accepts a minimal well-formed document and reads its fields', () => {
    const parsed = parseSourcesDoc(wrap(entry('some-source-2020', 'First line\nwraps.\n\nCited: B, 2021.')));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries[0]).toMatchObject({
      id: 'some-source-2020',
      group: GROUPS[0],
      text: 'First line wraps.',
      cited: 'B, 2021.',
    });
    expect(parsed.entries.map((e) => e.group)).toEqual([...GROUPS]);
  });

  it.each([
    ['a duplicate id', wrap(entry('same') + '\n' + entry('same')), /"same" already used/],
    ['a non-kebab id', wrap(entry('Not_Kebab')), /"Not_Kebab" is not kebab-case/],
    [
      'a missing citation',
      wrap(entry('no-cite', 'Only a statement.')),
      /exactly one "Cited:" paragraph, has 0/,
    ],
    [
      'two citations',
      wrap(entry('two', 'Text.\n\nCited: a.\n\nCited: b.')),
      /exactly one "Cited:" paragraph, has 2/,
    ],
    [
      'a citation before the text',
      wrap(entry('late', 'Cited: a.\n\nText after.')),
      /must be its last paragraph/,
    ],
    ['an empty citation', wrap(entry('empty', 'Text.\n\nCited:')), /empty "Cited:"/],
    ['no statement', wrap(entry('bare', 'Cited: a.')), /says nothing before "Cited:"/],
    ['an unknown group', wrap(entry('ok')).replace('## Shop markup', '## Misc'), /unknown group "Misc"/],
    [
      'a missing group',
      wrap(entry('ok')).replace('## Shop markup', ''),
      /group "Shop markup" has no entries/,
    ],
    ['an entry before any group', `${entry('early')}\n${wrap(entry('ok'))}`, /"early" is not under a known/],
    ['a level-4 heading', wrap(entry('ok') + '#### Detail\n'), /only "## " groups and "### " entries/],
    [
      'the research folder',
      wrap(entry('p', 'See ../shared/docs.\n\nCited: a.')),
      /local path or \.\.\/shared/,
    ],
    ['a machine path', wrap(entry('p', 'Read /home/example/notes.md.\n\nCited: a.')), /local path/],
  ])('reports %s', (_what, markdown, message) => {
    const { problems } = parseSourcesDoc(markdown);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports groups that appear out of order', () => {
    const swapped = [
      `## ${GROUPS[1]}\n\n${entry('b')}`,
      `## ${GROUPS[0]}\n\n${entry('a')}`,
      `## ${GROUPS[2]}\n\n${entry('c')}`,
      `## ${GROUPS[3]}\n\n${entry('d')}`,
    ].join('\n');
    expect(parseSourcesDoc(swapped).problems).toContain(
      `groups are out of order; expected ${GROUPS.join(', ')}`,
    );
  });

  it('does not take URL paths or selectors for machine paths', () => {
    const body = 'Reads `/p/<slug>/<id>/`, `/products/<handle>` and `#product-overview h3`.\n\nCited: a.';
    expect(parseSourcesDoc(wrap(entry('urls', body))).problems).toEqual([]);
  });
});
