/**
 * Enzyme exfoliants: the isolated protein-digesting enzymes (high) and papaya / pineapple fruit extracts
 * (note; also by family pattern in families.ts).
 *
 * Sources: no published figure; treated like chemical exfoliants (our inference), as the category source in
 * categories.ts says.
 * Names are the canonical INCI name plus the synonyms, trade, common and non-English names seen on real
 * labels; `notMatch` lists look-alikes that must never match (they stay harmless competitors).
 */
import type { Rule } from '../types';

export const RULES = [
  {
    id: 'enzyme',
    category: 'enzyme',
    canonical: 'Papain',
    names: [
      'Papain',
      'Bromelain',
      'Subtilisin',
      'Protease',
      'Actinidin',
      'Keratinase',
      'Ficin',
      // the enzyme named by its fruit, as ingredient lists of peels write it ("Papaya Enzyme", sephora Kaggle)
      'Papaya Enzyme',
      'Papaya Enzymes',
      'Pineapple Enzyme',
      'Pineapple Enzymes',
    ],
    severity: 'high',
    reason: 'protein-digesting exfoliating enzyme',
    rinseOffLowers: true,
  },
  {
    id: 'enzyme-fruit',
    category: 'enzyme',
    canonical: 'Carica Papaya Fruit Extract',
    names: [
      'Carica Papaya Fruit Extract',
      'Papaya Fruit Extract',
      'Papaya Extract',
      'Ananas Sativus Fruit Extract',
      'Ananas Sativas Fruit Extract',
      'Pineapple Fruit Extract',
      'Pineapple Extract',
    ],
    severity: 'note',
    reason: 'fruit extract, not the isolated enzyme - note only',
  },
] satisfies Rule<'enzyme'>[];
