/**
 * fakeBrowser has no i18n (every i18n function throws "not mocked"), so unit tests install this one: it reads
 * the real catalogues and substitutes as Chrome documents for `i18n.getMessage` ($NAME$ placeholders ->
 * their content, $1..$9 in it -> the substitutions, "$$" -> "$", names case-insensitive, "" for a missing
 * message). https://developer.chrome.com/docs/extensions/reference/api/i18n
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

export interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Entry>;

export const CATALOGUES: Record<'en' | 'de', Catalogue> = { en, de };
export type Lang = keyof typeof CATALOGUES;

export function renderMessage(entry: Entry | undefined, subs: readonly string[]): string {
  if (!entry) return '';
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const withContent = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
    return placeholders[name.toLowerCase()] ?? '';
  });
  return withContent.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
  );
}

/** Serve `lang`'s catalogue, as a browser whose UI language is `uiLanguage`, until the next call. */
export function useCatalogue(lang: Lang, uiLanguage: string = lang): void {
  const catalogue = CATALOGUES[lang];
  const byLowerName = new Map(Object.entries(catalogue).map(([k, v]) => [k.toLowerCase(), v]));
  fakeBrowser.i18n.getMessage = (name: string, subs?: string | (string | number)[]) =>
    renderMessage(
      byLowerName.get(name.toLowerCase()),
      typeof subs === 'string' ? [subs] : (subs ?? []).map(String),
    );
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
