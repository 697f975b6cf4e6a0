import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { jsonlLine, main } from '../../../scripts/check';

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
  test('jsonlLine never throws', () => {
    for (const s of ['', 'null', '[]', '{"text": 5}', '{"id": 1, "text": ""}'])
      expect(() => jsonlLine(s, {})).not.toThrow();
  });
});
