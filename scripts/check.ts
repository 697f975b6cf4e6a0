/**
 * Command-line checker.
 *
 *   npm run -s check -- "Water, Retinol, ..."      readable report
 *   npm run -s check -- --json "Water, ..."         the Analysis as JSON
 *   npm run -s check -- --jsonl < lists.jsonl       {"id","text","name"?,"category"?} per line in, {"id","findings"} per line out
 *   npm run -s check -- --rinse-off "..."           treat the product as rinse-off
 *   npm run -s check -- --page FILE.html --url URL  run the shop readers on a saved page, as the extension does
 *
 * Each mode is a small function taking its arguments and streams; main(argv) only picks one, so a new
 * mode (e.g. --page FILE --url URL) is one function and one line in MODES.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze, checkedSummary, type Analysis, type AnalyzeOptions } from '../src/ingredients/index';
import { remember } from '../src/ingredients/memo';
import { kindsOf, readProduct } from '../src/shops/read/product';
import { readSavedPage } from './lib/read-page';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const defaultIo: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** Readable report of one analysis. */
export function formatReport(a: Analysis): string {
  const lines: string[] = [];
  const labels = a.lists.map((l) => l.label).filter((l): l is string => l !== null);
  lines.push(`${a.checked} ingredient(s) checked${labels.length > 0 ? ` in ${a.lists.length} lists` : ''}.`);
  const hold = a.findings.filter((f) => f.severity !== 'note');
  const notes = a.findings.filter((f) => f.severity === 'note');
  if (hold.length === 0) lines.push(`Nothing to hold detected. We checked: ${checkedSummary()}.`);
  for (const f of [...hold, ...notes]) {
    const where = `${f.list ? `${f.list}, ` : ''}#${f.position}`;
    const how = f.match.kind === 'fuzzy' ? `fuzzy ${f.match.score ?? ''}` : f.match.kind;
    lines.push(
      `  [${f.severity.toUpperCase()}] ${f.category}: "${f.ingredient}" (${where}) = ${f.canonical} [${f.rule}, ${how}]`,
    );
    lines.push(`      ${f.reason}. ${f.why}`);
    lines.push(`      source: ${f.source}`);
  }
  return lines.join('\n');
}

/** One text argument -> readable report (or JSON). */
export function runText(text: string, opts: AnalyzeOptions, json: boolean, io: Io): number {
  const a = analyze(text, opts);
  io.stdout.write(json ? `${JSON.stringify(a, null, 2)}\n` : `${formatReport(a)}\n`);
  return 0;
}

/**
 * A batch's answers by input, id aside: the findings' JSON for each text (and name, category, rinse-off) seen
 * in this process. Batches repeat whole lists (a product in several sizes, shops sharing one feed): 2,453 of
 * the corpus's 16,267 lines repeat an earlier text. Bounded like the engine's memo tables.
 */
const answers = new Map<string, string>();

/** Forget the batch's answers (benchmarks time passes that must not be served from them). */
export function clearJsonlAnswers(): void {
  answers.clear();
}

