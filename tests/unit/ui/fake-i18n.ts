/**
 * fakeBrowser has no i18n (every i18n function throws "not mocked"), so unit tests install this one over it:
 * the real catalogues, substituted as Chrome does (./catalogues.ts).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueI18n, type Lang } from './catalogues';

export { CATALOGUES, renderMessage, type Catalogue, type Entry, type Lang } from './catalogues';

/** Serve `lang`'s catalogue, as a browser whose UI language is `uiLanguage`, until the next call. */
export function useCatalogue(lang: Lang, uiLanguage: string = lang): void {
  Object.assign(fakeBrowser.i18n, catalogueI18n(lang, uiLanguage));
}
