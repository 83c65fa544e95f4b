/**
 * Integer apportionment by largest remainder (Hamilton): `total` units over keyed weights so that every share is a
 * whole number ≥ 0 and the shares add up to `total` exactly. Used for regional targets and for every year of their
 * trajectories (docs/targets.md, "Rounding").
 *
 * Each key's quota is total × weight / Σ weights; it gets the quota's floor, and the units left over go one each to
 * the largest fractional parts, ties broken by key (ascending), so the result does not depend on input order.
 * With integer weights the quotas are computed exactly (BigInt), so a tie is a real tie.
 */
import { VsvError } from "../errors.js";

export interface Weighted {
  readonly key: string;
  readonly weight: number;
}

function check(total: number, items: readonly Weighted[]): void {
  if (!Number.isSafeInteger(total) || total < 0) throw new VsvError("BAD_TOTAL", `The total to apportion (${total}) must be a whole number of 0 or more`);
  if (items.length === 0 && total > 0) throw new VsvError("NO_REGIONS", `There are no regions to apportion ${total} over: compute figures with regions first`);
  for (const i of items) {
    if (!(Number.isFinite(i.weight) && i.weight >= 0)) throw new VsvError("BAD_WEIGHT", `The weight of ${i.key} (${i.weight}) must be a finite number of 0 or more`);
  }
  if (new Set(items.map((i) => i.key)).size !== items.length) throw new VsvError("DUPLICATE_KEY", "Each region may appear only once");
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Shares per key (same order as `items`). All weights 0: the total is shared as equally as possible. */
export function largestRemainder(total: number, items: readonly Weighted[]): Map<string, number> {
  check(total, items);
  const out = new Map<string, number>(items.map((i) => [i.key, 0]));
  if (items.length === 0) return out;
  const sum = items.reduce((a, i) => a + i.weight, 0);
  const equal = sum === 0;
  const ws = items.map((i) => (equal ? 1 : i.weight));
  if (ws.every(Number.isSafeInteger)) {
    const W = ws.reduce((a, w) => a + BigInt(w), 0n);
    const T = BigInt(total);
    const rem = new Map<string, bigint>();
    const floors = items.map((i, n) => {
      const num = T * BigInt(ws[n]!);
      rem.set(i.key, num % W);
      return { key: i.key, floor: Number(num / W) };
    });
    return assign(total, floors, (a, b) => {
      const ra = rem.get(a)!;
      const rb = rem.get(b)!;
      return rb > ra ? 1 : rb < ra ? -1 : byKey(a, b);
    }, out);
  }
  const W = ws.reduce((a, w) => a + w, 0);
  const quotas = items.map((i, n) => ({ key: i.key, q: (total * ws[n]!) / W }));
  const frac = new Map(quotas.map((x) => [x.key, x.q - Math.floor(x.q)]));
  return assign(total, quotas.map((x) => ({ key: x.key, floor: Math.floor(x.q) })), (a, b) => frac.get(b)! - frac.get(a)! || byKey(a, b), out);
}

/** Gives every key its floor, then the units left one by one in `order` (cycling, should float error leave more). */
function assign(total: number, floors: { key: string; floor: number }[], order: (a: string, b: string) => number, out: Map<string, number>): Map<string, number> {
  for (const f of floors) out.set(f.key, Math.max(0, f.floor));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  const ranked = floors.map((f) => f.key).sort(order);
  // Float rounding can leave one unit too many: take it back from the smallest fraction that has one.
  for (let i = ranked.length - 1; left < 0 && i >= 0; i--) {
    const k = ranked[i]!;
    if (out.get(k)! > 0) {
      out.set(k, out.get(k)! - 1);
      left++;
    }
  }
  for (let i = 0; left > 0; i = (i + 1) % ranked.length) {
    const k = ranked[i]!;
    out.set(k, out.get(k)! + 1);
    left--;
  }
  return out;
}
