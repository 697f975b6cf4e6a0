/**
 * docs/sources.md keeps the format code citations rely on (known groups, unique kebab-case ids, a citation
 * each), and the code cites it: every `ref` of a category, rule, recovery source and shop names an entry, every
 * docs/sources.md#<id> comment names one, and every entry is cited by some code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS } from '../../src/ingredients/categories';
import { RULES } from '../../src/ingredients/rules';
import { DEFAULT_WINDOWS, SOURCES, sourceFor, TIER_IDS } from '../../src/recovery';
import { shops } from '../../src/shops';
import { GROUPS, parseSourcesDoc, type Group } from './sources-doc';

const ROOT = join(import.meta.dirname, '../..');
const DOC = join(ROOT, 'docs/sources.md');
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

/** A `ref` field: one entry id or several. */
type Ref = string | readonly string[] | undefined;
const idsOf = (ref: Ref): readonly string[] =>
  ref === undefined ? [] : typeof ref === 'string' ? [ref] : ref;

const entryById = new Map(doc.entries.map((e) => [e.id, e]));
const FIX = 'use the id of a "### " heading of docs/sources.md, or add the entry there';

/** Every text file under `dir` (relative to the repository root), as [path, text]. */
function filesUnder(dir: string, ext = /\.(ts|tsx|js|mjs|json|md|css|html)$/): [string, string][] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return [relative(ROOT, path), readFileSync(path, 'utf8')] as [string, string];
    });
}

/** The code that must cite the register, and the scripts and tests that may cite the data-set entries. */
const CODE = [...filesUnder('src'), ...filesUnder('entrypoints')];
/** This file and the reader quote ids in examples; they do not count as citations. */
const SELF = /^tests\/unit\/sources[^/]*\.ts$/;
const TOOLING = [...filesUnder('scripts'), ...filesUnder('tests')].filter(([f]) => !SELF.test(f));

const ANCHOR = /docs\/sources\.md#([a-z0-9-]+)/g;
const anchorsIn = (files: [string, string][]) =>
  files.flatMap(([file, text]) => [...text.matchAll(ANCHOR)].map((m) => ({ file, id: m[1]! })));

/** Every place code names an entry by a `ref` field, with a label for messages. */
const REFS: { where: string; ref: Ref }[] = [
  ...CATEGORY_IDS.map((c) => ({
    where: `category ${c} (src/ingredients/categories.ts)`,
    ref: CATEGORIES[c].ref,
  })),
  ...RULES.filter((r) => r.ref !== undefined || r.source !== undefined).map((r) => ({
    where: `rule ${r.id} (src/ingredients/rules/${r.category}.ts)`,
    ref: r.ref,
  })),
  ...SOURCES.map((s) => ({ where: `recovery source ${s.id} (src/recovery/sources.ts)`, ref: s.ref })),
  ...shops.map((s) => ({ where: `shop ${s.id} (src/shops/${s.id}.ts, evidence.ref)`, ref: s.evidence.ref })),
];

