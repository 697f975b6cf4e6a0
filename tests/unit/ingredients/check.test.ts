import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { clearJsonlAnswers, jsonlLine, main } from '../../../scripts/check';

function io(input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stdin.end(input);
  return { io: { stdin, stdout, stderr }, out: () => out };
}

describe('check command line', () => {
  test('readable report', async () => {
    const t = io();
    expect(await main(['Water, Retinol'], t.io)).toBe(0);
    expect(t.out()).toContain('retinoid');
  });
  test('--json prints the Analysis', async () => {
    const t = io();
    await main(['--json', 'Water, Retinol'], t.io);
    const a = JSON.parse(t.out()) as { findings: { category: string }[] };
    expect(a.findings[0]?.category).toBe('retinoid');
  });
  test('--jsonl keeps order and survives bad lines', async () => {
    const t = io('{"id":"a","text":"Water, Retinol"}\nnot json\n{"id":"c"}\n{"id":"d","text":"Water"}\n');
    await main(['--jsonl'], t.io);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect((lines[0]!.findings as { category: string; position: number }[])[0]).toMatchObject({
      category: 'retinoid',
      position: 2,
    });
    expect(lines[1]!.error).toBeTruthy();
    expect(lines[2]!.error).toContain('text');
    expect(lines[3]!.findings).toEqual([]);
  });
  test('a repeated text is answered from the batch: its own id, the same findings, never another context', () => {
    clearJsonlAnswers();
    const text = 'Water, Salicylic Acid, Glycerin';
    const out = (line: object, opts = {}) =>
      JSON.parse(jsonlLine(JSON.stringify(line), opts)) as {
        id: unknown;
        findings: { category: string; severity: string }[];
      };
    const first = out({ id: 'a', text });
    const again = out({ id: 'b', text });
    expect(again.id).toBe('b');
    expect(again.findings).toEqual(first.findings);
    expect(out({ text }).id).toBeNull();
    expect(first.findings[0]).toMatchObject({ category: 'bha', severity: 'high' });
    // the same text in a cleanser, rinse-off on the line or on the command line: not the plain answer
    expect(out({ id: 'c', text, name: 'Pore Clearing Cleanser' }).findings[0]?.severity).toBe('low');
    expect(out({ id: 'd', text, rinseOff: true }).findings[0]?.severity).toBe('low');
    expect(out({ id: 'e', text }, { rinseOff: true }).findings[0]?.severity).toBe('low');
    expect(out({ id: 'f', text }, { product: { kinds: ['rinse-off'] } }).findings[0]?.severity).toBe('low');
    expect(out({ id: 'g', text }).findings[0]?.severity).toBe('high');
  });
  test('jsonlLine never throws', () => {
    for (const s of ['', 'null', '[]', '{"text": 5}', '{"id": 1, "text": ""}'])
      expect(() => jsonlLine(s, {})).not.toThrow();
  });
});

describe('product context in check (issue 9 items 4 and 6)', () => {
  test('--jsonl derives the kinds from name and category as the readers do: a cleanser is rinse-off', () => {
    const line = (extra: object) =>
      JSON.parse(
        jsonlLine(JSON.stringify({ id: 1, text: 'Water, Salicylic Acid, Glycerin', ...extra }), {}),
      ) as {
        findings: { category: string; severity: string }[];
      };
    expect(line({}).findings[0]).toMatchObject({ category: 'bha', severity: 'high' });
    expect(line({ name: 'Pore Clearing Cleanser' }).findings[0]).toMatchObject({
      category: 'bha',
      severity: 'low',
    });
  });

  test('--page reads the product with the extension readers (JSON-LD category Cleansers: rinse-off)', async () => {
    const fixture = join(
      import.meta.dirname,
      '../../fixtures/shops/paulas-choice/reconstructed-definition-list.html',
    );
    const html = readFileSync(fixture, 'utf8').replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"Product","name":"BHA Cleanser","category":"Skincare > Cleansers"}</script></head>',
    );
    const dir = mkdtempSync(join(tmpdir(), 'check-page-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const url = 'https://www.paulaschoice.com/skin-perfecting-2pct-bha-liquid-exfoliant/201.html';
    const severity = async (f: string) => {
      const r = io();
      await main(['--page', f, '--url', url], r.io);
      const out = JSON.parse(r.out()) as { findings: { category: string; severity: string }[] };
      return out.findings.find((x) => x.category === 'bha')?.severity;
    };
    try {
      expect(await severity(fixture)).toBe('high');
      expect(await severity(file)).toBe('low');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
