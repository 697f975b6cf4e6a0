import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/ingredients';
import type { RecoverySettings, Schedule, Session } from '../../../src/recovery/types';
import { shelfReminders, timeline, tonightsPlan, type PlanProduct } from '../../../src/shelf/plan';
import { soothingIn } from '../../../src/shelf/soothing';

const Z = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const BERLIN = 'Europe/Berlin';

/** A shelf product as the pages build it: findings and soothing words from the real engine. */
function product(id: string, name: string, text: string, makeup = false): PlanProduct {
  const a = analyze(text);
  const names = a.lists.flatMap((l) => l.items.flatMap((i) => [i.name, ...i.aliases]));
  return { id, name, findings: a.findings, makeup, soothing: soothingIn(names) };
}

const RETINAL = product('r', 'Retinal serum', 'Aqua, Glycerin, Retinal, Squalane, Phenoxyethanol');
const HYDRATING = product('h', 'Hydrating serum', 'Aqua, Sodium Hyaluronate, Panthenol, Glycerin');
const PLAIN = product('p', 'Plain cream', 'Aqua, Dimethicone, Cetearyl Alcohol');
const SCENTED = product('s', 'Scented cream', 'Aqua, Glycerin, Dimethicone, Parfum');
const FOUNDATION = product('f', 'Foundation', 'Aqua, Dimethicone, Titanium Dioxide, Glycerin', true);
const SHELF = [RETINAL, HYDRATING, PLAIN, SCENTED, FOUNDATION];

// Rolled Thu 26 Mar 2026 20:00 CET at 0.5 mm; planned every Wednesday at 20:00. Berlin springs forward in the
// night of Sat 28 to Sun 29 March, so 72 elapsed hours after Thursday 20:00 CET end on Sunday at 21:00 CEST.
const THU: Session = { at: Z('2026-03-26T19:00:00Z'), needleMm: 0.5 };
const WEDNESDAYS: Schedule = { needleMm: 0.5, plan: { kind: 'weekdays', days: [3] }, time: '20:00' };
const rs: RecoverySettings = { schedule: WEDNESDAYS, sessions: [THU], overrides: {} };
const WED = Z('2026-04-01T18:00:00Z'); // 20:00 CEST

const states = (now: number, settings = rs) =>
  tonightsPlan(SHELF, settings, now, BERLIN).entries.map((e) => [
    e.product.name,
    e.state,
    iso(e.at),
    e.cause?.kind === 'ingredient' ? e.cause.ingredient : (e.cause?.kind ?? null),
    e.suggested,
  ]);

describe('tonightsPlan', () => {
  test('the morning after a session: hydrating first, then fine, then by when usable (DST night crossed)', () => {
    expect(states(Z('2026-03-27T08:00:00Z'))).toEqual([
      ['Hydrating serum', 'fine', null, null, true],
      ['Plain cream', 'fine', null, null, false],
      // Fragrance 24 h and makeup 24 h at 0.5 mm: Friday 20:00 CET.
      ['Foundation', 'hold', '2026-03-27T19:00:00.000Z', 'makeup', false],
      ['Scented cream', 'hold', '2026-03-27T19:00:00.000Z', 'Parfum', false],
      // 72 elapsed hours: Sunday 21:00 CEST, not 20:00.
      ['Retinal serum', 'hold', '2026-03-29T19:00:00.000Z', 'Retinal', false],
    ]);
  });

  test('the squalane in the retinal serum does not make it a suggestion while it is held', () => {
    expect(RETINAL.soothing).toEqual(['squalane']);
    const plan = tonightsPlan(SHELF, rs, Z('2026-03-27T08:00:00Z'), BERLIN);
    expect(plan.fresh).toBe(true);
    expect(plan.entries.find((e) => e.product.id === 'r')!.suggested).toBe(false);
  });

  test('two days before the next session: the retinal serum pauses from Monday 20:00, the rest is fine', () => {
    const now = Z('2026-03-30T08:00:00Z');
    expect(states(now)).toEqual([
      ['Foundation', 'fine', null, null, false],
      ['Hydrating serum', 'fine', null, null, false],
      ['Plain cream', 'fine', null, null, false],
      ['Scented cream', 'fine', null, null, false],
      ['Retinal serum', 'pause', '2026-03-30T18:00:00.000Z', 'Retinal', false],
    ]);
    const plan = tonightsPlan(SHELF, rs, now, BERLIN);
    expect(plan.fresh).toBe(false);
    expect(plan.nextSession).toEqual({ at: WED, needleMm: 0.5 });
    expect(plan.entries.at(-1)!.session).toEqual({ at: WED, needleMm: 0.5 });
  });

  test('inside the pause: held until the session itself, reason before', () => {
    const e = tonightsPlan(SHELF, rs, Z('2026-03-31T12:00:00Z'), BERLIN).entries.at(-1)!;
    expect([e.product.id, e.state, iso(e.at), e.reason]).toEqual(['r', 'hold', iso(WED), 'before']);
  });

  test('makeup with a clean list waits the window of the session depth (48 h at 1.0 mm)', () => {
    const deep = { ...rs, sessions: [{ at: THU.at, needleMm: 1.0 }] };
    const e = tonightsPlan([FOUNDATION], deep, Z('2026-03-28T12:00:00Z'), BERLIN).entries[0]!;
    expect([e.state, iso(e.at), e.cause]).toEqual(['hold', '2026-03-28T19:00:00.000Z', { kind: 'makeup' }]);
    expect(FOUNDATION.findings).toEqual([]);
    const after = tonightsPlan([FOUNDATION], deep, Z('2026-03-28T19:00:00Z'), BERLIN).entries[0]!;
    expect(after.state).toBe('fine');
  });

  test('no plan and no session: everything with findings is fine now, nothing suggested', () => {
    const empty: RecoverySettings = {
      schedule: { needleMm: 0.5, plan: { kind: 'none' }, time: '20:00' },
      sessions: [],
      overrides: {},
    };
    const plan = tonightsPlan(SHELF, empty, Z('2026-03-27T08:00:00Z'), BERLIN);
    expect(plan.entries.map((e) => e.state)).toEqual(['fine', 'fine', 'fine', 'fine', 'fine']);
    expect(plan.entries.some((e) => e.suggested)).toBe(false);
    expect(plan.nextSession).toBeNull();
    // Never a bare green light: a fine product says what a session would hold.
    const after = Object.fromEntries(plan.entries.map((e) => [e.product.id, e.holdsAfter]));
    expect(after).toEqual({
      r: { kind: 'ingredient', ingredient: 'Retinal', category: 'retinoid' },
      s: { kind: 'ingredient', ingredient: 'Parfum', category: 'fragrance' },
      f: { kind: 'makeup' },
      h: null,
      p: null,
    });
  });
});