describe('code cites docs/sources.md', () => {
  it('gives every category, every rule with its own source, every recovery source and every shop a ref', () => {
    const missing = REFS.filter((r) => idsOf(r.ref).length === 0).map((r) => `${r.where}: add a ref; ${FIX}`);
    expect(missing).toEqual([]);
  });

  it('names only entries that exist, in `ref` fields and in docs/sources.md#<id> comments', () => {
    const bad = [
      ...REFS.flatMap((r) => idsOf(r.ref).map((id) => ({ where: r.where, id }))),
      ...anchorsIn([...CODE, ...TOOLING, ['README.md', readFileSync(join(ROOT, 'README.md'), 'utf8')]]).map(
        (a) => ({ where: a.file, id: a.id }),
      ),
    ]
      .filter((r) => !entryById.has(r.id))
      .map((r) => `${r.where}: "${r.id}" is not an entry; ${FIX}`);
    expect(bad).toEqual([]);
  });

  it('cites the right kind of entry: shops a "Shop markup" entry, recovery sources a "Recovery windows" one', () => {
    const groupOf = (id: string): Group | undefined => entryById.get(id)?.group;
    const wrong = [
      ...shops
        .filter((s) => !idsOf(s.evidence.ref).some((id) => groupOf(id) === 'Shop markup'))
        .map((s) => `shop ${s.id}: evidence.ref needs at least one "Shop markup" entry (markup-*)`),
      ...SOURCES.filter((s) => groupOf(s.ref) !== 'Recovery windows').map(
        (s) => `recovery source ${s.id}: ref "${s.ref}" must be a "Recovery windows" entry`,
      ),
    ];
    expect(wrong).toEqual([]);
  });

  it('traces every default window source to an entry (through SOURCES)', () => {
    const unknown: string[] = [];
    for (const tier of TIER_IDS)
      for (const c of CATEGORY_IDS)
        for (const short of DEFAULT_WINDOWS[tier][c].sources) {
          const ref = sourceFor(short)?.ref;
          if (!ref || !entryById.has(ref))
            unknown.push(
              `${tier}/${c}: "${short}" has no SOURCES entry with a valid ref (src/recovery/sources.ts)`,
            );
        }
    expect(unknown).toEqual([]);
  });

  it('cites every entry somewhere: a ref or a docs/sources.md#<id> comment in src/ or entrypoints/', () => {
    const cited = new Set([...REFS.flatMap((r) => idsOf(r.ref)), ...anchorsIn(CODE).map((a) => a.id)]);
    // The data sets are read by scripts/ and tests/ (the corpus, the bench, the generated name list), not by
    // the extension: a comment there is where they are used.
    const tooling = new Set(anchorsIn(TOOLING).map((a) => a.id));
    const dataSet = (id: string) => id.startsWith('dataset-') || id === 'dev-set-labels';
    const uncited = doc.entries
      .filter((e) => !cited.has(e.id) && !(dataSet(e.id) && tooling.has(e.id)))
      .map(
        (e) =>
          `docs/sources.md line ${e.line}: "${e.id}" is cited nowhere; cite it where the code relies on it ` +
          `(a ref, or a docs/sources.md#${e.id} comment${dataSet(e.id) ? ' in src/, entrypoints/, scripts/ or tests/' : ' in src/ or entrypoints/'}), or remove the entry`,
      );
    expect(uncited).toEqual([]);
  });

  it('leaves no pointer to the research folder or to how a source was searched for in src/ or entrypoints/', () => {
    const POINTERS =
      /\.\.\/shared\b|search query|find_string|SOURCES\.md|recovery-windows\.md|research folder/;
    const hits = CODE.flatMap(([file, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => POINTERS.test(line))
        .map(({ n, line }) => `${file}:${n}: "${line.trim()}": cite docs/sources.md#<id> instead`),
    );
    expect(hits).toEqual([]);
  });
});

/** The checks above must be able to fail: the helpers they rest on, on made-up input. */
describe('reference helpers', () => {
  it('reads one id, a list of ids and a missing ref', () => {
    expect(idsOf('a')).toEqual(['a']);
    expect(idsOf(['a', 'b'])).toEqual(['a', 'b']);
    expect(idsOf(undefined)).toEqual([]);
  });

  it('finds docs/sources.md anchors in text, and only kebab-case ids', () => {
    const text =
      '// see docs/sources.md#markup-rossmann and docs/sources.md#inci-one-percent-line.\n docs/sources.md';
    expect(anchorsIn([['x.ts', text]])).toEqual([
      { file: 'x.ts', id: 'markup-rossmann' },
      { file: 'x.ts', id: 'inci-one-percent-line' },
    ]);
  });

  it('sees source and test files in the trees it scans', () => {
    expect(CODE.some(([f]) => f === 'src/shops/rossmann.ts')).toBe(true);
    expect(CODE.some(([f]) => f.startsWith('entrypoints/'))).toBe(true);
    expect(TOOLING.some(([f]) => f.startsWith('scripts/'))).toBe(true);
    expect(TOOLING.some(([f]) => SELF.test(f))).toBe(false);
  });
});
