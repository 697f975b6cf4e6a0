import { describe, expect, test } from 'vitest';
import { inlinePageCss } from '../../../scripts/lib/inline-page-css';

type Hooks = {
  transformIndexHtml: { handler: (html: string, ctx: unknown) => string };
  generateBundle: (options: unknown, bundle: Record<string, unknown>) => void;
};

const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source });
const link = (file: string) => `<link rel="stylesheet" crossorigin href="/${file}">`;

function build(css: Record<string, string>) {
  const plugin = inlinePageCss(['entrypoints/popup/index.html']) as unknown as Hooks;
  const bundle: Record<string, ReturnType<typeof asset>> = Object.fromEntries(
    Object.entries(css).map(([f, s]) => [f, asset(f, s)]),
  );
  const page = (path: string, html: string) =>
    plugin.transformIndexHtml.handler(html, { path: `/${path}`, bundle });
  return { plugin, bundle, page };
}

describe('inlinePageCss', () => {
  test("puts the named page's stylesheets inline, in order, and leaves other pages linked", () => {
    const { page } = build({ 'assets/a.css': 'a{color:red}', 'assets/b.css': 'b{color:blue}' });
    const head = `<title>x</title>${link('assets/a.css')}${link('assets/b.css')}`;
    expect(page('entrypoints/popup/index.html', head)).toBe(
      '<title>x</title><style>a{color:red}</style><style>b{color:blue}</style>',
    );
    expect(page('entrypoints/options/index.html', head)).toBe(head);
  });

  test('drops an inlined stylesheet from the bundle unless another page still links it', () => {
    const { plugin, bundle, page } = build({ 'assets/own.css': 'a{}', 'assets/shared.css': 'b{}' });
    const popup = page('entrypoints/popup/index.html', link('assets/own.css') + link('assets/shared.css'));
    const files = {
      ...bundle,
      'popup.html': asset('popup.html', popup),
      'options.html': asset('options.html', link('assets/shared.css')),
    };
    plugin.generateBundle({}, files);
    expect(Object.keys(files).sort()).toEqual(['assets/shared.css', 'options.html', 'popup.html']);
  });

  test('fails the build instead of writing a page that loses its styles', () => {
    const { page } = build({ 'assets/bad.css': 'a::after{content:"</style>"}' });
    expect(() => page('entrypoints/popup/index.html', link('assets/bad.css'))).toThrow(/<\/style/);
    expect(() => page('entrypoints/popup/index.html', link('assets/missing.css'))).toThrow(
      /not in the bundle/,
    );
  });
});
