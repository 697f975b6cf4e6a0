/**
 * What our own scripts in one page share: the shop content script, the on-demand full reader
 * (entrypoints/scan.content.ts) and the marks (entrypoints/marks.content.ts) run in the same isolated world of
 * a frame, whose globals page scripts cannot reach (they live in the page's main world). One place names
 * these globals, so the scripts cannot disagree on a key.
 */
import type { MarksControl } from '../marks/page';
import type { Reader } from './read-light';

export interface SharedWorld {
  /** The full readers, once the background injected them (see ./read.ts). */
  __needleSafeFull?: Reader;
  /** Whether page-load JSON may be read now (false after an in-page navigation; ./page-watch.ts). */
  __needleSafeScripts?: () => boolean;
  __needleSafeMarks?: MarksControl;
  /** The shop reader running in this page (./shop-page.ts): one per page, however often it is injected. */
  __needleSafeReader?: { alive: () => boolean; resend: () => void; stop: () => void };
}

export const sharedWorld = globalThis as SharedWorld;
