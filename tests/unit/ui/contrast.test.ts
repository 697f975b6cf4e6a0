/**
 * WCAG 2.x contrast of every text/background pair of src/ui/base.css, in the light theme and the dark one
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). Read from the stylesheet itself, so a colour changed
 * there is checked here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../../src/ui/base.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

const lightBlock = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
const darkBlock = /@media \(prefers-color-scheme: dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const THEMES = { light: variables(lightBlock), dark: { ...variables(lightBlock), ...variables(darkBlock) } };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour, then the background it is drawn on somewhere in the popup or the options page. */
const PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'panel'],
  ['muted', 'bg'],
  ['muted', 'panel'],
  ['accent', 'bg'],
  ['on-accent', 'accent'],
  ['link', 'bg'],
  ['hold', 'hold-bg'],
  ['hold', 'bg'],
  ['caution', 'caution-bg'],
  ['caution', 'bg'],
  ['ok', 'ok-bg'],
  ['neutral', 'neutral-bg'],
  ['muted', 'neutral-bg'],
  ['muted', 'caution-bg'],
];

describe('base.css colour pairs', () => {
  test('the formula matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('the dark theme redefines every colour', () => {
    expect(Object.keys(variables(darkBlock)).sort()).toEqual(Object.keys(variables(lightBlock)).sort());
  });

  test.each(Object.keys(THEMES).flatMap((theme) => PAIRS.map(([fg, bg]) => [theme, fg, bg] as const)))(
    '%s: --%s on --%s >= 4.5:1',
    (theme, fg, bg) => {
      const vars = THEMES[theme as keyof typeof THEMES];
      expect(vars[fg], `--${fg}`).toMatch(/^#/);
      expect(vars[bg], `--${bg}`).toMatch(/^#/);
      expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
