/**
 * Every user-visible string goes through the browser's own i18n (public/_locales/<lang>/messages.json,
 * `browser.i18n.getMessage`), not @wxt-dev/i18n: the catalogue format is the one the manifest's `__MSG_x__`
 * names already need, Chrome and Firefox pick the language themselves (UI language, then `default_locale`),
 * the strings cost nothing in the bundle, and it needs no dependency. Keys are typed from the English
 * catalogue with a type-only JSON import (nothing of it is bundled); tests/unit/ui/i18n.test.ts checks that
 * both catalogues have the same keys and placeholders and that every key is used.
 *
 * Plurals: messages.json has none, so a counted message is two keys, `<base>_one` and `<base>_other`, chosen
 * with Intl.PluralRules for the catalogue's language (English and German both have just these two forms).
 */
import type catalogue from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

type PluralBase<K> = K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
/** A counted message: `<base>_one` and `<base>_other` both exist. */
export type PluralKey = PluralBase<MessageKey>;

export type Sub = string | number;

/**
 * The message `key` with its `$1`...`$9` substitutions. A missing message (an empty string from the
 * browser) falls back to the key itself, so a gap shows up as an odd word instead of an empty button.
 */
export function t(key: MessageKey, ...subs: Sub[]): string {
  // Chrome allows at most 9 substitutions; numbers are formatted by the caller (see formatNumber).
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** `<base>_one` or `<base>_other` for `n` in the catalogue's language; `n` is also the first substitution. */
export function tn(base: PluralKey, n: number, ...subs: Sub[]): string {
  const lang = catalogueLocale();
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, formatNumber(n), ...subs);
}

/** The language of the catalogue the browser picked ("en", "de"), which is what the text is written in. */
export function catalogueLocale(): string {
  return t('catalog_locale');
}

/**
 * The locale for dates, times and numbers: the browser's UI locale ("en-US", "de-AT") when the text is in
 * its language, so the region decides 12 or 24 hours and the date order. Otherwise (a French browser gets
 * the English catalogue) the text's language, with the browser locale's hour cycle: 24-hour French users
 * keep 24 hours in English text.
 */
export function displayLocale(): DisplayLocale {
  const ui = uiLanguage();
  const text = catalogueLocale();
  const key = `${ui}|${text}`;
  if (cached?.key !== key) {
    const hourCycle = new Intl.DateTimeFormat(ui, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const sameLanguage = ui.toLowerCase().split('-')[0] === text.toLowerCase().split('-')[0];
    cached = { key, value: { locale: sameLanguage ? ui : text, hourCycle } };
  }
  return cached.value;
}

export interface DisplayLocale {
  locale: string;
  hourCycle: Intl.DateTimeFormatOptions['hourCycle'];
}

let cached: { key: string; value: DisplayLocale } | undefined;

function uiLanguage(): string {
  try {
    return Intl.getCanonicalLocales(browser.i18n.getUILanguage())[0] ?? 'en';
  } catch {
    // An unusual UI language tag Intl cannot parse: the text's language is the best guess.
    return catalogueLocale();
  }
}

/** A number in the display locale ("1.5" / "1,5"). */
export function formatNumber(n: number, opts: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(displayLocale().locale, { maximumFractionDigits: 1, ...opts }).format(n);
}

const ORDINAL_KEYS: Record<Intl.LDMLPluralRule, MessageKey> = {
  zero: 'ordinal_other',
  one: 'ordinal_one',
  two: 'ordinal_two',
  few: 'ordinal_few',
  many: 'ordinal_other',
  other: 'ordinal_other',
};

/** "1st", "22nd", "19th" / "19.": Intl's ordinal plural rules pick the catalogue's form. */
export function ordinal(n: number): string {
  const rule = new Intl.PluralRules(catalogueLocale(), { type: 'ordinal' }).select(n);
  return t(ORDINAL_KEYS[rule], formatNumber(n));
}

/** "a, b and c" / "a, b und c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(catalogueLocale(), { type: 'conjunction' }).format(items);
}
