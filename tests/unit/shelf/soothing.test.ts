import { describe, expect, test } from 'vitest';
import { soothingIn } from '../../../src/shelf/soothing';

describe('soothingIn', () => {
  test.each([
    [['Sodium Hyaluronate'], ['hyaluronic acid']],
    [
      ['Hydrolyzed Hyaluronic Acid', 'Panthenol'],
      ['hyaluronic acid', 'panthenol'],
    ],
    [['Centella Asiatica Leaf Extract', 'Madecassoside'], ['centella']],
    [
      ['Ceramide NP', 'Ceramide AP', 'Squalane'],
      ['ceramides', 'squalane'],
    ],
    [
      ['Aloe Barbadensis Leaf Juice', 'Allantoin', 'Beta-Glucan'],
      ['allantoin', 'aloe', 'beta-glucan'],
    ],
  ])('%j -> %j', (names, labels) => expect(soothingIn(names)).toEqual(labels));

  test.each([['Glycerin'], ['Squalene'], ['Silica'], ['Phytosphingosine'], ['Hyaluronidase']])(
    'not %s',
    (name) => expect(soothingIn([name])).toEqual([]),
  );
});
