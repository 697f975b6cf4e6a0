/**
 * `web-ext lint` over the Firefox build: the checks addons.mozilla.org runs on upload. Passes with 0 errors and
 * 0 warnings of our own. A warning is excused only when it is listed in THIRD_PARTY below and the code the
 * linter points at is shown, on this run, to be that library's; an entry nothing matches any more fails too, so
 * the list never outlives its evidence. Usage: `npm run lint:firefox` (after `npm run build:firefox`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt, { type LintMessage } from 'web-ext';

const SOURCE_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

interface Excused {
  code: string;
  library: string;
  why: string;
  /** True when `near` (the bundled source around the reported column) is this library's code. */
  isTheirs(near: string): boolean;
}

const THIRD_PARTY: Excused[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'preact',
    why:
      "Preact's DOM diff implements the dangerouslySetInnerHTML prop (`dom.innerHTML = newHtml.__html`). It " +
      'runs only when a component passes that prop, which eslint.config.js forbids everywhere in this ' +
      'repository; the linter cannot tell from the bundle that the branch is dead. Preact has no build without it.',
    isTheirs: (near) => near.includes('dangerouslySetInnerHTML') && /\.innerHTML=\w+\.__html/.test(near),
  },
];

function sourceNear(w: LintMessage): string {
  if (!w.file || w.line === undefined || w.column === undefined) return '';
  const file = join(SOURCE_DIR, w.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[w.line - 1] ?? '';
  return line.slice(Math.max(0, w.column - 400), w.column + 200);
}

const where = (m: LintMessage) => `${m.file ?? 'manifest.json'}${m.line ? `:${m.line}:${m.column}` : ''}`;

async function main(): Promise<number> {
  if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`lint:firefox: no build at ${SOURCE_DIR}; run \`npm run build:firefox\` first.`);
    return 1;
  }
  const result = await webExt.cmd.lint(
    { sourceDir: SOURCE_DIR, output: 'none' },
    { shouldExitProgram: false },
  );
  const ours: LintMessage[] = [...result.errors];
  const excused = new Map<Excused, LintMessage[]>();
  for (const w of result.warnings) {
    const entry = THIRD_PARTY.find((t) => t.code === w.code && t.isTheirs(sourceNear(w)));
    if (entry) excused.set(entry, [...(excused.get(entry) ?? []), w]);
    else ours.push(w);
  }
  for (const [entry, ws] of excused) {
    for (const w of ws)
      console.log(`third-party warning (${entry.library}) ${w.code} at ${where(w)}: ${entry.why}`);
  }
  for (const m of ours) console.error(`${m.code} at ${where(m)}: ${m.message}. ${m.description}`);
  const stale = THIRD_PARTY.filter((t) => !excused.has(t));
  for (const t of stale) {
    console.error(
      `lint:firefox: the excused ${t.code} (${t.library}) is no longer reported; remove its entry.`,
    );
  }
  console.log(
    `web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings ` +
      `(${result.warnings.length - (ours.length - result.errors.length)} from third-party code), ` +
      `${result.notices.length} notices`,
  );
  return ours.length || stale.length ? 1 : 0;
}

process.exitCode = await main();
