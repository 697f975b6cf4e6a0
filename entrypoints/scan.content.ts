import { readPage } from '@/src/content/page-watch';

// Injected on demand (activeTab + scripting) when the user asks to scan a page outside the shop registry.
// The return value of main() is the result of scripting.executeScript.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // No script-started window.postMessage: it names the extension id to the page (see shop.content.ts).
  noScriptStartedPostMessage: true,
  main() {
    try {
      return readPage(document, location.href);
    } catch {
      return null;
    }
  },
});
