// @vitest-environment happy-dom
/**
 * popup.html paints its header before any script (entrypoints/popup/index.html): the text it writes must be
 * what App would write in every language, and App's first render must take the shell's nodes over in place
 * rather than add a second header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGUES, useCatalogue } from './fake-i18n';

const html = readFileSync(join(import.meta.dirname, '../../../entrypoints/popup/index.html'), 'utf8');

function mountShell(): HTMLElement {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Only #app: happy-dom would try to load the module script.
  document.body.replaceChildren(document.importNode(doc.getElementById('app')!, true));
  return document.getElementById('app')!;
}

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('de');
  fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, host_permissions: [] })) as never;
});

describe('the popup shell', () => {
  test('writes only the brand, which every catalogue keeps as it is', () => {
    const app = mountShell();
    const texts = [app.querySelector('header .brand')!.textContent, app.querySelector('h1')!.textContent];
    expect(app.textContent!.replace(/\s+/g, ' ').trim()).toBe('Needle Safe Needle Safe');
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      expect(
        texts.map(() => catalogue.ext_name!.message),
        lang,
      ).toEqual(texts);
    }
  });

  test("App's first render reuses the shell's header, in the page's language", async () => {
    const app = mountShell();
    const [img, brand] = [app.querySelector('header img'), app.querySelector('header .brand')];
    const { App } = await import('../../../entrypoints/popup/App');
    render(<App />, app);
    expect(app.querySelectorAll('header')).toHaveLength(1);
    expect(app.querySelector('header img')).toBe(img);
    expect(app.querySelector('header .brand')).toBe(brand);
    // The rest is App's own: the German settings link, no leftover whitespace from the shell at the top.
    expect(app.querySelector('header a')!.textContent).toBe(CATALOGUES.de.popup_settings_link!.message);
    expect(app.firstElementChild!.tagName).toBe('MAIN');
    // The shell's stand-in heading goes; the page's h1 is the verdict's, once it is known.
    expect(app.querySelector('h1')).toBeNull();
    render(null, app);
  });
});
