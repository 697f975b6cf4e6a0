/**
 * The real catalogues and Chrome's documented substitution rules for `i18n.getMessage` ($NAME$ placeholders
 * -> their content, $1..$9 in it -> the substitutions, "$$" -> "$", names case-insensitive, "" for a missing
 * message): https://developer.chrome.com/docs/extensions/reference/api/i18n. For tests that run our text
 * code outside a browser (unit tests through fake-i18n.ts, the e2e suites' expectations).
 */
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

/** A `browser.i18n` serving `lang`'s catalogue, as a browser whose UI language is `uiLanguage`. */
export function catalogueI18n(lang: Lang, uiLanguage: string = lang) {
  const byLowerName = new Map(Object.entries(CATALOGUES[lang]).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    getMessage: (name: string, subs?: string | (string | number)[]) =>
      renderMessage(
        byLowerName.get(name.toLowerCase()),
        typeof subs === 'string' ? [subs] : (subs ?? []).map(String),
      ),
    getUILanguage: () => uiLanguage,
  };
}
