/**
 * A disclosure auditor's attack on the public API (docs/privacy-public.md, "How it is tested"): gather the published
 * answers, identify every number with the group of young people it counts, derive every sum between them a reader
 * can derive (a table and its margins, the hierarchies of areas and topics as public reference data tells them,
 * definition 23 as definition 27 below age 23, last year's numbers, changes), add non-negativity, and solve. Written
 * from the reader's side: it knows the API and public reference data, not the server's catalogue or relations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { audit } from "../../src/domain/disclosure/audit.js";
import type { SumRelation } from "../../src/domain/disclosure/relations.js";

type Value = string | number | boolean | null;
type Conditions = Record<string, Value>;

/** Municipality → labour-market region, from the public municipality table. */
function labourMarketRegions(): Map<string, string> {
  const dir = path.join(process.cwd(), "reference", "municipalities");
  const out = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, "2026.csv"), "utf8").trim().split("\n").slice(1)) {
    const [code, , , , lmr] = line.split(",");
    if (code && lmr) out.set(code, lmr);
  }
  return out;
}

/** What a reader knows of how the breakdowns nest (domain definitions and reference data). */
function parentsOf(lmr: Map<string, string>) {
  const sectorOf = (e: string) => (e.startsWith("MBO-") ? "MBO" : e === "VAVO" ? "VAVO" : "VO");
  const ageGroupOf = (a: number) => (a < 18 ? "0-17" : a < 23 ? "18-22" : "23-26");
  return (dim: string, v: Value): Conditions => {
    if (v === null) return {};
    switch (dim) {
      case "education_type": {
        const e = String(v);
        const group = /^MBO-[1-4]$/.test(e) ? e.slice(4) : e === "VO-ONDERBOUW" ? "onderbouw" : e.startsWith("VMBO-") ? "bovenbouw-vmbo" : e === "HAVO" || e === "VWO" ? "bovenbouw-havo-vwo" : null;
        return { sector: sectorOf(e), ...(group ? { norm_group: group } : {}) };
      }
      case "norm_group":
        return { sector: /^[1-4]$/.test(String(v)) ? "MBO" : "VO" };
      case "sector":
        return { vo_mbo: v === "VO" ? "vo" : "mbo" };
      case "age":
        return { age_group: ageGroupOf(Number(v)) };
      case "age_group":
        return { under_23: v !== "23-26" };
      case "municipality": {
        const l = lmr.get(String(v));
        return l ? { labour_market_region: l } : {};
      }
      default:
        return {};
    }
  };
}

export interface Observation {
  readonly teljaar: string;
  readonly stage: string;
  readonly definition: number;
  /** The breakdown values of the row (only the breakdowns of its table). */
  readonly keys: Conditions;
  readonly start_population: number | null;
  readonly vsv: number | null;
  readonly vsv_pct?: number | null;
  /** Last year's counts (undefined: the answer does not give them, only the change). */
  readonly previous?: { teljaar: string; stage: string; start_population?: number | null; vsv?: number | null; change: number | null } | null;
  /** Where it was read (for the report). */
  readonly from: string;
}

export interface AttackReport {
  readonly observations: number;
  readonly cells: number;
  readonly relations: number;
  /** Hidden somewhere, shown elsewhere. */
  readonly shownElsewhere: string[];
  /** Hidden and pinned to one value by the relations and non-negativity (interval propagation). */
  readonly pinned: string[];
  /** Hidden and pinned only by linear algebra over several relations together (exact elimination). */
  readonly pinnedByAlgebra: string[];
  /** Hidden and narrowed into 1..4. */
  readonly narrowed: string[];
  /** A percentage shown next to a hidden count of its own row. */
  readonly derivedShown: string[];
  /** The same cell shown with two different values (the attacker's model or the API is wrong). */
  readonly inconsistent: string[];
}

