import { describe, expect, it } from 'vitest';
import { isLikelyIngredientList, listPart } from '../../../../src/shops/read/score';
import { LIST } from '../page';

describe('ingredient-list scoring', () => {
  it.each([
    LIST,
    'AQUA / WATER / EAU • GLYCERIN • DIMETHICONE • ALCOHOL DENAT. • NIACINAMIDE • PARFUM / FRAGRANCE',
    'Water\nGlycerin\nButylene Glycol\nSodium Hyaluronate\nPhenoxyethanol',
    'Talc, mineral oil, methylparaben, aluminum hydroxide, tocopherol, mica, iron oxide, gunjo, silica',
    'Aqua (Water), Coconut Alkanes, Silica, Talc, Propanediol. | Pinkalicious: Aqua (Water), Silica, Talc, Ci 15850',
  ])('accepts %s', (t) => expect(isLikelyIngredientList(t)).toBe(true));

  it.each([
    'Using hydrating and calming ingredients afterwards is one of the major dos when it comes to dermarolling.',
    'Niacinamide: helps to visibly minimise the look of pores.\nHyaluronic Acid: hydrates and plumps the skin.',
    'Hyaluronic Acid (42)\nNiacinamide (31)\nRetinol (18)\nSalicylic Acid (12)',
    'Home, Skincare, Makeup, Fragrance, Hair, Sale',
    'Water, Glycerin',
    '',
  ])('rejects %s', (t) => expect(isLikelyIngredientList(t)).toBe(false));

  it('keeps the list and a shade label, drops blurbs before and disclaimers after', () => {
    const t = `-Niacinamide: Brightens the look of skin.\nShade A:\n${LIST}\nPlease be aware that ingredient lists may change or vary from time to time.`;
    expect(listPart(t)?.text).toBe(`Shade A:\n${LIST}`);
  });
});
