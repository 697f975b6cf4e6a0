/**
 * Benzoyl peroxide.
 *
 * Sources: clinic aftercare sheets (category source in categories.ts: benzoyl peroxide 4-7 days).
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'benzoyl-peroxide',
    category: 'benzoyl-peroxide',
    canonical: 'Benzoyl Peroxide',
    // "Benzyl Peroxide": the label misspelling one dropped letter makes, two known words, so typo repair
    // never sees it; no cosmetic ingredient has that name
    names: ['Benzoyl Peroxide', 'Peroxyde de Benzoyle', 'Benzoylperoxid', 'Benzyl Peroxide'],
    severity: 'high',
    reason: 'benzoyl peroxide',
    rinseOffLowers: true,
  },
] satisfies Rule<'benzoyl-peroxide'>[];
