/**
 * Secondary suppression over a whole system of published cells at once (docs/privacy-public.md). Primary: every
 * count from 1 to 4 is hidden. Then the auditor's attack (audit.ts) is run on what would be shown, and for every
 * hidden cell it pins to one value or narrows into 1..4 — and for every implied, unpublished cell it narrows into
 * 1..4 — one more shown cell next to it is hidden, until the attack finds nothing. Hiding only ever grows, so it ends.
 */
import { audit, narrowedIntoSmall } from "./audit.js";
import { type SumRelation, cellsOf, relationsByCell } from "./relations.js";

export const SUPPRESSION_THRESHOLD = 5;

/** A count that must not be shown: 1 to threshold − 1 (0 is shown: nobody can be recognised in it). */
export function isSmallCount(n: number, threshold: number = SUPPRESSION_THRESHOLD): boolean {
  return n >= 1 && n < threshold;
}

export interface ProtectionProblem {
  /** True counts of every cell. */
  readonly values: readonly number[];
  readonly sums: readonly SumRelation[];
  /**
   * Per cell: "free" (this protection decides), "shown" or "hidden" (fixed elsewhere, e.g. by a table already
   * published), "implied" (never published; the reader may only reason about it, and it must not come out as a
   * count of 1..4 either), or "slack" (an unknown that only states an inequality, e.g. the non-vsv'ers of a cell,
   * never protected itself). Default "free".
   */
  readonly status?: readonly CellStatus[];
  /** Cells to hide for another reason (e.g. a vsv count whose start population is hidden). */
  readonly alsoHide?: Iterable<number>;
  /**
   * Per cell, which to hide first as a partner (lower first; default 0): the figures system ranks the cells of finer
   * tables before coarser ones, so a region's total stays shown while its parts protect each other.
   */
  readonly priority?: readonly number[];
  /** Told of every cell hidden as a partner, with the cell it protects (for diagnosis: bench/disclosure.ts). */
  readonly trace?: (hidden: number, protects: number, rule: "lonely" | "attack" | "persistent") => void;
}

export type CellStatus = "free" | "shown" | "hidden" | "implied" | "slack";

export interface Protection {
  /** Per cell: hidden (implied cells count as hidden). */
  readonly hidden: boolean[];
  /** Cells the attack still pins or narrows (only when no shown cell was left to hide next to them). */
  readonly unprotected: number[];
}

/** Rounds after which protection stops and reports what is left as unprotected (never reached in the tests). */
const MAX_ROUNDS = 400;

/** Lexicographic order of ranks. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * `withAlgebra`: once interval propagation finds nothing, also run the exact linear-algebra audit. The published
 * figures system leaves it out (there it takes tens of seconds); the attacker test runs it on everything the API
 * publishes and asserts it pins nothing (docs/privacy-public.md, "Limits").
 */
