/**
 * Letter-count signatures: the counts of a-z, 0-9 and everything else in a name. Each edit changes at most two
 * counts, so half the summed difference of two signatures bounds their edit distance from below: most
 * candidates are rejected before the edit-distance table is filled.
 */

/** Names of one length (or one token length), with their signatures back to back once computed. */
export interface LengthGroup {
  names: string[];
  hist: Uint8Array | null;
}

/** Add a name to the group of its length. */
export function addByLength(groups: Map<number, LengthGroup>, name: string): void {
  const group = groups.get(name.length);
  if (group) group.names.push(name);
  else groups.set(name.length, { names: [name], hist: null });
}

/** Letter-count signature slots: a-z, 0-9, everything else. */
const SIG = 37;

function sigSlot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return 36;
}

/** Character counts of a name (capped at 255). */
export function signature(name: string): Uint8Array {
  const out = new Uint8Array(SIG);
  for (let i = 0; i < name.length; i++) {
    const k = sigSlot(name.charCodeAt(i));
    if (out[k]! < 255) out[k]!++;
  }
  return out;
}

/** Sum of count differences between signature k of `hist` and `q`, stopping once over `limit`. */
export function sigDiff(hist: Uint8Array, k: number, q: Uint8Array, limit: number): number {
  let diff = 0;
  const base = k * SIG;
  for (let c = 0; c < SIG && diff <= limit; c++) diff += Math.abs(hist[base + c]! - q[c]!);
  return diff;
}

/** Signatures of several names, back to back. */
export function signatures(names: string[]): Uint8Array {
  const out = new Uint8Array(names.length * SIG);
  names.forEach((n, k) => out.set(signature(n), k * SIG));
  return out;
}
