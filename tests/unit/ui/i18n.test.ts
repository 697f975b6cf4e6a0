/**
 * The catalogues in public/_locales are complete and used: the same keys and placeholders in every language,
 * every key named somewhere in the code, every t()/tn() name a key, no key built at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { catalogueLocale, displayLocale, formatNumber, t, tn } from '../../../src/ui/i18n';
import { CATALOGUES, renderMessage, useCatalogue, type Catalogue } from './fake-i18n';

const root = new URL('../../../', import.meta.url).pathname;
const en = CATALOGUES.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}
const SOURCES = [...sourceFiles('src'), ...sourceFiles('entrypoints'), 'wxt.config.ts'].map((path) => ({
  path,
  text: readFileSync(join(root, path), 'utf8'),
}));

function placeholders(c: Catalogue, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(c[key]?.placeholders ?? {}).map(([k, v]) => [k, v.content]));
}

describe('catalogues', () => {
  test('every language has the same keys as English', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      expect(Object.keys(catalogue).sort(), lang).toEqual(Object.keys(en).sort());
    }
  });

  test('keys are sorted, so branches adding keys in different areas merge cleanly', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      const keys = Object.keys(catalogue);
      expect(keys, lang).toEqual([...keys].sort());
    }
  });

  test.each(Object.keys(en))(
    '%s: same placeholders everywhere, each one used, a description in English',
    (key) => {
      expect(en[key]!.description, 'description').toBeTruthy();
      const mine = placeholders(en, key);
      for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
        expect(placeholders(catalogue, key), lang).toEqual(mine);
        const message = catalogue[key]!.message;
        expect(message.trim(), lang).not.toBe('');
        const named = [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
        expect(new Set(named), `${lang}: placeholders named in the message`).toEqual(
          new Set(Object.keys(mine)),
        );
      }
    },
  );

  test('counted messages come in _one/_other pairs', () => {
    for (const key of Object.keys(en)) {
      const m = /^(.*)_(one|other)$/.exec(key);
      if (m) expect(Object.keys(en)).toContain(`${m[1]}_${m[2] === 'one' ? 'other' : 'one'}`);
    }
  });

  test('catalog_locale names the catalogue language', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES))
      expect(catalogue.catalog_locale?.message).toBe(lang);
  });
});

describe('code and catalogue agree', () => {
  const calls = SOURCES.flatMap(({ path, text }) =>
    [...text.matchAll(/(?<!function )\bt(n?)\(\s*([^,)\s][^,)]*)/g)].map((m) => ({
      path,
      plural: m[1] === 'n',
      arg: m[2]!,
    })),
  );

  test('the scan finds the calls (guards the regex)', () => {
    expect(calls.some((c) => c.path === 'src/ui/time-format.ts' && c.arg === "'time_tonight_at'")).toBe(true);
  });

  // t() takes a MessageKey, so the type checker rejects any name that is not in the English catalogue; only a
  // key built at run time and cast (`category_${id}` as MessageKey) could hide a missing or an unused key.
  test('no key is built at run time (no template literal, no cast to MessageKey) outside tn()', () => {
    const built = SOURCES.filter((s) => s.path !== 'src/ui/i18n.ts' && /as MessageKey\b/.test(s.text)).map(
      (s) => s.path,
    );
    const templated = calls
      .filter((c) => c.arg.includes('`') && !isForwarded(c))
      .map((c) => `${c.path}: ${c.arg}`);
    expect([...built, ...templated]).toEqual([]);
  });

  test('every literal t()/tn() name is in the catalogue', () => {
    const missing = calls
      .filter((c) => /^'[a-z0-9_]+'$/.test(c.arg))
      .map((c) => ({ ...c, key: c.arg.slice(1, -1) }))
      .filter((c) => (c.plural ? !en[`${c.key}_one`] || !en[`${c.key}_other`] : !en[c.key]));
    expect(missing.map((c) => `${c.path}: ${c.key}`)).toEqual([]);
  });

  test('every key is used: a quoted literal, a tn() base or a __MSG_ name', () => {
    const all = SOURCES.map((s) => s.text).join('\n');
    const used = (key: string): boolean => {
      const base = key.replace(/_(one|other)$/, '');
      return [key, base].some((k) => new RegExp(`['"\`]${k}['"\`]|__MSG_${k}__`).test(all));
    };
    expect(Object.keys(en).filter((k) => !used(k))).toEqual([]);
  });
});

/** The plural helper forwards its computed key to t(); that one call is the only non-literal allowed. */
function isForwarded(c: { path: string; arg: string }): boolean {
  return c.path === 'src/ui/i18n.ts' && c.arg.startsWith('`${base}_');
}

describe('t / tn / display locale', () => {
  beforeEach(() => useCatalogue('en'));

  test('the fake renders as Chrome documents: placeholders, $1, $$, missing', () => {
    const entry = {
      message: 'Costs $$$AMOUNT$ ($WHO$)',
      placeholders: { amount: { content: '$1' }, who: { content: '$2' } },
    };
    expect(renderMessage(entry, ['5', 'you'])).toBe('Costs $5 (you)');
    expect(renderMessage(undefined, [])).toBe('');
  });

  test('substitutes in English and German', () => {
    expect(t('time_tomorrow_at', '08:00')).toBe('tomorrow at 08:00');
    useCatalogue('de');
    expect(t('time_tomorrow_at', '08:00')).toBe('morgen um 08:00');
    expect(catalogueLocale()).toBe('de');
  });

  test('tn picks one/other by the catalogue language and formats the number', () => {
    expect(tn('time_days', 1)).toBe('1 day');
    expect(tn('time_days', 5)).toBe('5 days');
    useCatalogue('de');
    expect(tn('time_days', 1)).toBe('1 Tag');
    expect(tn('time_days', 5)).toBe('5 Tage');
  });

  test('display locale: the browser region where the text language matches, else its hour cycle', () => {
    useCatalogue('en', 'en-GB');
    expect(displayLocale()).toEqual({ locale: 'en-GB', hourCycle: 'h23' });
    useCatalogue('en', 'en-US');
    expect(displayLocale()).toEqual({ locale: 'en-US', hourCycle: 'h12' });
    useCatalogue('de', 'de-AT');
    expect(displayLocale()).toEqual({ locale: 'de-AT', hourCycle: 'h23' });
    // A French browser gets the English catalogue (default_locale) and keeps its 24-hour clock.
    useCatalogue('en', 'fr-FR');
    expect(displayLocale()).toEqual({ locale: 'en', hourCycle: 'h23' });
    expect(formatNumber(1.5)).toBe('1.5');
    useCatalogue('de', 'de');
    expect(formatNumber(1.5)).toBe('1,5');
  });

  test('a missing message falls back to its key', () => {
    fakeBrowserReturnsNothing();
    expect(t('time_hours', 3)).toBe('time_hours');
  });
});

function fakeBrowserReturnsNothing(): void {
  useCatalogue('en');
  // Chrome returns "" for a name it does not know (e.g. a catalogue that lost a key).
  Object.assign(browser.i18n, { getMessage: () => '' });
}
