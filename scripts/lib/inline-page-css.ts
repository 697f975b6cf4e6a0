/**
 * A Vite build plugin: the stylesheets of the named HTML pages go inline into a <style> in their <head>.
 *
 * Why, measured in a Chromium trace of popup.html as it was (one stylesheet of its own, one shared with the
 * options page): an extension page's files come from the browser process one after another, a few ms each on
 * a busy machine, and a linked stylesheet holds the first paint until it has arrived; the two (3.7 kB)
 * arrived 13 and 23 ms after the parser asked for them, after both scripts had been asked for too. Chrome also shows the toolbar popup only at the page's load event
 * (docs/sources.md#chrome-popup-shown-at-load), which waits for every linked file. Inline <style> is allowed: the default extension-page CSP of both browsers
 * restricts scripts and objects only.
 *
 * A stylesheet no other page links any more is dropped from the bundle.
 */
import type { Plugin } from 'vite';

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/** `pages`: the HTML inputs by path from the project root, e.g. `entrypoints/popup/index.html`. */
export function inlinePageCss(pages: readonly string[]): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'needle-safe:inline-page-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !pages.some((p) => ctx.path.endsWith(`/${p}`))) return html;
        const bundle = ctx.bundle;
        return html.replace(LINK, (_tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') throw new Error(`inline-page-css: ${file} is not in the bundle`);
          inlined.add(file);
          // A stylesheet cannot end the <style> element early: "</style" never occurs in CSS outside a string,
          // and lightningcss writes none; fail loudly rather than emit broken markup if it ever does.
          const css = String(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`inline-page-css: ${file} contains "</style"`);
          return `<style>${css}</style>`;
        });
      },
    },
    generateBundle(_options, bundle) {
      const html = Object.values(bundle)
        .filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'))
        .map((f) => (f.type === 'asset' ? String(f.source) : ''));
      for (const file of inlined) if (!html.some((h) => h.includes(`/${file}"`))) delete bundle[file];
    },
  };
}
