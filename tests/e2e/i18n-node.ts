/**
 * The extension's text code (src/ui/summary.ts, time-format.ts) run in the test process, to compute what the
 * popup should say from the data and the catalogues rather than writing expected sentences by hand: a
 * `browser.i18n` over the real catalogues (tests/unit/ui/catalogues.ts), answering as the browser under test.
 */
import { localTimeZone } from '../../src/recovery/time';
import { displayLocale } from '../../src/ui/i18n';
import type { Clock } from '../../src/ui/time-format';
import { catalogueI18n, type Lang } from '../unit/ui/catalogues';

/** Serve `lang`'s catalogue as a browser with this UI language; returns the clock the popup then uses. */
export function useCatalogueInNode(lang: Lang, uiLanguage: string): Clock {
  (globalThis as { browser?: unknown }).browser = { i18n: catalogueI18n(lang, uiLanguage) };
  return { ...displayLocale(), timeZone: localTimeZone() };
}
