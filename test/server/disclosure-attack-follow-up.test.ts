/**
 * Our own disclosure attack on the public answers about what becomes of young people (follow-up, mbo leavers' work,
 * NEET, vulnerable groups, transitions, the target group of the Wet van school naar duurzaam werk), together with the figures tables they share young people with: a
 * follow-up's region total is the region's definitive vsv count, the vso → mbo table's levels are the national
 * entree and mbo-2 cells, and the mbo-work breakdowns share their national row (docs/privacy-public.md).
 */
import { describe, expect, it } from "vitest";
import { Attacker } from "../support/disclosure-attacker.js";
import { useDemoApp } from "../support/demo-app.js";

const demo = useDemoApp("vsv-attack-fu-");

type Row = Record<string, unknown>;

async function json(url: string) {
  const r = await demo.app.inject({ url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
  return JSON.parse(r.body);
}

const count = (v: unknown) => (typeof v === "number" ? v : null);

describe("the disclosure attack on the follow-up answers", () => {
  it("recovers no hidden count from the follow-up, NEET, vulnerable and transition answers with the figures they share people with", async () => {
    const attacker = new Attacker();
    const first = await json("/api/v1/steering/follow-up");
    const teljaren = first.teljaren as string[];
    expect(teljaren.length).toBeGreaterThan(0);
    for (const teljaar of teljaren) {
      const fu = await json(`/api/v1/steering/follow-up?teljaar=${teljaar}&by=region`);
      const at = { teljaar, stage: "definitive", definition: fu.definition as number };
      const q = `teljaar=${teljaar}&stage=definitive&definition=${at.definition}`;
      // The figures a reader puts beside it: the same teljaar's regions and education types, definitive.
      for (const by of ["", "region", "education_type"]) {
        const f = await json(`/api/v1/figures?${q}${by ? `&by=${by}` : ""}`);
        for (const r of [...f.rows, ...(f.total ? [f.total] : [])] as Row[]) {
          const keys = Object.fromEntries((f.by as string[]).filter((d) => d in r).map((d) => [d, (r[d] as string | null) ?? null]));
          attacker.observe({ ...at, keys, start_population: count(r.start_population), vsv: count(r.vsv), from: `figures?by=${by}` }, true);
        }
      }
      // Follow-up: a region's vsv'ers are its definitive vsv count, split over the situations a year later.
      const situations = fu.situations as string[];
      const national = (measure: string) => attacker.id(measure, at, {});
      const byRegion = new Map<string, number[]>();
      for (const r of fu.rows as Row[]) {
        const keys: Record<string, string | null> = r.code === "NL" ? {} : { region: (r.code as string | null) ?? null };
        const total = attacker.id("vsv", at, keys);
        attacker.read(total, count(r.vsv), "follow-up");
        const parts = situations.map((s) => {
          const id = attacker.id(`follow-up ${s}`, at, keys);
          attacker.read(id, count(r[s]), `follow-up ${s}`);
          if (r.code !== "NL") byRegion.set(s, [...(byRegion.get(s) ?? []), id]);
          return id;
        });
        attacker.sum(total, parts);
      }
      for (const s of situations) attacker.sum(national(`follow-up ${s}`), byRegion.get(s)!);

      // vso → mbo: entree and mbo-2 by origin; a level's total is the national cell of its education type.
      const tr = await json(`/api/v1/steering/transitions?teljaar=${teljaar}`);
      const typeOf: Record<string, string | null> = { entree: "MBO-1", mbo2: "MBO-2", total: null };
      const vso = (measure: string, level: string, origin: string) => {
        const keys: Record<string, string> = typeOf[level] ? { education_type: typeOf[level]! } : { vso_mbo_levels: "entree+mbo2" };
        return attacker.id(measure, at, origin === "total" ? keys : { ...keys, origin });
      };
      for (const r of tr.vso_mbo as Row[]) {
        const level = r.level as string;
        const origin = r.origin as string;
        const sp = vso("sp", level, origin);
        const v = vso("vsv", level, origin);
        attacker.read(sp, count(r.start_population), "transitions vso_mbo");
        attacker.read(v, count(r.vsv), "transitions vso_mbo");
        attacker.sum(sp, [v, vso("rest", level, origin)]);
      }
      const levels = Object.keys(typeOf).filter((l) => l !== "total");
      const origins = [...new Set((tr.vso_mbo as Row[]).map((r) => r.origin as string))].filter((o) => o !== "total");
      for (const m of ["sp", "vsv"]) {
        for (const l of [...levels, "total"]) attacker.sum(vso(m, l, "total"), origins.map((o) => vso(m, l, o)));
        for (const o of [...origins, "total"]) attacker.sum(vso(m, "total", o), levels.map((l) => vso(m, l, o)));
      }
      // vmbo → mbo: graduates by outcome, per vmbo level and in total (a population of its own).
      const outcomes = ["mbo_stayed", "mbo_left_first_year", "other_education", "no_education"];
      const vmbo = (m: string, level: string) => attacker.id(`vmbo-mbo ${m}`, at, { vmbo_level: level });
      for (const r of tr.vmbo_mbo as Row[]) {
        const level = r.vmbo_level as string;
        attacker.read(vmbo("graduates", level), count(r.graduates), "transitions vmbo_mbo");
        for (const o of outcomes) attacker.read(vmbo(o, level), count(r[o]), "transitions vmbo_mbo");
        attacker.sum(vmbo("graduates", level), outcomes.map((o) => vmbo(o, level)));
      }
      const vmboLevels = (tr.vmbo_mbo as Row[]).map((r) => r.vmbo_level as string).filter((l) => l !== "total");
      for (const m of ["graduates", ...outcomes]) attacker.sum(vmbo(m, "total"), vmboLevels.map((l) => vmbo(m, l)));

      // Vulnerable groups: pupils who stayed or left, and where the leavers are.
      const vu = await json(`/api/v1/steering/vulnerable?teljaar=${teljaar}`);
      const after = ["education", "work", "neither"];
      const vul = (m: string, group: string) => attacker.id(`vulnerable ${m}`, at, { group });
      for (const r of vu.rows as Row[]) {
        const g = r.group as string;
        for (const m of ["pupils", "stayed", "leavers", ...after]) attacker.read(vul(m, g), count(r[m]), "vulnerable");
        attacker.sum(vul("pupils", g), [vul("stayed", g), vul("leavers", g)]);
        attacker.sum(vul("leavers", g), after.map((a) => vul(a, g)));
      }
      const groups = (vu.rows as Row[]).map((r) => r.group as string).filter((g) => g !== "total");
      for (const m of ["pupils", "stayed", "leavers", ...after]) attacker.sum(vul(m, "total"), groups.map((g) => vul(m, g)));

      // mbo leavers' work: every breakdown of the same leavers shares the national row.
      for (const by of ["labour_market_region", "programme", "level"]) {
        const mw = await json(`/api/v1/steering/follow-up/mbo-work?teljaar=${teljaar}&by=${by}`);
        const cell = (m: string, code: unknown) => attacker.id(`mbo-work ${m}`, at, code === "NL" ? {} : { [`mbo_work_${by}`]: (code as string | null) ?? null });
        const fields = ["leavers", "working", "with_sk_leavers", "with_sk_working", "without_sk_leavers", "without_sk_working"];
        for (const r of mw.rows as Row[]) {
          for (const f of fields) attacker.read(cell(f, r.code), count(r[f]), `mbo-work by ${by}`);
          attacker.sum(cell("leavers", r.code), [cell("with_sk_leavers", r.code), cell("without_sk_leavers", r.code)]);
          attacker.sum(cell("working", r.code), [cell("with_sk_working", r.code), cell("without_sk_working", r.code)]);
          for (const p of ["", "with_sk_", "without_sk_"]) attacker.sum(cell(`${p}leavers`, r.code), [cell(`${p}working`, r.code), cell(`${p}not_working`, r.code)]);
        }
        const codes = (mw.rows as Row[]).map((r) => r.code).filter((c) => c !== "NL");
        for (const f of fields) attacker.sum(cell(f, "NL"), codes.map((c) => cell(f, c)));
      }
    }
    // NEET: every year a reader can ask for, by region.
    const neetYears = (await json("/api/v1/steering/neet")).years as number[];
    for (const year of neetYears) {
      const ne = await json(`/api/v1/steering/neet?year=${year}&by=region`);
      const at = { teljaar: String(year), stage: "neet" };
      const cell = (m: string, code: unknown) => attacker.id(`neet ${m}`, at, code === "NL" ? {} : { region: (code as string | null) ?? null });
      for (const r of ne.rows as Row[]) {
        attacker.read(cell("population", r.code), count(r.population), "neet");
        attacker.read(cell("neet", r.code), count(r.neet), "neet");
        attacker.sum(cell("population", r.code), [cell("neet", r.code), cell("rest", r.code)]);
      }
      const codes = (ne.rows as Row[]).map((r) => r.code).filter((c) => c !== "NL");
      for (const m of ["population", "neet"]) attacker.sum(cell(m, "NL"), codes.map((c) => cell(m, c)));
    }
    // The target group of the Wet van school naar duurzaam werk: region × group with its margins, one reference day.
    const tg = await json("/api/v1/steering/target-group?by=region");
    const tgAt = { teljaar: tg.date as string, stage: "target_group" };
    const tgCell = (m: string, code: unknown) => attacker.id(`target group ${m}`, tgAt, code === "NL" ? {} : { region: (code as string | null) ?? null });
    const groups = tg.groups as string[];
    expect((tg.rows as Row[]).length).toBeGreaterThan(1);
    for (const r of tg.rows as Row[]) {
      for (const m of ["total", ...groups]) attacker.read(tgCell(m, r.code), count(r[m]), "target_group");
      attacker.sum(tgCell("total", r.code), groups.map((g) => tgCell(g, r.code)));
    }
    const tgCodes = (tg.rows as Row[]).map((r) => r.code).filter((c) => c !== "NL");
    for (const m of ["total", ...groups]) attacker.sum(tgCell(m, "NL"), tgCodes.map((c) => tgCell(m, c)));
    const report = attacker.solve();
    console.log(`follow-up disclosure attack: ${report.observations} numbers read, ${report.cells} cells, ${report.relations} relations; shown elsewhere ${report.shownElsewhere.length}, pinned ${report.pinned.length}, pinned by linear algebra only ${report.pinnedByAlgebra.length}, narrowed into 1..4 ${report.narrowed.length}`);
    expect(report.inconsistent.slice(0, 5)).toEqual([]);
    expect(report.shownElsewhere.slice(0, 5)).toEqual([]);
    expect(report.pinned.slice(0, 12)).toEqual([]);
    expect(report.narrowed.slice(0, 5)).toEqual([]);
    expect(report.pinnedByAlgebra.slice(0, 5)).toEqual([]);
  }, 600_000);
});
