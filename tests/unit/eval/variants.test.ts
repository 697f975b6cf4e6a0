import { describe, expect, test } from 'vitest';
import {
  bullets,
  claimed,
  drugFactsPanel,
  gluedHeader,
  headed,
  joined,
  keySection,
  lineBreakTags,
  mixed,
  oneItemPerLine,
  pipes,
  slashes,
  oxfordAnd,
  rng,
  semicolons,
  tabs,
  typo,
  typoEvidence,
  typoEveryWord,
  VARIANTS,
} from '../../../scripts/lib/variants';

const LIST = 'Water, Glycerin, 1,2-Hexanediol, Iron Oxides (CI 77491, CI 77492), Retinol, Alcohol Denat.';

/** Items split the way the variants split them: top-level commas, bullets, semicolons, newlines. */
function parts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth--;
    const digitComma = c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (depth === 0 && !digitComma && ',;•\n'.includes(c)) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out.filter((p) => p.length > 0);
}

describe('typos', () => {
  test('one edit, never the first letter, same seed same typo', () => {
    for (let seed = 0; seed < 200; seed++) {
      const t = typo('Retinol', rng(seed));
      expect(t).not.toBe('Retinol');
      expect(t[0]).toBe('R');
      expect(Math.abs(t.length - 7)).toBeLessThanOrEqual(1);
      expect(typo('Retinol', rng(seed))).toBe(t);
    }
  });

  test('typoEvidence misspells every word of every evidence string and nothing else', () => {
    const out = typoEvidence(LIST, ['Retinol', 'Alcohol Denat.'], 7);
    expect(out.startsWith('Water, Glycerin, 1,2-Hexanediol, Iron Oxides (CI 77491, CI 77492), ')).toBe(true);
    const tail = out.slice(out.lastIndexOf(')') + 3).split(', ');
    expect(tail).toHaveLength(2);
    expect(tail[0]).not.toBe('Retinol');
    const [alcohol, denat] = tail[1]!.split(' ');
    expect(alcohol).not.toBe('Alcohol');
    expect(denat).not.toBe('Denat.');
  });

  test('typoEvidence leaves a text without its evidence alone', () => {
    expect(typoEvidence(LIST, ['Salicylic Acid'], 1)).toBe(LIST);
    expect(typoEvidence(LIST, [], 1)).toBe(LIST);
  });

  test('typoEveryWord touches every word of 4 letters or more', () => {
    const out = typoEveryWord('Aqua, Glycerin, Oil', 3);
    const [aqua, glycerin, oil] = out.split(', ');
    expect(aqua).not.toBe('Aqua');
    expect(glycerin).not.toBe('Glycerin');
    expect(oil).toBe('Oil');
  });
});

describe('separators', () => {
  test('one per line, semicolons and bullets keep every item, digit commas and parentheses', () => {
    const items = parts(LIST);
    expect(items).toEqual([
      'Water',
      'Glycerin',
      '1,2-Hexanediol',
      'Iron Oxides (CI 77491, CI 77492)',
      'Retinol',
      'Alcohol Denat.',
    ]);
    expect(oneItemPerLine(LIST).split('\n')).toEqual(items);
    expect(semicolons(LIST).split('; ')).toEqual(items);
    expect(parts(bullets(LIST))).toEqual(items);
  });

  test('joined: the items run together, nothing else changes', () => {
    expect(joined(LIST)).toBe(
      'WaterGlycerin1,2-HexanediolIron Oxides (CI 77491, CI 77492)RetinolAlcohol Denat.',
    );
  });

  test('pipes, slashes, tabs and <br> keep every item', () => {
    const items = parts(LIST);
    expect(pipes(LIST).split(' | ')).toEqual(items);
    expect(slashes(LIST).split(' / ')).toEqual(items);
    expect(oxfordAnd(LIST)).toBe(
      'Water, Glycerin, 1,2-Hexanediol, Iron Oxides (CI 77491, CI 77492), Retinol, and Alcohol Denat.',
    );
    expect(tabs(LIST).split('\t')).toEqual(items);
    expect(lineBreakTags(LIST).split('<br>')).toEqual(items);
  });

  test('Boots bullets become lines too', () => {
    expect(oneItemPerLine('AQUA • GLYCERIN • RETINOL')).toBe('AQUA\nGLYCERIN\nRETINOL');
  });
});