/** One JSONL input line -> one JSONL output line (never throws). */
export function jsonlLine(line: string, opts: AnalyzeOptions): string {
  let id: unknown = null;
  try {
    const obj = JSON.parse(line) as unknown;
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('not a JSON object');
    const rec = obj as {
      id?: unknown;
      text?: unknown;
      rinseOff?: unknown;
      name?: unknown;
      category?: unknown;
    };
    id = rec.id ?? null;
    if (typeof rec.text !== 'string') throw new Error('missing "text" (string)');
    const name = typeof rec.name === 'string' ? rec.name : null;
    const category = typeof rec.category === 'string' ? rec.category : null;
    const rinseOff = rec.rinseOff === true || opts.rinseOff === true;
    // the plain case (text only) is keyed by the text itself: no key string built per line (a caller's own
    // product context is not in the key: no answer is kept for it)
    const key =
      opts.product !== undefined
        ? null
        : name === null && category === null && !rinseOff
          ? rec.text
          : `${rinseOff ? 1 : 0}\u0000${name ?? ''}\u0000${category ?? ''}\u0000${rec.text}`;
    const known = key === null ? undefined : answers.get(key);
    if (known !== undefined) return `{"id":${JSON.stringify(id)},"findings":${known}}`;
    const analyzeOpts: AnalyzeOptions = { ...opts, rinseOff };
    if (name !== null || category !== null) {
      // the kinds the extension's readers would see in this name and category (a "Foaming Cleanser" is rinse-off)
      const kinds = kindsOf(category, name);
      analyzeOpts.product = {
        ...(name !== null && { name }),
        ...(category !== null && { category }),
        ...(kinds.length > 0 && { kinds }),
      };
    }
    const a = analyze(rec.text, analyzeOpts);
    // plain objects with the fields in one order, no spreads (this runs per finding: 4 a list on average)
    const findings = a.findings.map((f) => {
      const out: Record<string, unknown> = {
        category: f.category,
        ingredient: f.ingredient,
        position: f.position,
        list: f.list,
      };
      if (f.lists && f.lists.length > 1) out.lists = f.lists;
      out.canonical = f.canonical;
      out.rule = f.rule;
      out.severity = f.severity;
      out.reason = f.reason;
      out.match = f.match;
      return out;
    });
    const json = JSON.stringify(findings);
    if (key !== null) remember(answers, key, json);
    return `{"id":${JSON.stringify(id)},"findings":${json}}`;
  } catch (e) {
    return JSON.stringify({ id, error: e instanceof Error ? e.message : String(e) });
  }
}

/** Stream stdin lines, write results in order, in batches. */
export async function runJsonl(opts: AnalyzeOptions, io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let buf: string[] = [];
  const flush = async () => {
    if (buf.length === 0) return;
    const chunk = `${buf.join('\n')}\n`;
    buf = [];
    if (!io.stdout.write(chunk)) await new Promise<void>((r) => io.stdout.once('drain', () => r()));
  };
  for await (const line of rl) {
    if (line.trim().length === 0) continue;
    buf.push(jsonlLine(line, opts));
    if (buf.length >= 256) await flush();
  }
  await flush();
  return 0;
}

/**
 * Reads a saved page with the extension's shop readers (linkedom standing in for the tab) and prints
 * {"found", "shop", "text", "findings"}. A page without a list is an answer (found: false), not an error.
 */
export function runPage(file: string, url: string, opts: AnalyzeOptions, io: Io): number {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    io.stderr.write(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  try {
    new URL(url);
  } catch {
    io.stderr.write(`not a URL: ${url}\n`);
    return 2;
  }
  const page = readSavedPage(html, url);
  // the product context exactly as the extension reads it (the content script's signals, the background's
  // productContext): name, category and kinds
  const product = readProduct(parseHTML(html).document as unknown as Document, url);
  const findings = page.found && page.text ? analyze(page.text, { ...opts, product }).findings : [];
  io.stdout.write(
    `${JSON.stringify({ found: page.found, shop: page.shop, text: page.text, via: page.via, productPage: page.productPage, findings })}\n`,
  );
  return 0;
}

const USAGE =
  'usage: check [--json] [--rinse-off] "ingredient text" | check --jsonl < lines.jsonl | check --page FILE.html --url URL';

/** The value after a flag (`--page FILE`), or null. */
function valueOf(argv: string[], flag: string): string | null {
  const i = argv.indexOf(flag);
  return i >= 0 && i + 1 < argv.length && !argv[i + 1]!.startsWith('--') ? argv[i + 1]! : null;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const page = valueOf(argv, '--page');
  const url = valueOf(argv, '--url');
  const rest = argv.filter(
    (a, i) => !a.startsWith('--') && argv[i - 1] !== '--page' && argv[i - 1] !== '--url',
  );
  const opts: AnalyzeOptions = flags.has('--rinse-off') ? { rinseOff: true } : {};
  if (flags.has('--help')) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.has('--jsonl')) return runJsonl(opts, io);
  if (flags.has('--page') || flags.has('--url')) {
    if (!page || !url) {
      io.stderr.write(`--page and --url go together\n${USAGE}\n`);
      return 2;
    }
    return runPage(page, url, opts, io);
  }
  if (rest.length === 0) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return runText(rest.join(' '), opts, flags.has('--json'), io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
