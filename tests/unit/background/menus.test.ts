import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSelection, selectionView } from '../../../src/background/menus';
import { selectionItem } from '../../../src/storage';

beforeEach(() => fakeBrowser.reset());

describe('checkSelection (context menu)', () => {
  test('analyses the selected text, keeps it for the popup and opens the selection view in a tab', async () => {
    await checkSelection('Aqua, Glycerin, Glycolic Acid, Parfum', { url: 'https://blog.example/post' }, 42);
    const stored = await selectionItem.getValue();
    expect(stored).toMatchObject({ pageUrl: 'https://blog.example/post', at: 42 });
    expect(stored!.analysis.findings.map((f) => f.category).sort()).toEqual(['aha', 'fragrance']);
    // fakeBrowser has no action.openPopup, as older browsers: the detached view opens in a tab instead.
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith(selectionView(42)))).toBe(true);
  });

  test('points the toolbar popup at the selection view before opening it, then back', async () => {
    const calls: string[] = [];
    fakeBrowser.action.setPopup = vi.fn(async ({ popup }: { popup: string | null }) => {
      calls.push(`setPopup ${popup}`);
    }) as never;
    fakeBrowser.action.openPopup = vi.fn(async () => {
      calls.push('openPopup');
    }) as never;
    fakeBrowser.runtime.getManifest = (() => ({ action: { default_popup: 'popup.html' } })) as never;
    await checkSelection('Aqua, Retinol', { id: 3, windowId: 1, url: 'https://blog.example/' }, 7);
    // Both calls are made in the click's synchronous part (Firefox's user input), in this order.
    expect(calls).toEqual([`setPopup ${selectionView(7)}`, 'openPopup', 'setPopup popup.html']);
    expect(fakeBrowser.action.openPopup).toHaveBeenCalledWith({ windowId: 1 });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.includes('view=selection'))).toBe(false);
  });
});