export function protect(p: ProtectionProblem, threshold = SUPPRESSION_THRESHOLD, withAlgebra = true): Protection {
  const n = p.values.length;
  const status = p.status ?? new Array<CellStatus>(n).fill("free");
  const hidden = p.values.map((v, i) => status[i] === "hidden" || status[i] === "implied" || status[i] === "slack" || (status[i] === "free" && isSmallCount(v, threshold)));
  for (const i of p.alsoHide ?? []) if (status[i] === "free") hidden[i] = true;
  /** Cells shown again because the published figures pin them anyway: never picked as a partner again. */
  const revealed = new Array<boolean>(n).fill(false);
  const free = (i: number) => status[i] === "free" && !hidden[i] && !revealed[i];
  /** A zero anyone can compute from what is shown (a vsv count of 0 under a shown total of 0) is shown: hiding it
   * protects nothing and would claim a secret, and a zero says nothing about anyone. */
  const reveal = (c: number) => {
    setHidden(c, false);
    revealed[c] = true;
  };
  const byCell = relationsByCell(n, p.sums);
  const hiddenIn = p.sums.map((s) => cellsOf(s).filter((c) => hidden[c]).length);
  const relationIndex = new Map(p.sums.map((s, i) => [s, i]));
  const setHidden = (c: number, h: boolean) => {
    if (hidden[c] === h) return;
    hidden[c] = h;
    for (const s of byCell[c]!) hiddenIn[relationIndex.get(s)!]! += h ? 1 : -1;
  };
  /** How many relations of c would get their first hidden cell: each of those would need a partner in turn. */
  const opened = (c: number) => byCell[c]!.reduce((a, s) => a + (hiddenIn[relationIndex.get(s)!] === 0 ? 1 : 0), 0);
  /** The next cell to hide in a relation: a non-zero free cell, the first by rankIn. */
  const candidate = (s: SumRelation): number | undefined => {
    let best: number | undefined;
    let bestRank = [Infinity, Infinity, Infinity, Infinity];
    for (const c of cellsOf(s)) {
      if (!free(c)) continue;
      const v = p.values[c]!;
      if (v === 0) continue; // a hidden zero next to a shown total adds no doubt
      const rank = rankIn(c, s);
      if (before(rank, bestRank)) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  };
  /**
   * A candidate's rank in a relation (lower is hidden first): a part before the relation's total and a finer table's
   * cell before a coarser one's (hiding siblings keeps the totals — a region, an institution — shown), then the
   * fewest relations opened, then the smallest.
   */
  const rankIn = (c: number, s: SumRelation) => [c === s.total ? 1 : 0, p.priority?.[c] ?? 0, opened(c), p.values[c]!];
  /**
   * A partner for a problem cell: the best candidate over its relations and, one step further, over the relations of
   * the hidden cells beside it (a hidden sibling that its own parts give away needs one of those parts hidden, not
   * the total above both). A part before a total, then its own relation before a further one, then rankIn.
   */
  const partner = (c: number): number | undefined => {
    let best: number | undefined;
    let bestRank = [Infinity, Infinity, Infinity, Infinity, Infinity];
    const consider = (s: SumRelation, further: number) => {
      const k = candidate(s);
      if (k === undefined) return;
      const [total, ...rest] = rankIn(k, s);
      const rank = [total!, further, ...rest];
      if (before(rank, bestRank)) {
        best = k;
        bestRank = rank;
      }
    };
    for (const s of byCell[c]!) {
      consider(s, 0);
      for (const d of cellsOf(s)) {
        if (d === c || !hidden[d] || status[d] === "slack") continue;
        for (const t of byCell[d]!) if (t !== s) consider(t, 1);
      }
    }
    return best;
  };
  /**
   * The classic rule first, by counting alone: a relation with exactly one unknown cell gives it away, so a hidden
   * cell alone in a relation gets a partner there (a zero alone is shown instead: it says nothing about anyone).
   */
  const lonely = () => {
    const queue = p.sums.map((_, i) => i);
    while (queue.length) {
      const r = queue.pop()!;
      if (hiddenIn[r] !== 1) continue;
      const s = p.sums[r]!;
      const c = cellsOf(s).find((x) => hidden[x])!;
      if (status[c] === "slack" || (status[c] === "implied" && !isSmallCount(p.values[c]!, threshold))) continue;
      if (status[c] === "free" && p.values[c] === 0) reveal(c);
      else {
        const k = candidate(s);
        if (k === undefined) continue;
        setHidden(k, true);
        p.trace?.(k, c, "lonely");
        for (const t of byCell[k]!) queue.push(relationIndex.get(t)!);
        continue;
      }
      for (const t of byCell[c]!) queue.push(relationIndex.get(t)!);
    }
  };
  // Then interval propagation, which finds what counting misses; linear algebra once propagation finds nothing.
  let exact = false;
  const persistent = new Map<number, number>();
  let rounds = 0;
  for (;;) {
    lonely();
    const found = audit(p.sums, p.values.map((v, i) => (hidden[i] ? null : v)), { exact, byCell });
    const problems: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!hidden[i] || status[i] === "slack") continue;
      const small = isSmallCount(p.values[i]!, threshold);
      // A published cell may not be narrowed into 1..4; an implied one (never published) may not be pinned to 1..4.
      const narrowed = status[i] === "implied" ? found.pinned[i]! && small : narrowedIntoSmall(found.lo[i]!, found.hi[i]!, threshold) || (found.pinned[i]! && small);
      if (narrowed) problems.push(i);
      else if (found.pinned[i] && status[i] === "free" && p.values[i] === 0) reveal(i);
      else if (found.pinned[i] && status[i] !== "implied") problems.push(i);
    }
    if (problems.length === 0) {
      if (exact || !withAlgebra) return { hidden, unprotected: [] };
      exact = true;
      continue;
    }
    let added = 0;
    const stuck: number[] = [];
    const hide = (k: number, c: number, rule: "attack" | "persistent") => {
      setHidden(k, true);
      p.trace?.(k, c, rule);
      added++;
    };
    for (const c of problems) {
      const seen = (persistent.get(c) ?? 0) + 1;
      persistent.set(c, seen);
      const k = partner(c);
      if (k === undefined) stuck.push(c);
      else hide(k, c, "attack");
      // A problem that one partner a round does not solve gets a partner in each of its relations where a part can
      // be hidden (a total only after ten rounds).
      if (seen >= 3) for (const s of byCell[c]!) {
        const j = candidate(s);
        if (j !== undefined && (j !== s.total || seen >= 10)) hide(j, c, "persistent");
      }
    }
    if (added === 0) return { hidden, unprotected: stuck };
    // A safety net: problems still there after this many rounds are reported rather than chased for ever.
    if (++rounds >= MAX_ROUNDS) return { hidden, unprotected: problems };
    exact = false;
  }
}
