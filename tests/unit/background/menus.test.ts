import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSelection } from '../../../src/background/menus';
import { selectionItem } from '../../../src/storage';

beforeEach(() => fakeBrowser.reset());

describe('checkSelection (context menu)', () => {
  test('analyses the selected text, keeps it for the popup and opens the selection view', async () => {
    await checkSelection('Aqua, Glycerin, Glycolic Acid, Parfum', 'https://blog.example/post', 42);
    const stored = await selectionItem.getValue();
    expect(stored).toMatchObject({ pageUrl: 'https://blog.example/post', at: 42 });
    expect(stored!.analysis.findings.map((f) => f.category).sort()).toEqual(['aha', 'fragrance']);
    // fakeBrowser has no action.openPopup, as older browsers: the detached view opens in a tab instead.
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/popup.html?view=selection'))).toBe(true);
  });
});