describe('drug facts panel', () => {
  test('the first item is the active, the rest the inactive ingredients, the sections between', () => {
    const seeds = [0, 1, 2, 3, 4, 5].map((seed) => drugFactsPanel('Adapalene, Carbomer, Water', seed));
    const oneLine = seeds.find((t) => !t.includes('\n'))!;
    const lines = seeds.find((t) => t.includes('\n'))!;
    expect(oneLine).toMatch(
      /^Drug Facts Active ingredient: Adapalene 1% Purpose: .* Inactive ingredients: Carbomer, Water$/,
    );
    expect(lines).toMatch(
      /^Drug Facts\nActive ingredient\nAdapalene 1%\nPurpose\n[\s\S]*\nInactive ingredients: Carbomer, Water$/,
    );
    // the sections name none of the 11 categories' ingredients
    for (const t of [oneLine, lines])
      expect(t).not.toMatch(/retin|acid|alcohol|parfum|fragrance|peroxide|oil\b/i);
  });
});

describe('glued header', () => {
  test('the first item becomes the active, glued to the inactive header', () => {
    const out = gluedHeader('Adapalene, Carbomer, Water', 0);
    expect(out).toMatch(
      /^active ingredients?: adapalene 1%(inactive ingredients|inactive): carbomer, water$/i,
    );
    expect(out).not.toMatch(/1% /); // no separator after the strength: the class the issue names
  });

  test('a blurb in front stays in front', () => {
    const text = '-Retinol: Renews.Water, Retinol';
    const out = gluedHeader(text, 3, text.indexOf('Water'));
    expect(out.startsWith('-Retinol: Renews.')).toBe(true);
    expect(out).toMatch(/Water 1%/);
    expect(out.endsWith('Retinol')).toBe(true);
  });
});

describe('a lead-in in front: a list header, a free-from claim, a key-ingredients section', () => {
  test('the whole text follows it unchanged; seeded', () => {
    for (const make of [headed, claimed, keySection]) {
      const seen = new Set<string>();
      for (let seed = 0; seed < 40; seed++) {
        const out = make(LIST, seed);
        expect(out.endsWith(LIST)).toBe(true);
        expect(out.length).toBeGreaterThan(LIST.length);
        expect(make(LIST, seed)).toBe(out);
        seen.add(out);
      }
      // every seed picks one of a few lead-ins, and more than one is picked
      expect(seen.size).toBeGreaterThan(2);
    }
  });
});

describe('mixed', () => {
  test('seeded: same seed same text, another seed another text', () => {
    expect(mixed(LIST, 5, ['Retinol'])).toBe(mixed(LIST, 5, ['Retinol']));
    const outs = new Set([1, 2, 3, 4, 5, 6].map((s) => mixed(LIST, s, ['Retinol'])));
    expect(outs.size).toBeGreaterThan(1);
  });

  test('keeps the number of items and only uses real separators', () => {
    for (let seed = 0; seed < 50; seed++) {
      const out = mixed(LIST, seed, ['Retinol', 'Alcohol Denat.']);
      expect(parts(out)).toHaveLength(6);
      expect(out.toLowerCase()).toContain('1,2-hexanediol');
    }
  });
});

test('every variant the issue asks for is there', () => {
  for (const v of ['clean', 'upper', 'lower', 'lines', 'bullets', 'semicolons', 'typos', 'glued', 'mixed'])
    expect(Object.keys(VARIANTS)).toContain(v);
  expect(VARIANTS.upper!({ text: 'Retinol', seed: 0 })).toBe('RETINOL');
  expect(VARIANTS.clean!({ text: LIST, seed: 0 })).toBe(LIST);
});

test('evidence quoted without invisible characters is still found in the text as written', () => {
  const text = 'Aqua, Prunus Armeniaca Seed Powder/\u200bPrunus Armeniaca (Apricot) Seed Powder, Kaolin';
  const out = typoEvidence(text, ['Prunus Armeniaca Seed Powder/Prunus Armeniaca (Apricot) Seed Powder'], 2);
  expect(out.startsWith('Aqua, ')).toBe(true);
  expect(out.endsWith(', Kaolin')).toBe(true);
  expect(out).not.toContain('Prunus Armeniaca Seed Powder');
});
