/**
 * The options page's messages for the pure modules' English texts: every note, source and inference of the
 * default windows has one, and the English catalogue says exactly what the module says (no drift).
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_WINDOWS, SOURCES, TIER_IDS, TIERS } from '../../../../src/recovery';
import {
  FINDING_IDS,
  INFERENCES,
  NOTES,
  noteText,
  sourceFinding,
  sourceFull,
  sourceLabel,
  tierExplanation,
  tierRange,
} from '../../../../src/ui/options/text';
import { useCatalogue } from '../fake-i18n';

const windows = TIER_IDS.flatMap((tier) => Object.values(DEFAULT_WINDOWS[tier]));
const notes = [...new Set(windows.flatMap((w) => (w.note ? [w.note] : [])))];
const sources = [...new Set(windows.flatMap((w) => w.sources))];
const PREFIX = 'Our inference: ';

beforeEach(() => useCatalogue('en'));

describe('every English text of the pure modules has a message', () => {
  test('notes', () => {
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => !NOTES[n])).toEqual([]);
  });

  test('inference reasons', () => {
    const reasons = sources.filter((s) => s.startsWith(PREFIX)).map((s) => s.slice(PREFIX.length));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((r) => !INFERENCES[r])).toEqual([]);
  });

  test('source findings', () => {
    expect([...FINDING_IDS].sort()).toEqual(SOURCES.map((s) => s.id).sort());
  });
});

describe('English messages say what the modules say', () => {
  test('notes, sources and inferences', () => {
    for (const n of notes) expect(noteText(n)).toBe(n);
    for (const s of sources) expect(sourceLabel(s)).toBe(s);
    for (const s of SOURCES) {
      expect(sourceFull(s)).toBe(s.full);
      expect(sourceFinding(s)).toBe(s.finding);
    }
  });

  test('tier explanations and ranges', () => {
    for (const tier of TIERS) expect(tierExplanation(tier.id)).toBe(tier.explanation);
    expect(TIER_IDS.map(tierRange)).toEqual([
      'up to 0.3 mm',
      'over 0.3 mm up to 0.5 mm',
      'over 0.5 mm up to 1.0 mm',
      'over 1.0 mm',
    ]);
  });
});

describe('German', () => {
  beforeEach(() => useCatalogue('de', 'de-DE'));

  test('every note, inference and finding is translated', () => {
    for (const n of notes) expect(noteText(n)).not.toBe(n);
    for (const s of sources.filter((x) => x.startsWith(PREFIX)))
      expect(sourceLabel(s)).toMatch(/^Unsere Ableitung: /);
    for (const s of SOURCES) expect(sourceFinding(s)).not.toBe(s.finding);
    for (const tier of TIERS) expect(tierExplanation(tier.id)).not.toBe(tier.explanation);
  });

  test('tier ranges in German digits', () => {
    expect(TIER_IDS.map(tierRange)).toEqual([
      'bis 0,3 mm',
      'über 0,3 mm bis 0,5 mm',
      'über 0,5 mm bis 1,0 mm',
      'über 1,0 mm',
    ]);
  });

  test('a published citation is kept as cited', () => {
    expect(sourceLabel('Kalluri et al., AAPS J 2011;13:473')).toBe('Kalluri et al., AAPS J 2011;13:473');
  });
});
