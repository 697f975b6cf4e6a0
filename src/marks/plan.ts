/**
 * What the marks on a page say, computed in the background from the stored result and the verdict the badge
 * uses (src/ui/summary.ts), so the marks, the badge and the popup agree. Plain data goes to the page
 * (entrypoints/marks.content.ts); the page gets names and texts, never markup.
 *
 * Which items are marked: in a window, the ones the verdict holds (hold) or asks to use with caution
 * (caution); outside every window, the ones a session would hold (high severity, what the grey badge
 * counts), as hold. Low-concern notes are never marked: the badge does not count them either.
 */
import type { Analysis, Finding } from '../ingredients/types';
import type { Verdict } from '../recovery/types';
import { formatList, t } from '../ui/i18n';
import type { MakeupWait } from '../ui/plan/makeup';
import { formatWhen, uiClock, type Clock } from '../ui/time-format';
import { CHIP_NAMES, MAX_KNOWN_NAMES } from './limits';

export type MarkLevel = 'hold' | 'caution';

export interface MarksPlan {
  /** The page the result is about: the page refuses a plan for another URL (an in-page navigation). */
  url: string;
  /** The flagged items as written on the page, each with its mark. */
  items: { text: string; level: MarkLevel }[];
  /** Every item of the list as written: what tells the list's own text apart from the rest of the page. */
  known: string[];
  /** "Needle Safe: hold Retinal until Thu 20:00". */
  chip: string;
  /** Said by the chip when the browser does not let the extension open its popup from the page. */
  toolbarHint: string;
}

function names(findings: Finding[]): string {
  const all = [...new Set(findings.map((f) => f.ingredient))];
  if (all.length <= CHIP_NAMES + 1) return formatList(all);
  return t('marks_names_more', formatList(all.slice(0, CHIP_NAMES)), all.length - CHIP_NAMES);
}

/**
 * The plan for a page, or null when there is nothing to mark or say. `makeup`: the makeup window running for
 * this product (src/ui/plan/makeup.ts), which the badge counts and the popup says: the chip says it too, also
 * for a makeup product whose list flags nothing.
 */
export function marksPlan(
  url: string,
  analysis: Analysis,
  v: Verdict,
  now: number,
  clock: Clock = uiClock(),
  makeup: MakeupWait | null = null,
): MarksPlan | null {
  const inWindow = v.items.filter((i) => i.status === 'hold' || i.status === 'caution');
  const marked: { finding: Finding; level: MarkLevel }[] =
    v.state === 'clear'
      ? analysis.findings.filter((f) => f.severity === 'high').map((finding) => ({ finding, level: 'hold' }))
      : inWindow.map((i) => ({ finding: i.finding, level: i.status as MarkLevel }));
  const waits = makeup !== null && makeup.end > now ? formatWhen(makeup.end, now, clock) : null;
  if (!marked.length && waits === null) return null;
  let chip: string;
  if (!marked.length) chip = t('marks_chip_makeup', waits!);
  else {
    const top = marked.filter((m) => m.level === marked[0]!.level).map((m) => m.finding);
    const who = names(top);
    chip =
      v.state === 'clear' || v.until === null
        ? t('marks_chip_clear', who)
        : t(
            v.state === 'hold' ? 'marks_chip_hold' : 'marks_chip_caution',
            who,
            formatWhen(v.until, now, clock),
          );
    if (waits !== null) chip = t('marks_chip_and_makeup', chip, waits);
  }
  const items = [...new Map(marked.map((m) => [m.finding.ingredient, m.level])).entries()].map(
    ([text, level]) => ({ text, level }),
  );
  const known = [...new Set(analysis.lists.flatMap((l) => l.items.map((i) => i.raw)))].slice(
    0,
    MAX_KNOWN_NAMES,
  );
  return { url, items, known, chip, toolbarHint: t('marks_chip_toolbar') };
}
