import { marksControl, type MarksControl } from '@/src/marks/page';

// Injected on demand by the background (src/background/marks.ts) into a tab whose result has something to
// mark; never registered on pages. Installs the marks' controls once per document in this isolated world
// (page scripts cannot reach its globals); the background then calls them through executeScript.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const g = globalThis as { __needleSafeMarks?: MarksControl };
    g.__needleSafeMarks ??= marksControl();
  },
});
