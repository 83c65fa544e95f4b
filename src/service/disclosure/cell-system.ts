/**
 * Every published count of one teljaar and stage, both definitions, as one system of cells and relations, protected
 * at once (docs/privacy-public.md). A cell is a group of young people defined by the values of a set of breakdowns
 * closed under what determines what (a municipality's cell also names its region and labour-market region), so a
 * group has one cell however a table reaches it. Definition 23's cells are definition 27's with `under_23 = true`.
 * Relations: each table adds up to each of its margins (published or not: a margin nobody publishes is still a
 * number the reader can reason about), and a cell's vsv'ers are at most its start population.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Definition, Stage } from "../../domain/definition.js";
import { NORM_GROUP, otherDefinitionTables, publishedTables } from "../../domain/disclosure/catalogue.js";
import { officialDefinition } from "../../domain/definition.js";
import { type CellStatus, isSmallCount, protect } from "../../domain/disclosure/protect.js";
import { mergeIdentical } from "../../domain/disclosure/identical.js";
import type { SumRelation } from "../../domain/disclosure/relations.js";
import type { Teljaar } from "../../domain/teljaar.js";
import { type CellKey, functionalDependencies, groupedCells } from "../../engine/published-cells.js";
import { type LinkedTable, type ProtectedLinkedTable, type SystemVariables, linkFollowUp, linkVsoMbo } from "./linked-tables.js";

export const UNDER_23 = "under_23";

export interface SystemCell {
  readonly keys: Record<string, CellKey>;
  readonly labels: Record<string, string | null>;
  readonly start_population: number;
  readonly vsv: number;
  readonly hiddenSp: boolean;
  readonly hiddenVsv: boolean;
}

export interface CellSystem {
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  /** The cells of a published table (breakdowns in canonical order) for a definition, each under its row key. */
  cellsOf(definition: Definition, by: readonly string[]): readonly SystemCell[];
  /** A linked answer's table protected with these cells (linked-tables.ts); undefined when not linked for this stage. */
  linked(name: LinkedName): ProtectedLinkedTable | undefined;
  /** Counts and relations, for the benchmark and the tests. */
  readonly size: { readonly cells: number; readonly relations: number; readonly hidden: number; readonly unprotected: number };
}

interface Table {
  readonly dims: readonly string[];
  published27: boolean;
  published23: boolean;
  rows: number[];
}

const tableKey = (dims: readonly string[]) => [...dims].sort().join(",");
const rowKeyOf = (keys: Record<string, CellKey>, dims: readonly string[]) => JSON.stringify(dims.map((d) => keys[d] ?? null));

/** Bumped whenever the catalogue or the protection changes, so cached systems are made again. */
export const CELL_SYSTEM_VERSION = 3;

/** The answers linked into a definitive system whose teljaar can be followed up. */
export type LinkedName = "follow_up" | "vso_mbo";

export interface CellSystemData {
  readonly version: number;
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly cells: readonly SystemCell[];
  /** Table (its closed breakdowns, sorted, comma-joined) → indices of its cells. */
  readonly tables: Readonly<Record<string, readonly number[]>>;
  /** Breakdown → the breakdowns it determines. */
  readonly determines: Readonly<Record<string, readonly string[]>>;
  readonly linked: Readonly<Partial<Record<LinkedName, ProtectedLinkedTable>>>;
  readonly size: CellSystem["size"];
}

export interface BuildOptions {
  /** Link the follow-up and vso → mbo answers (a definitive run on a register reaching 1 October t+2). */
  readonly linkFollowUp?: boolean;
  /** Told of every partner hidden, by name (bench/disclosure.ts --trace). */
  readonly trace?: (hidden: string, protects: string, rule: string) => void;
}

