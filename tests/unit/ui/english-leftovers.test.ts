/**
 * No user-visible English outside public/_locales in the code that writes the UI (src/ui, src/background,
 * entrypoints): every string literal, template text and JSX text that reads as words ("Check selected
 * ingredients", "not allowed") is reported, found with the TypeScript parser so comments never count.
 *
 * Not reported, because no user reads them: object keys (lookup tables keyed by the pure modules' English,
 * src/ui/options/text.ts), console.* arguments and Error messages (for developers), JSX attributes that are
 * not text (class, id, type...; text attributes such as aria-label, title, placeholder, alt are checked),
 * type-level literals, and the few strings in ALLOWED, each with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const DIRS = ['src/ui', 'src/background', 'entrypoints'];

/** Words: two runs of letters with a space between ("Try again", "not allowed"); "small muted" too. */
const WORDS = /\p{L}{2,}[ \u00a0]+\p{L}{2,}/u;

/** JSX attributes whose value a user reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'alt',
  'label',
  'placeholder',
  'title',
]);

/** `path: text` -> why it may stay. */
const ALLOWED: Record<string, string> = {
  'src/ui/options/text.ts: Our inference: ':
    "the prefix of the pure module's English source texts, matched to pick a message, never shown",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function isSilent(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name === n) return true;
    if (ts.isLiteralTypeNode(p) || ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    if (ts.isJsxAttribute(p)) return !TEXT_ATTRIBUTES.has(p.name.getText());
    if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
      const callee = p.expression.getText();
      if (/^console\.\w+$/.test(callee) || /Error$/.test(callee)) return true;
    }
  }
  return false;
}

/** A stylesheet in a string (the page marks' ::highlight rules): declarations in braces, never prose. */
const isCss = (text: string): boolean => /\{[^{}]*:[^{}]*;\s*\}/.test(text);

/** Every piece of text a file could show, with its line. */
function texts(path: string): { line: number; text: string }[] {
  const code = readFileSync(join(root, path), 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, kind);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
    else if (ts.isJsxText(node)) text = node.text.trim();
    if (text && WORDS.test(text) && !isCss(text) && !isSilent(node))
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const FILES = DIRS.flatMap(sourceFiles);

describe('no English outside the catalogues', () => {
  test('the scan sees the code (guards the walk)', () => {
    expect(FILES).toContain('src/background/menus.ts');
    expect(FILES.length).toBeGreaterThan(20);
  });

  test('the detector reports what a user would read and nothing a user would not', () => {
    const probe = (code: string) => {
      const file = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const out: string[] = [];
      const visit = (n: ts.Node): void => {
        if ((ts.isStringLiteral(n) || ts.isJsxText(n)) && WORDS.test(n.text.trim()) && !isSilent(n))
          out.push(n.text.trim());
        ts.forEachChild(n, visit);
      };
      visit(file);
      return out;
    };
    expect(
      probe(`const a = { title: 'Check selected ingredients' };
        const b = <p class="small muted" aria-label="Close this box">Try again</p>;
        const c = { 'Alcohol-based toners: up to 14 days.': 1 };
        console.error('Needle Safe: refresh failed');
        throw new Error('inline-page-css: no bundle');
        type T = 'two words';
        // a comment with words`),
    ).toEqual(['Check selected ingredients', 'Close this box', 'Try again']);
    expect(isCss('::highlight(x) { background-color: red; }')).toBe(true);
    expect(isCss('Hold until {time}: then fine')).toBe(false);
  });

  test('src/ui, src/background and entrypoints show only catalogue text', () => {
    const found = FILES.flatMap((path) => texts(path).map((t) => ({ ...t, path })));
    const leftovers = found.filter((f) => !ALLOWED[`${f.path}: ${f.text}`]);
    expect(leftovers.map((f) => `${f.path}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
    // An allowance nobody needs any more goes too.
    const used = new Set(found.map((f) => `${f.path}: ${f.text}`));
    expect(Object.keys(ALLOWED).filter((k) => !used.has(k))).toEqual([]);
  });
});
