/**
 * The live half of the marks: applies a plan (./plan.ts) to the real page and takes it away again. Lives in
 * the content script's isolated world (entrypoints/marks.content.ts), injected only when there is something
 * to mark; the background calls `apply` / `clear` through scripting.executeScript.
 *
 * What changes on the page, and nothing else:
 * - CSS.highlights gets two entries (highlightNames()) holding Ranges over the shop's own text nodes: a
 *   Range changes no node, and the colours come from a stylesheet the background inserts with
 *   scripting.insertCSS, which adds no node either and which page scripts can neither see
 *   (document.styleSheets) nor remove. (A constructed sheet in document.adoptedStyleSheets was the other
 *   option: a page resetting that array for its own sheets, as some frameworks do, would drop ours.)
 * - one host element for the chip (./chip.ts), beside the list, or in the window's corner when the list is
 *   not in the page's text (JSON only).
 * The highlight registry is the page's too: a page can read or clear those entries. So their names are
 * random, drawn once per document: a fixed name ("needle-safe-hold") would tell every shop that this visitor
 * uses a microneedling extension. The chip, in a closed shadow root, is what a page cannot read or change; it
 * is put back when a re-render removes it.
 */
import { sendMessage } from '../messaging';
import { createChip, type Chip } from './chip';
import { findMarks } from './find';
import { MAX_REATTACH } from './limits';
import type { MarkLevel, MarksPlan } from './plan';

/** What highlightNames() draws: a letter and 12 random hex digits, nothing of ours. */
export const HIGHLIGHT_NAME_SHAPE = /^h[0-9a-f]{12}$/;

/** Two ::highlight() names for one document (HIGHLIGHT_NAME_SHAPE). */
export function highlightNames(): Record<MarkLevel, string> {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const name = () => `h${Array.from(crypto.getRandomValues(new Uint8Array(6)), hex).join('')}`;
  return { hold: name(), caution: name() };
}

export interface MarksApplied {
  /** Not this page (the tab navigated in place since the result): nothing was marked. */
  otherPage?: true;
  ranges: number;
  /** Where the chip went: beside the list, or in the corner (no list in the page's text). */
  chip: 'beside' | 'corner' | null;
  /** Highlights are supported here (CSS.highlights); without them the chip stands alone. */
  highlights: boolean;
  /** First apply in this document: the background inserts the stylesheet once, for `names`. */
  first: boolean;
  /** This document's highlight names (the background's stylesheet colours them: marksCss). */
  names: Record<MarkLevel, string>;
}

export interface MarksControl {
  apply(plan: MarksPlan): MarksApplied;
  clear(): void;
  /** This document's highlight names. */
  readonly names: Record<MarkLevel, string>;
}

const withoutHash = (u: string) => u.replace(/#.*$/, '');
const visible = (el: Element) =>
  (el as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? true;

/** The block the list is written in, and the outermost hidden element around it (a closed accordion). */
function anchorFor(node: Text): Element | null {
  let el = node.parentElement;
  while (el && el.parentElement && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
  while (el && el.parentElement && el.parentElement !== document.body && !visible(el.parentElement))
    el = el.parentElement;
  return el && el !== document.body && el !== document.documentElement ? el : null;
}

export function marksControl(): MarksControl {
  let chip: Chip | null = null;
  let watch: MutationObserver | null = null;
  let styled = false;
  const names = highlightNames();

  const clear = () => {
    watch?.disconnect();
    watch = null;
    chip?.host.remove();
    chip = null;
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    for (const name of Object.values(names)) registry?.delete(name);
  };

  const apply = (plan: MarksPlan): MarksApplied => {
    const first = !styled;
    if (withoutHash(location.href) !== withoutHash(plan.url))
      return { otherPage: true, ranges: 0, chip: null, highlights: false, first: false, names };
    clear();
    styled = true;
    const { ranges, nodes } = findMarks(document, document.body, plan.known, plan.items);
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const supported = typeof Highlight === 'function' && !!registry;
    if (supported) {
      for (const level of ['hold', 'caution'] as const) {
        const mine = ranges.filter((r) => r.level === level).map((r) => r.range);
        if (mine.length) registry.set(names[level], new Highlight(...mine));
      }
    }
    const anchor = nodes[0] ? anchorFor(nodes[0]) : null;
    const level = plan.items[0]?.level ?? 'hold';
    const made = createChip(document, {
      text: plan.chip,
      level,
      fixed: !anchor,
      onClick: () => {
        void sendMessage('openPopup', location.href).then(
          (opened) => opened || made.showHint(plan.toolbarHint),
          () => made.showHint(plan.toolbarHint),
        );
      },
    });
    chip = made;
    // A shop that re-renders the list's container takes the chip with it: put it back, a few times. Only
    // the host's parent is watched, so a page busy elsewhere costs nothing here.
    let reattached = 0;
    watch = new MutationObserver(() => {
      if (made.host.isConnected) return;
      if (reattached++ >= MAX_REATTACH) return watch?.disconnect();
      place();
    });
    const place = () => {
      if (anchor?.isConnected) anchor.after(made.host);
      else document.body.append(made.host);
      watch?.disconnect();
      if (made.host.parentNode) watch?.observe(made.host.parentNode, { childList: true });
    };
    place();
    return {
      ranges: supported ? ranges.length : 0,
      chip: anchor ? 'beside' : 'corner',
      highlights: supported,
      first,
      names,
    };
  };

  return { apply, clear, names };
}
