import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../../scripts/check';

const FIX = join(import.meta.dirname, '../../fixtures/shops');

async function run(argv: string[]) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end('');
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

describe('check --page', () => {
  test('a saved shop page gives the list the extension would read, and its findings', async () => {
    const r = await run([
      '--page',
      join(FIX, 'paulas-choice/reconstructed-definition-list.html'),
      '--url',
      'https://www.paulaschoice.com/skin-perfecting-2pct-bha-liquid-exfoliant/201.html',
    ]);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as {
      found: boolean;
      shop: string;
      text: string;
      findings: { category: string }[];
    };
    expect(res).toMatchObject({ found: true, shop: 'paulas-choice' });
    expect(res.text).toMatch(/^Water/);
    expect(res.findings.map((f) => f.category)).toContain('bha');
  });

  test('a blog post about ingredients: found false, no findings, exit 0', async () => {
    const r = await run([
      '--page',
      join(FIX, '_negative/blog-why-derma-rolling.html'),
      '--url',
      'https://skin-notes.example/blog/why-derma-rolling',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      found: false,
      shop: null,
      text: null,
      via: null,
      productPage: false,
      findings: [],
    });
  });

  test.each([
    [['--page', 'missing.html', '--url', 'https://www.sephora.com/product/x'], 1, 'cannot read missing.html'],
    [['--page', join(FIX, 'sephora/glamglow-thirstymud-2020.html')], 2, '--page and --url go together'],
    [['--page', join(FIX, 'sephora/glamglow-thirstymud-2020.html'), '--url', 'not a url'], 2, 'not a URL'],
  ])('bad arguments %j exit %i with a message', async (argv, code, message) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });
});
