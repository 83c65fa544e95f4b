/**
 * Which unknown cells a set of sum relations pins to one value (linear algebra only, no bounds): a cell is
 * determined when every solution of the homogeneous system gives it 0, i.e. its unit vector lies in the row space.
 *
 * Large published systems (tens of thousands of hidden cells, one connected web through the national margins) need
 * a sparse method: the relations are reduced to echelon form modulo a prime (exact, no rounding), then two random
 * vectors of the null space are drawn by back-substitution. A cell that is 0 in both is determined; a cell that is
 * not determined is non-zero in a random null vector except with probability 1/p per draw (p ≈ 6.7·10⁷), so the
 * answer errs, if ever, on the safe side for the defender (a cell reported determined gets another cell hidden).
 */
import type { SumRelation } from "./relations.js";

/** A prime below 2^26, so that a product of two residues stays below 2^53 and is exact in a double. */
const P = 67_108_859;

const mod = (a: number) => ((a % P) + P) % P;
const mul = (a: number, b: number) => (a * b) % P;

function inverse(a: number): number {
  // Fermat: a^(p−2) mod p, by squaring.
  let result = 1;
  let base = mod(a);
  let e = P - 2;
  while (e > 0) {
    if (e & 1) result = mul(result, base);
    base = mul(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

/** A tiny deterministic generator, so the audit gives the same answer every run. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return 1 + (s % (P - 1));
  };
}

/**
 * `unknown[i]` marks the cells whose value the reader does not know; relations between known cells only are
 * ignored. Returns, per cell, whether it is unknown and yet determined by the relations.
 */
export function determinedUnknowns(cellCount: number, sums: readonly SumRelation[], unknown: readonly boolean[]): boolean[] {
  // Echelon rows: pivot column → row (sparse, pivot coefficient 1, every other column greater than the pivot).
  const rows = new Map<number, Map<number, number>>();
  for (const s of sums) {
    const row = new Map<number, number>();
    const add = (c: number, k: number) => {
      if (!unknown[c]) return;
      const v = mod((row.get(c) ?? 0) + k);
      if (v === 0) row.delete(c);
      else row.set(c, v);
    };
    add(s.total, 1);
    for (const m of s.members) add(m, -1);
    reduceInto(rows, row);
  }
  const out = new Array<boolean>(cellCount).fill(false);
  if (rows.size === 0) return out;
  const pivots = [...rows.keys()].sort((a, b) => b - a);
  const zeroInAll = new Map<number, boolean>(pivots.map((p) => [p, true]));
  for (const seed of [0x9e3779b9, 0x85ebca6b]) {
    const next = random(seed);
    const value = new Map<number, number>();
    const valueOf = (c: number) => {
      let v = value.get(c);
      if (v === undefined) {
        v = rows.has(c) ? 0 : next(); // free columns get a random value, pivots are computed below
        value.set(c, v);
      }
      return v;
    };
    for (const p of pivots) {
      let v = 0;
      for (const [c, k] of rows.get(p)!) if (c !== p) v = mod(v - mul(k, valueOf(c)));
      value.set(p, v);
      if (v !== 0) zeroInAll.set(p, false);
    }
  }
  for (const [p, zero] of zeroInAll) if (zero) out[p] = true;
  return out;
}

/** Reduce `row` by the existing pivots; when something is left, it becomes a new pivot row. */
function reduceInto(rows: Map<number, Map<number, number>>, row: Map<number, number>): void {
  for (;;) {
    if (row.size === 0) return;
    let lead = Number.POSITIVE_INFINITY;
    for (const c of row.keys()) if (c < lead) lead = c;
    const pivotRow = rows.get(lead);
    if (!pivotRow) {
      const inv = inverse(row.get(lead)!);
      for (const [c, k] of row) row.set(c, mul(k, inv));
      rows.set(lead, row);
      return;
    }
    const f = row.get(lead)!;
    for (const [c, k] of pivotRow) {
      const v = mod((row.get(c) ?? 0) - mul(f, k));
      if (v === 0) row.delete(c);
      else row.set(c, v);
    }
  }
}