describe('timeline', () => {
  const now = Z('2026-03-27T12:00:00Z');
  const t = timeline(SHELF, rs, now, BERLIN);
  const bars = (id: string) =>
    t.rows.find((r) => r.id === id)!.bars.map((b) => [b.kind, iso(b.start), iso(b.end)]);

  test('spans 7 days from now, with the logged session and the planned one as marks', () => {
    expect([iso(t.start), iso(t.end)]).toEqual(['2026-03-27T12:00:00.000Z', '2026-04-03T12:00:00.000Z']);
    expect(t.sessions).toEqual([
      { ...THU, planned: false },
      { at: WED, needleMm: 0.5, planned: true },
    ]);
  });

  test('bars: the running hold, then the pause and the window of the planned session, merged and clipped', () => {
    expect(bars('r')).toEqual([
      ['hold', '2026-03-27T12:00:00.000Z', '2026-03-29T19:00:00.000Z'],
      ['hold', '2026-03-30T18:00:00.000Z', '2026-04-03T12:00:00.000Z'],
    ]);
    expect(bars('f')).toEqual([
      ['hold', '2026-03-27T12:00:00.000Z', '2026-03-27T19:00:00.000Z'],
      ['hold', iso(WED), '2026-04-02T18:00:00.000Z'],
    ]);
    expect(bars('h')).toEqual([]);
    expect(bars('p')).toEqual([]);
  });

  test('the bar under now agrees with the plan state, every 3 hours for a week of sessions done as planned', () => {
    for (let at = now; at < now + 7 * 86_400_000; at += 3 * 3_600_000) {
      // The timeline draws planned sessions as if they happen: log Wednesday's once it has passed.
      const done = { ...rs, sessions: at >= WED ? [THU, { at: WED, needleMm: 0.5 }] : [THU] };
      const plan = tonightsPlan(SHELF, done, at, BERLIN);
      const tl = timeline(SHELF, done, at, BERLIN);
      for (const e of plan.entries) {
        const row = tl.rows.find((r) => r.id === e.product.id)!;
        const heldNow = row.bars.some((b) => b.kind === 'hold' && b.start <= at && at < b.end);
        expect(heldNow, `${e.product.name} at ${iso(at)}`).toBe(e.state === 'hold');
      }
    }
  });
});

describe('shelfReminders', () => {
  test('name the products: fine again when a hold ends, and the pause before the planned session', () => {
    const list = shelfReminders(SHELF, rs, Z('2026-03-27T08:00:00Z'), BERLIN).map((r) => [
      r.kind,
      iso(r.at),
      r.products,
      r.cause?.kind === 'ingredient' ? r.cause.ingredient : (r.cause?.kind ?? null),
    ]);
    expect(list.slice(0, 4)).toEqual([
      ['shelf-clear', '2026-03-27T19:00:00.000Z', ['Scented cream'], 'Parfum'],
      ['shelf-clear', '2026-03-27T19:00:00.000Z', ['Foundation'], 'makeup'],
      ['shelf-clear', '2026-03-29T19:00:00.000Z', ['Retinal serum'], 'Retinal'],
      ['shelf-pause', '2026-03-30T18:00:00.000Z', ['Retinal serum'], null],
    ]);
    // The Wednesday after next, still inside the 14-day horizon: Monday 6 April 20:00 CEST.
    expect(list.slice(4)).toEqual([['shelf-pause', '2026-04-06T18:00:00.000Z', ['Retinal serum'], null]]);
  });

  test('a hold that runs into the next pause gives no "fine again" and no separate pause', () => {
    const sooner = { ...rs, schedule: { ...WEDNESDAYS, plan: { kind: 'weekdays' as const, days: [6] } } };
    // Saturday 28 March 20:00 CET: its 48 h pause started before the Thursday session was even over.
    const list = shelfReminders([RETINAL], sooner, Z('2026-03-27T08:00:00Z'), BERLIN);
    expect(list.filter((r) => r.at < Z('2026-03-29T00:00:00Z'))).toEqual([]);
  });
});
