/**
 * Reader for docs/sources.md, the register of evidence that code comments and `ref` fields cite by id.
 * It returns the entries and every way the document breaks its own format, so a test can show the list of
 * problems (the fix is in the message) instead of failing on the first one. Kept apart from the test so the
 * checks of code references against entry ids can use the same reader.
 */

/** The level-2 groups, in the order the document uses. */
export const GROUPS = [
  'Recovery windows',
  'Irritant categories and rules',
  'Vocabulary and data',
  'Shop markup',
  'Browser behaviour',
] as const;

export type Group = (typeof GROUPS)[number];

export interface SourceEntry {
  /** The `### <id>` heading: kebab-case, cited as docs/sources.md#<id>. */
  id: string;
  group: Group;
  /** 1-based line of the heading, for messages. */
  line: number;
  /** What the source says and what the code takes from it (paragraphs joined by a blank line). */
  text: string;
  /** The citation, without the leading "Cited:". */
  cited: string;
}

export interface SourcesDoc {
  entries: SourceEntry[];
  /** "line N: ..." messages; empty when the document is well formed. */
  problems: string[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The document must read the same in a fresh clone: no pointer into the research folder that sits beside the
 * checkout, and no path of one machine (the README names a Chromium path; this document has no reason to).
 */
const LOCAL_PATH = /\.\.\/shared\b|(^|[\s(`'"])\/(work|usr|tmp|home|root|Users|var|opt|mnt)\/|\b[A-Za-z]:\\/;

function isGroup(title: string): title is Group {
  return (GROUPS as readonly string[]).includes(title);
}

/** Paragraphs of an entry body: runs of non-blank lines, each joined into one string. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const l of [...lines, '']) {
    if (l.trim()) run.push(l.trim());
    else if (run.length) {
      out.push(run.join(' '));
      run = [];
    }
  }
  return out;
}

export function parseSourcesDoc(markdown: string): SourcesDoc {
  const entries: SourceEntry[] = [];
  const problems: string[] = [];
  const lines = markdown.split(/\r?\n/);
  let group: Group | null = null;
  let groupSeen = false;
  let open: { id: string; group: Group; line: number; body: string[] } | null = null;

  const close = () => {
    if (!open) return;
    const paras = paragraphs(open.body);
    const cited = paras.filter((p) => p.startsWith('Cited:'));
    const text = paras.filter((p) => !p.startsWith('Cited:'));
    const at = `line ${open.line}: entry "${open.id}"`;
    if (cited.length !== 1) problems.push(`${at} needs exactly one "Cited:" paragraph, has ${cited.length}`);
    else if (paras[paras.length - 1] !== cited[0])
      problems.push(`${at}: "Cited:" must be its last paragraph`);
    if (cited.length === 1 && !cited[0]!.slice('Cited:'.length).trim())
      problems.push(`${at} has an empty "Cited:"`);
    if (text.length === 0) problems.push(`${at} says nothing before "Cited:"`);
    entries.push({
      id: open.id,
      group: open.group,
      line: open.line,
      text: text.join('\n\n'),
      cited: (cited[0] ?? '').slice('Cited:'.length).trim(),
    });
    open = null;
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    if (LOCAL_PATH.test(raw))
      problems.push(`line ${n}: a local path or ../shared pointer; cite the public source`);
    const heading = /^(#+)\s+(.*?)\s*$/.exec(raw);
    if (!heading) {
      open?.body.push(raw);
      return;
    }
    const hashes = heading[1]!;
    const title = heading[2]!;
    if (hashes.length === 1) {
      if (groupSeen) problems.push(`line ${n}: the "# " title belongs above the first group`);
      return;
    }
    close();
    if (hashes.length === 2) {
      groupSeen = true;
      group = isGroup(title) ? title : null;
      if (!group) problems.push(`line ${n}: unknown group "${title}" (groups: ${GROUPS.join(', ')})`);
    } else if (hashes.length === 3) {
      if (!group) problems.push(`line ${n}: entry "${title}" is not under a known "## " group`);
      else open = { id: title, group, line: n, body: [] };
    } else {
      problems.push(`line ${n}: only "## " groups and "### " entries are used; "${raw.trim()}" is neither`);
    }
  });
  close();

  const seen = new Map<string, number>();
  for (const e of entries) {
    if (!ID.test(e.id)) problems.push(`line ${e.line}: id "${e.id}" is not kebab-case`);
    const first = seen.get(e.id);
    if (first !== undefined) problems.push(`line ${e.line}: id "${e.id}" already used at line ${first}`);
    else seen.set(e.id, e.line);
  }
  const order = entries.map((e) => GROUPS.indexOf(e.group));
  for (const g of GROUPS) {
    if (!entries.some((e) => e.group === g)) problems.push(`group "${g}" has no entries`);
  }
  if (order.some((g, k) => k > 0 && g < order[k - 1]!)) {
    problems.push(`groups are out of order; expected ${GROUPS.join(', ')}`);
  }
  return { entries, problems };
}