export class Attacker {
  private readonly parents = parentsOf(labourMarketRegions());
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly known = new Map<number, number>();
  private readonly hiddenSomewhere = new Set<number>();
  private readonly tables = new Map<string, { dims: string[]; rows: Conditions[]; prefix: string; seen: Set<string> }>();
  private readonly extra: SumRelation[] = [];
  private readonly inconsistent: string[] = [];
  private readonly derivedShown: string[] = [];
  private observations = 0;

  /** The conditions closed under what a reader knows nests (a municipality names its region's labour-market region). */
  private close(c: Conditions): Conditions {
    const out: Conditions = { ...c };
    let grew = true;
    while (grew) {
      grew = false;
      for (const [d, v] of Object.entries(out)) {
        for (const [p, pv] of Object.entries(this.parents(d, v))) {
          if (!(p in out)) {
            out[p] = pv;
            grew = true;
          }
        }
      }
    }
    return out;
  }

  private cell(measure: string, teljaar: string, stage: string, c: Conditions): number {
    const closed = this.close(c);
    const key = `${measure}|${teljaar}|${stage}|${JSON.stringify(Object.keys(closed).sort().map((k) => [k, closed[k]]))}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(key);
    }
    return id;
  }

  private see(id: number, value: number | null, hidden: boolean, from: string) {
    if (hidden || value === null) {
      this.hiddenSomewhere.add(id);
      return;
    }
    const before = this.known.get(id);
    if (before !== undefined && before !== value) this.inconsistent.push(`${this.names[id]}: ${before} and ${value} (${from})`);
    this.known.set(id, value);
  }

  /**
   * Records one row of a published answer. `complete`: the answer lists every row of its table (not a filtered
   * selection), so its rows add up to its margins.
   */
  observe(o: Observation, complete: boolean) {
    this.observations++;
    const c: Conditions = { ...o.keys, ...(o.definition === 23 ? { under_23: true } : {}) };
    const sp = this.cell("sp", o.teljaar, o.stage, c);
    const vsv = this.cell("vsv", o.teljaar, o.stage, c);
    this.see(sp, o.start_population, o.start_population === null, o.from);
    this.see(vsv, o.vsv, o.vsv === null, o.from);
    if (o.vsv_pct !== undefined && o.vsv_pct !== null && (o.vsv === null || o.start_population === null)) this.derivedShown.push(`${o.from}: vsv_pct beside a hidden count`);
    // Non-vsv'ers: the start population is the vsv'ers plus the others.
    this.extra.push({ total: sp, members: [vsv, this.cell("rest", o.teljaar, o.stage, c)] });
    if (complete) {
      const table = `${o.teljaar}|${o.stage}|${o.definition}|${Object.keys(o.keys).sort().join(",")}`;
      const t = this.tables.get(table) ?? { dims: Object.keys(o.keys).sort(), rows: [], prefix: `${o.teljaar}|${o.stage}`, seen: new Set<string>() };
      const k = JSON.stringify(c);
      if (!t.seen.has(k)) {
        t.seen.add(k);
        t.rows.push(c);
      }
      this.tables.set(table, t);
    }
    const p = o.previous;
    if (p) {
      const psp = this.cell("sp", p.teljaar, p.stage, c);
      const pvsv = this.cell("vsv", p.teljaar, p.stage, c);
      if (p.start_population !== undefined) this.see(psp, p.start_population, p.start_population === null, `${o.from} (previous)`);
      if (p.vsv !== undefined) this.see(pvsv, p.vsv, p.vsv === null, `${o.from} (previous)`);
      if (p.change !== null) {
        // vsv = previous vsv + change: a known difference.
        const d = this.constant(Math.abs(p.change));
        this.extra.push(p.change >= 0 ? { total: vsv, members: [pvsv, d] } : { total: pvsv, members: [vsv, d] });
      }
    }
  }

  /** The cell a reader names by measure, teljaar (or year), stage, definition and conditions: for answers read field by field. */
  id(measure: string, at: { readonly teljaar: string; readonly stage: string; readonly definition?: number }, keys: Conditions): number {
    return this.cell(measure, at.teljaar, at.stage, { ...keys, ...(at.definition === 23 ? { under_23: true } : {}) });
  }

  /** One published number of a cell (null: hidden). */
  read(id: number, value: number | null, from: string) {
    this.observations++;
    this.see(id, value, value === null, from);
  }

  /** A sum a reader knows holds: a row's parts add up to its total, a complete table's rows to its margin. */
  sum(total: number, members: readonly number[]) {
    this.extra.push({ total, members: [...members] });
  }

  private constant(v: number): number {
    const id = this.cell("const", "", "", { value: v });
    this.known.set(id, v);
    return id;
  }

  /** Sums: every table adds up over each breakdown to its margin, and over each breakdown's parent to that level. */
  private relations(): SumRelation[] {
    const sums: SumRelation[] = [...this.extra];
    for (const t of this.tables.values()) {
      const [teljaar, stage] = t.prefix.split("|") as [string, string];
      for (const d of [...t.dims, "under_23"]) {
        for (const measure of ["sp", "vsv"]) {
          const groups = new Map<number, number[]>();
          let complement = false;
          for (const row of t.rows) {
            if (!(d in row)) continue;
            const coarser: Conditions = { ...row };
            delete coarser[d];
            // Summed over the breakdown (its margin), or over its values within each value of a parent level.
            for (const level of [{}, ...this.levelsAbove(d, row[d]!)]) {
              const total = this.cell(measure, teljaar, stage, { ...coarser, ...level });
              const member = this.cell(measure, teljaar, stage, row);
              if (total === member) continue;
              const g = groups.get(total) ?? [];
              g.push(member);
              groups.set(total, g);
            }
            if (d === "under_23") complement = true;
          }
          for (const [total, members] of groups) {
            const unique = [...new Set(members)];
            if (complement) {
              // Definition 23's rows are definition 27's under 23: the rest (23–26) is a count nobody publishes.
              const rest = this.cell(measure, teljaar, stage, { complement_of: this.names[unique[0]!]! });
              sums.push({ total, members: [...unique, rest] });
            } else sums.push({ total, members: unique });
          }
        }
      }
    }
    return sums;
  }

  /** Every coarser level of a breakdown's value, one breakdown each (education type → sector, norm group, vo/mbo). */
  private levelsAbove(d: string, v: Value): Conditions[] {
    const out = new Map<string, Value>();
    const todo: [string, Value][] = [[d, v]];
    while (todo.length) {
      const [x, xv] = todo.pop()!;
      for (const [p, pv] of Object.entries(this.parents(x, xv))) {
        if (!out.has(p)) {
          out.set(p, pv);
          todo.push([p, pv]);
        }
      }
    }
    return [...out].map(([p, pv]) => ({ [p]: pv }));
  }

  /** Solves everything gathered and reports what a hidden number gives away. */
  solve(): AttackReport {
    const sums = this.relations();
    const known = this.names.map((_, i) => (this.known.has(i) ? this.known.get(i)! : null));
    const found = audit(sums, known);
    const bounds = audit(sums, known, { exact: false });
    const shownElsewhere: string[] = [];
    const pinned: string[] = [];
    const pinnedByAlgebra: string[] = [];
    const narrowed: string[] = [];
    for (const i of this.hiddenSomewhere) {
      const name = this.names[i]!;
      if (this.known.has(i)) shownElsewhere.push(`${name} = ${this.known.get(i)}`);
      else if (bounds.pinned[i]) pinned.push(`${name} = ${found.lo[i]}`);
      else if (found.pinned[i]) pinnedByAlgebra.push(name);
      else if (found.lo[i]! >= 1 && found.hi[i]! <= 4) narrowed.push(`${name} in ${found.lo[i]}..${found.hi[i]}`);
    }
    return { observations: this.observations, cells: this.names.length, relations: sums.length, shownElsewhere, pinned, pinnedByAlgebra, narrowed, derivedShown: this.derivedShown, inconsistent: this.inconsistent };
  }
}
