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
 *
 * Speed: most unknowns occur in one relation only once the others are set aside (a non-vsv count, a margin nobody
 * publishes); such a relation only defines that unknown. They are peeled off first, the core is reduced, and the
 * peeled relations are added back in reverse order with their unknown as the last column, which keeps the rows short.
 */
export function determinedUnknowns(cellCount: number, sums: readonly SumRelation[], unknown: readonly boolean[]): boolean[] {
  const eqs: Map<number, number>[] = [];
  for (const s of sums) {
    const row = new Map<number, number>();
    const add = (c: number, k: number) => {
      if (!unknown[c]) return;
      const v = (row.get(c) ?? 0) + k;
      if (v === 0) row.delete(c);
      else row.set(c, v);
    };
    add(s.total, 1);
    for (const m of s.members) add(m, -1);
    if (row.size > 0) eqs.push(row);
  }
  const out = new Array<boolean>(cellCount).fill(false);
  if (eqs.length === 0) return out;
  // Peel: an unknown in one live relation takes that relation with it.
  const eqsOf = new Map<number, number[]>();
  eqs.forEach((e, i) => {
    for (const c of e.keys()) {
      const l = eqsOf.get(c);
      if (l) l.push(i);
      else eqsOf.set(c, [i]);
    }
  });
  const degree = new Map<number, number>([...eqsOf].map(([c, l]) => [c, l.length]));
  const live = new Array<boolean>(eqs.length).fill(true);
  const peeled: { eq: number; cell: number }[] = [];
  const queue = [...degree].filter(([, d]) => d === 1).map(([c]) => c);
  while (queue.length) {
    const c = queue.pop()!;
    if (degree.get(c) !== 1) continue;
    const eq = eqsOf.get(c)!.find((i) => live[i])!;
    live[eq] = false;
    peeled.push({ eq, cell: c });
    for (const d of eqs[eq]!.keys()) {
      const left = degree.get(d)! - 1;
      degree.set(d, left);
      if (left === 1) queue.push(d);
    }
  }
  // Column order: core unknowns by fewest relations first, then the peeled ones, the last peeled first.
  const peeledCells = new Set(peeled.map((p) => p.cell));
  const coreCells = [...eqsOf.keys()].filter((c) => !peeledCells.has(c));
  coreCells.sort((a, b) => a - b);
  const column = new Map<number, number>();
  for (const c of coreCells) column.set(c, column.size);
  for (let i = peeled.length - 1; i >= 0; i--) column.set(peeled[i]!.cell, column.size);
  const cellOf = new Array<number>(column.size);
  for (const [c, j] of column) cellOf[j] = c;
  const rows = new Map<number, Map<number, number>>();
  const toRow = (e: Map<number, number>) => new Map([...e].map(([c, k]) => [column.get(c)!, mod(k)]));
  eqs.forEach((e, i) => {
    if (live[i]) reduceInto(rows, toRow(e));
  });
  for (let i = peeled.length - 1; i >= 0; i--) reduceInto(rows, toRow(eqs[peeled[i]!.eq]!));
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
  for (const [p, zero] of zeroInAll) if (zero) out[cellOf[p]!] = true;
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
