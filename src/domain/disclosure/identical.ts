/**
 * Cells that count the same young people: a relation with one member says its total and that member are one group
 * (the mbo students of a region and its students without a vo grade; a sort of education and the only sector it
 * makes up). Protected as two cells, hiding one gives the other away and drags the totals above them along; merged
 * into one variable, they are shown or hidden together, as one group should be.
 */
import type { CellStatus, ProtectionProblem } from "./protect.js";
import type { SumRelation } from "./relations.js";

/** Which status wins when identical cells merge: a fixed status over a free one, a published cell over an implied one. */
const STRENGTH: Record<CellStatus, number> = { shown: 4, hidden: 3, free: 2, implied: 1, slack: 0 };

export interface Merged {
  /** The problem over one variable per group of identical cells. */
  readonly problem: ProtectionProblem;
  /** Per original cell: its variable in `problem`. */
  readonly variableOf: Int32Array;
}

export function mergeIdentical(p: ProtectionProblem): Merged {
  const n = p.values.length;
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const s of p.sums) {
    if (s.members.length !== 1) continue;
    const a = find(s.total);
    const b = find(s.members[0]!);
    if (a === b) continue;
    if (p.values[a] !== p.values[b]) throw new Error(`Cells ${s.total} and ${s.members[0]} are one group but count ${p.values[a]} and ${p.values[b]}`);
    parent[Math.max(a, b)] = Math.min(a, b);
  }
  const variableOf = new Int32Array(n);
  const roots = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let v = roots.get(r);
    if (v === undefined) {
      v = roots.size;
      roots.set(r, v);
    }
    variableOf[i] = v;
  }
  const m = roots.size;
  const values = new Array<number>(m);
  const status = new Array<CellStatus>(m).fill("slack");
  const priority = new Array<number>(m).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const v = variableOf[i]!;
    values[v] = p.values[i]!;
    const st = p.status?.[i] ?? "free";
    if (STRENGTH[st] > STRENGTH[status[v]!]) status[v] = st;
    priority[v] = Math.min(priority[v]!, p.priority?.[i] ?? 0);
  }
  const sums: SumRelation[] = [];
  for (const s of p.sums) {
    const members = [...new Set(s.members.map((c) => variableOf[c]!))];
    const total = variableOf[s.total]!;
    if (members.length === 1 && members[0] === total) continue;
    sums.push({ total, members });
  }
  const alsoHide = p.alsoHide ? [...new Set([...p.alsoHide].map((c) => variableOf[c]!))] : undefined;
  return { problem: { ...p, values, sums, status, priority, alsoHide }, variableOf };
}
