/**
 * The readers' face: the generic extractor, which finds a full INCI list on any product page (for shops
 * without a reader of their own, and after a shop's reader found nothing), and the selector reader that shop
 * files use for a panel they know. DOM level: reads the Document it is given, never changes it.
 *
 * Pipeline, each step a file of this folder: text.ts (page text), score.ts (is it a list, which part),
 * sections.ts (labelled sections, with panels.ts), script-json.ts (embedded JSON), json-ld.ts; page-kind.ts tells product
 * pages and articles apart for src/shops/index.ts.
 */
import type { Found, ReadOptions } from '../types';
import { readJsonLd } from './json-ld';
import { findPanels } from './panels';
import { readScripts } from './script-json';
import { listPart } from './score';
import { readSections } from './sections';
import { textOf } from './text';

/**
 * What the page shows first (labelled sections), then page-load JSON (embedded script JSON, then JSON-LD),
 * which `opts.scripts` turns off after an in-page navigation.
 */
export function readGeneric(doc: Document, opts: ReadOptions = { scripts: true }): Found | null {
  return (
    readSections(doc, undefined, findPanels) ?? (opts.scripts ? (readScripts(doc) ?? readJsonLd(doc)) : null)
  );
}

/** Text of the first element matching a selector, if it looks like an ingredient list. */
export function readSelector(doc: Document, selector: string): string | null {
  for (const el of doc.querySelectorAll(selector)) {
    const l = listPart(textOf(el));
    if (l) return l.text;
  }
  return null;
}
