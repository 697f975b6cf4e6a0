/** Engine reasons and sources in the user's language (issue 9 item 5): codes -> catalogue messages. */
import { beforeEach, describe, expect, test } from 'vitest';
import { analyze, RULES } from '../../../src/ingredients';
import { CATEGORIES } from '../../../src/ingredients/categories';
import type { Finding } from '../../../src/ingredients/types';
import { reasonText, RULE_KEYS, SOURCE_KEYS, sourceText } from '../../../src/ui/reasons';
import { useCatalogue } from './fake-i18n';

const refs = (r: string | readonly string[] | undefined) =>
  r === undefined ? [] : typeof r === 'string' ? [r] : r;
const find = (text: string, category: string, opts = {}) =>
  analyze(text, opts).findings.find((f) => f.category === category)!;

describe('every code, rule and source the engine can give has a message', () => {
  test('each rule whose own severity is a caution or a note has its reason message', () => {
    const missing = RULES.filter((r) => r.severity !== 'high' && !RULE_KEYS[r.id]).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  test('each docs/sources.md id a category or a rule cites has a short name', () => {
    const ids = new Set([
      ...Object.values(CATEGORIES).flatMap((c) => refs(c.ref)),
      ...RULES.flatMap((r) => refs(r.ref)),
    ]);
    expect([...ids].filter((id) => !SOURCE_KEYS[id])).toEqual([]);
  });
});

describe('reason texts', () => {
  beforeEach(() => useCatalogue('de'));

  test('a position reason is German in a German browser, with its values', () => {
    const list =
      'Aqua, Glycerin, Butylene Glycol, Niacinamide, Squalane, Panthenol, Allantoin, Phenoxyethanol, Glycolic Acid, Xanthan Gum, Tocopherol, Ethylhexylglycerin';
    const f = find(list, 'aha');
    expect(f).toMatchObject({ severity: 'low', reasonCode: 'after-marker' });
    expect(reasonText(f)).toBe('nach Phenoxyethanol aufgeführt (Position 9 von 12): vermutlich unter 1 %');
  });

  test("a rule's own reason and a context reason", () => {
    expect(reasonText(find('Water, Linalool, Glycerin', 'fragrance'))).toBe(
      'ein Duftstoff-Allergen für sich (EU-Kennzeichnungsliste)',
    );
    const silica = find('Water, Silica, Glycerin', 'physical-exfoliant', { product: { name: 'Serum' } });
    expect(reasonText(silica)).toBe('kein Peeling oder Scrub, hier also Füllstoff, Verdicker oder Puder');
  });

  test('sources are the translated short names of their ids', () => {
    const f = find('Water, Ascorbic Acid, Glycerin', 'vitamin-c');
    expect(sourceText(f)).toBe(
      'Nachsorgeblätter von Kliniken; Soltani-Arabshahi 2014, JAMA Dermatology; Friedmann 2024, Dermatologic Surgery',
    );
  });

  test('a result stored before codes existed shows the English text it has', () => {
    const f = find('Water, Silica, Glycerin', 'physical-exfoliant');
    const old: Finding = { ...f, reasonCode: undefined, reasonParams: undefined, refs: undefined };
    expect(reasonText(old)).toBe(f.reason);
    expect(sourceText(old)).toBe(f.source);
  });

  test('English', () => {
    useCatalogue('en');
    const f = find('Water, Salicylic Acid, Glycerin', 'bha', { rinseOff: true });
    expect(reasonText(f)).toBe('a rinse-off product: brief contact');
  });
});
