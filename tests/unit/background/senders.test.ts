import { describe, expect, test } from 'vitest';
import { contentScriptTab, isExtensionPage } from '../../../src/background/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const page = 'https://www.sephora.com/product/x-P1';

describe('contentScriptTab', () => {
  test('accepts our content script in a top frame reporting on its own page', () => {
    expect(contentScriptTab({ id: ID, url: page, frameId: 0, tab: { id: 7 } }, ID, page)).toBe(7);
  });
  test.each([
    ['another extension', { id: 'other', url: page, frameId: 0, tab: { id: 7 } }, page],
    ['an iframe', { id: ID, url: page, frameId: 3, tab: { id: 7 } }, page],
    ['no tab (extension page)', { id: ID, url: `${BASE}popup.html`, frameId: 0 }, page],
    [
      'a report about another origin',
      { id: ID, url: 'https://evil.example/', frameId: 0, tab: { id: 7 } },
      page,
    ],
    ['a malformed report URL', { id: ID, url: page, frameId: 0, tab: { id: 7 } }, 'not a url'],
    ['a negative tab id', { id: ID, url: page, frameId: 0, tab: { id: -1 } }, page],
  ])('rejects %s', (_what, sender, url) => {
    expect(contentScriptTab(sender, ID, url)).toBeNull();
  });
});

describe('isExtensionPage', () => {
  test('accepts the popup and options pages', () => {
    expect(isExtensionPage({ id: ID, url: `${BASE}popup.html?tab=3` }, ID, BASE)).toBe(true);
  });
  test.each([
    ['a content script', { id: ID, url: page, tab: { id: 1 } }],
    ['another extension page', { id: 'other', url: `chrome-extension://other/popup.html` }],
    ['no url', { id: ID }],
  ])('rejects %s', (_what, sender) => {
    expect(isExtensionPage(sender, ID, BASE)).toBe(false);
  });
});