/** Builds and protects the system of a teljaar and stage. */
export async function buildCellSystem(conn: DuckDBConnection, teljaar: Teljaar, stage: Stage, options: BuildOptions = {}): Promise<CellSystemData> {
  const official = officialDefinition(teljaar);
  const published = publishedTables();
  const names = [...new Set([...published.flat(), UNDER_23, NORM_GROUP])];
  const determines = await functionalDependencies(conn, teljaar, stage, names);
  const closure = closureOf(determines);
  const tables = new Map<string, Table>();
  const add = (dims: readonly string[], p27: boolean, p23: boolean) => {
    const k = tableKey(dims);
    const t = tables.get(k);
    if (t) {
      t.published27 ||= p27;
      t.published23 ||= p23;
      return false;
    }
    tables.set(k, { dims, published27: p27, published23: p23, rows: [] });
    return true;
  };
  for (const t of published) {
    if (official === 27) add(closure(t), true, false);
    else add(closure([...t, UNDER_23]), false, true);
  }
  for (const t of otherDefinitionTables()) {
    add(closure(t), true, false);
    add(closure([...t, UNDER_23]), false, true);
  }
  // Margins, recursively: a breakdown the others do not determine can be summed away.
  const todo = [...tables.values()];
  while (todo.length) {
    const t = todo.pop()!;
    for (const d of t.dims) {
      const m = closure(t.dims.filter((x) => x !== d));
      if (m.length === t.dims.length) continue;
      if (add(m, false, false)) todo.push(tables.get(tableKey(m))!);
    }
  }
  const list = [...tables.values()];
  const rows = await groupedCells(conn, teljaar, stage, list.map((t) => t.dims));
  const n = rows.length;
  // Variables: start population [0, n), vsv [n, 2n), non-vsv'ers [2n, 3n) (only an inequality: vsv ≤ start population).
  const values = new Array<number>(3 * n);
  const status = new Array<CellStatus>(3 * n);
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    const t = list[r.set]!;
    t.rows.push(i);
    index.set(`${tableKey(t.dims)}|${rowKeyOf(r.keys, t.dims)}`, i);
    values[i] = r.start_population;
    values[n + i] = r.vsv;
    values[2 * n + i] = r.start_population - r.vsv;
    const shown = t.published27 || (t.published23 && r.keys[UNDER_23] === true);
    // The national counts are the headline: never hidden to protect another cell (a count of 1–4 still is).
    const headline = t.dims.every((d) => d === UNDER_23);
    status[i] = !shown ? "implied" : headline && !isSmallCount(r.start_population) ? "shown" : "free";
    status[n + i] = !shown ? "implied" : headline && !isSmallCount(r.vsv) && !isSmallCount(r.start_population) ? "shown" : "free";
    status[2 * n + i] = "slack";
  });
  const sums: SumRelation[] = [];
  for (const t of list) {
    for (const d of t.dims) {
      const m = closure(t.dims.filter((x) => x !== d));
      if (m.length === t.dims.length) continue;
      const groups = new Map<number, number[]>();
      for (const i of t.rows) {
        const total = index.get(`${tableKey(m)}|${rowKeyOf(rows[i]!.keys, m)}`)!;
        const g = groups.get(total) ?? [];
        g.push(i);
        groups.set(total, g);
      }
      for (const [total, members] of groups) {
        sums.push({ total, members });
        sums.push({ total: n + total, members: members.map((x) => n + x) });
      }
    }
  }
  for (let i = 0; i < n; i++) sums.push({ total: i, members: [n + i, 2 * n + i] });
  // A vsv count of a small start population would say something about each of those few people.
  const alsoHide = rows.flatMap((r, i) => (isSmallCount(r.start_population) ? [n + i] : []));
  const linkedTables: Partial<Record<LinkedName, LinkedTable>> = {};
  if (options.linkFollowUp && stage === "definitive") {
    const variables: SystemVariables = {
      values,
      status,
      sums,
      alsoHide,
      cellsOf(by) {
        const dims = closure(official === 23 ? [...by, UNDER_23] : by);
        const t = tables.get(tableKey(dims));
        if (!t) throw new Error(`Table ${by.join(",")} is not in the system of ${teljaar}`);
        return t.rows.filter((i) => official !== 23 || rows[i]!.keys[UNDER_23] === true).map((i) => ({ keys: rows[i]!.keys, sp: i, vsv: n + i, rest: 2 * n + i }));
      },
    };
    linkedTables.follow_up = await linkFollowUp(conn, teljaar, variables);
    linkedTables.vso_mbo = await linkVsoMbo(conn, teljaar, variables);
  }
  const nameOf = (v: number) => {
    const i = v % n;
    const measure = v >= 3 * n ? "linked" : ["sp", "vsv", "rest"][Math.floor(v / n)]!;
    return v >= 3 * n ? `linked#${v}` : `${measure} ${JSON.stringify(rows[i]!.keys)} = ${values[v]} [${status[v]}]`;
  };
  const trace = options.trace ? (k: number, c: number, rule: string) => options.trace!(nameOf(k), nameOf(c), rule) : undefined;
  // Partners from finer tables first: a cell of a table with more breakdowns is hidden before a coarser total.
  const priority = values.map((_, v) => (v < 3 * n ? -list[rows[v % n]!.set]!.dims.length : 0));
  // Identical cells (one group reached through two tables) become one variable: shown or hidden together.
  const merged = mergeIdentical({ values, sums, status, alsoHide, priority });
  const representative = new Int32Array(merged.problem.values.length);
  merged.variableOf.forEach((v, i) => (representative[v] = i));
  const protection = protect({ ...merged.problem, trace: trace ? (k, c, rule) => trace(representative[k]!, representative[c]!, rule) : undefined }, undefined, false);
  const hidden = values.map((_, i) => protection.hidden[merged.variableOf[i]!]!);
  const unprotected = protection.unprotected;
  const linked = Object.fromEntries(
    Object.entries(linkedTables).map(([name, t]) => [name, { values: t.values, names: t.names, cells: t.cells.map((c) => ({ keys: c.keys, value: values[c.variable]!, hidden: hidden[c.variable]! })) }]),
  );

  const cells = rows.map((r, i): SystemCell => ({ keys: r.keys, labels: r.labels, start_population: r.start_population, vsv: r.vsv, hiddenSp: hidden[i]!, hiddenVsv: hidden[n + i]! }));
  return {
    version: CELL_SYSTEM_VERSION,
    teljaar,
    stage,
    cells,
    tables: Object.fromEntries(list.map((t) => [tableKey(t.dims), t.rows])),
    determines: Object.fromEntries([...determines].map(([a, b]) => [a, [...b]])),
    linked,
    size: { cells: status.filter((s) => s !== "slack").length, relations: sums.length, hidden: hidden.filter((h, i) => h && status[i] === "free").length, unprotected: unprotected.length },
  };
}

/** The system as data (what the file cache holds) with the lookup the public tables need. */
export function cellSystemOf(data: CellSystemData): CellSystem {
  const determines = new Map(Object.entries(data.determines).map(([a, b]) => [a, new Set(b)]));
  const closure = closureOf(determines);
  return {
    teljaar: data.teljaar,
    stage: data.stage,
    size: data.size,
    linked: (name) => data.linked[name],
    cellsOf(definition, by) {
      const dims = closure(definition === 23 ? [...by, UNDER_23] : by);
      const rows = data.tables[tableKey(dims)];
      if (!rows) throw new Error(`Table ${by.join(",")} is not in the published system`);
      return rows.filter((i) => definition !== 23 || data.cells[i]!.keys[UNDER_23] === true).map((i) => data.cells[i]!);
    },
  };
}

function closureOf(determines: ReadonlyMap<string, ReadonlySet<string>>) {
  return (dims: readonly string[]) => {
    const out = new Set(dims);
    let grew = true;
    while (grew) {
      grew = false;
      for (const a of [...out]) for (const b of determines.get(a) ?? []) if (!out.has(b)) { out.add(b); grew = true; }
    }
    return [...out].sort();
  };
}
