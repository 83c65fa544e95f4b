/**
 * Public steering figures on what becomes of young people (docs/follow-up.md):
 *   GET /api/v1/steering/follow-up            vsv'ers of a teljaar on 1 October t+2: SK, education, work, still vsv'er
 *   GET /api/v1/steering/follow-up/mbo-work   mbo leavers with and without SK who work a year later
 *   GET /api/v1/steering/neet                 15–26 year-olds in neither education nor work
 *   GET /api/v1/steering/vulnerable           vso, pro, entree and mbo-2 BOL: pupils, leavers and a year later
 *   GET /api/v1/steering/transitions          vso → mbo (entree/mbo-2 dropout by origin) and vmbo → mbo
 * Every count goes through the count-cube suppression (src/domain/steering/follow-up-cube.ts); counts 1–4 and
 * whatever would let them be recomputed are null and named in `suppressed`.
 */
import type { FastifyInstance } from "fastify";
import { officialDefinition } from "../../domain/definition.js";
import { type Teljaar, startYear, tryParseTeljaar } from "../../domain/teljaar.js";
import { FOLLOW_UP_SITUATIONS, LETTER_2014_FOLLOW_UP, followUpDate } from "../../domain/steering/follow-up.js";
import { ALL, type Cube, pct, suppressCube, suppressCubes } from "../../domain/steering/follow-up-cube.js";
import { NEET_AGE_LIMIT, NEET_MIN_AGE, neetPeildatum } from "../../domain/steering/neet.js";
import { AFTER_LEAVING, ORIGINS, VMBO_LEVELS, VMBO_MBO_OUTCOMES, VSO_MBO_LEVELS, VULNERABLE_GROUPS } from "../../domain/steering/transitions.js";
import { MBO_WORK_BREAKDOWNS, type MboWorkBreakdown, mboWorkCounts } from "../../engine/steering-follow-up.js";
import { neetCounts } from "../../engine/steering-neet.js";
import { countsOf, vmboMboPersonsSql, vulnerablePersonsSql } from "../../engine/steering-transitions.js";
import { linkedCube } from "../../service/public-figures.js";
import type { RouteContext } from "../context.js";
import { SUPPRESSED_TEXT, send, type ExportRow } from "../export.js";
import { badParam, notFound } from "../problem.js";
import type { Store } from "../../service/store.js";
import { format, ok, query } from "../schemas.js";

const UNKNOWN = "";


function followUpTeljaar(store: Store, text: string | undefined): Teljaar {
  const list = store.followUpTeljaren;
  if (list.length === 0) throw notFound("No teljaar can be followed up: that needs definitive figures on a register that holds the situation on 1 October of year t+2");
  if (text === undefined || text === "") return list.at(-1)!;
  const t = tryParseTeljaar(text);
  if (!t || !list.includes(t)) throw badParam("teljaar", `"${text}" cannot be followed up: use one of ${list.join(", ")}`);
  return t;
}

/** NEET years: for every teljaar that can be followed up, its first and second peildatum's year. */
export function neetYears(store: Store): number[] {
  return [...new Set(store.followUpTeljaren.flatMap((t) => [startYear(t), startYear(t) + 1]))].sort();
}

/** Copies counts and percentages into a row; names null counts in `suppressed`. */
function fill(row: Record<string, unknown>, fields: Record<string, number | null>, suppressed: string[]) {
  for (const [k, v] of Object.entries(fields)) {
    row[k] = v;
    if (v === null) suppressed.push(k);
  }
}

/** A row for export: hidden counts as "x" (the export writes other hidden values as "x" too). */
function forExport(rows: readonly Record<string, unknown>[], counts: readonly string[]): ExportRow[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (k === "suppressed") continue;
      out[k] = v === null && counts.includes(k) && (r.suppressed as string[]).includes(k) ? SUPPRESSED_TEXT : v;
    }
    return out as ExportRow;
  });
}

/** Rows of an area × category cube: total, each category's count and share. */
function areaRows(cube: Cube, categories: readonly { key: string; field: string }[], totalField: string, names: ReadonlyMap<string, string | null>) {
  const areas = [ALL, ...cube.values[0]!];
  return areas.map((a) => {
    const suppressed: string[] = [];
    const row: Record<string, unknown> = { code: a === ALL ? "NL" : a === UNKNOWN ? null : a, name: a === ALL ? "Nederland" : (names.get(a) ?? null) };
    const total = cube.count([a, ALL]);
    fill(row, { [totalField]: total }, suppressed);
    for (const c of categories) {
      const n = cube.count([a, c.key]);
      fill(row, { [c.field]: n }, suppressed);
      row[`${c.field}_pct`] = pct(n, total);
    }
    row.suppressed = suppressed;
    return row;
  });
}

const SITUATION_FIELDS = FOLLOW_UP_SITUATIONS.map((s) => ({ key: s, field: s === "vsv" ? "still_vsv" : s }));

export function steeringFollowUpRoutes(app: FastifyInstance, ctx: RouteContext) {
  const teljaar = { type: "string", description: "Teljaar whose vsv'ers or leavers are followed up (default: the latest that can be)", examples: ["2022-2023"] } as const;

  app.get<{ Querystring: { teljaar?: string; by?: "region"; format?: string } }>(
    "/follow-up",
    {
      schema: {
        summary: "The vsv'ers of a teljaar one year later (1 October t+2): SK obtained, back in education, working 12+ hours, still vsv'er",
        tags: ["figures"],
        querystring: query({ teljaar, by: { type: "string", enum: ["region"], description: "region: also per RMC region" }, format }),
        response: ok("{teljaar, teljaren (those that can be followed up), pending:[{teljaar, date}] (later teljaren not followed up yet: their follow-up day is after what the register holds), definition, stage, date, situations, rows:[{code, name, vsv, sk, sk_pct, education, education_pct, work, work_pct, still_vsv, still_vsv_pct, suppressed}], reference}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const t = followUpTeljaar(store, request.query.teljaar);
      const { cube, names } = await linkedCube(store, t, "follow_up");
      const all = areaRows(cube, SITUATION_FIELDS, "vsv", names);
      const rows = request.query.by === "region" ? all : all.slice(0, 1);
      const national = all[0]!;
      const reference = {
        ...LETTER_2014_FOLLOW_UP,
        shares: LETTER_2014_FOLLOW_UP.shares.map((s) => {
          const parts = s.ours.map((o) => cube.count([ALL, o]));
          const n = parts.some((p) => p === null) ? null : parts.reduce<number>((a, b) => a + b!, 0);
          return { ...s, ours_pct: pct(n, national.vsv as number | null) };
        }),
      };
      // Later teljaren whose follow-up day the register does not hold yet: "nog niet bekend", never a 0%.
      const pending = store.teljaren.filter((x) => x > store.followUpTeljaren.at(-1)!).map((x) => ({ teljaar: x, date: followUpDate(x) }));
      const json = { teljaar: t, teljaren: store.followUpTeljaren, pending, definition: officialDefinition(t), stage: "definitive", date: followUpDate(t), situations: SITUATION_FIELDS.map((s) => s.field), rows, reference };
      return send(request, reply, json, () => ({ file: `vsv-vervolg-${t}`, title: `Vsv'ers van ${t} een jaar later (1 oktober ${startYear(t) + 2})`, rows: forExport(rows, ["vsv", ...SITUATION_FIELDS.map((s) => s.field)]) }));
    },
  );

  app.get<{ Querystring: { teljaar?: string; by?: MboWorkBreakdown; format?: string } }>(
    "/follow-up/mbo-work",
    {
      schema: {
        summary: "mbo leavers of a teljaar with and without SK: how many work 12+ hours a week a year later",
        tags: ["figures"],
        querystring: query({ teljaar, by: { type: "string", enum: [...MBO_WORK_BREAKDOWNS], default: "labour_market_region" }, format }),
        response: ok("{teljaar, date, by, rows:[{code, name, leavers, working, working_pct, with_sk_leavers, with_sk_working, with_sk_working_pct, without_sk_leavers, without_sk_working, without_sk_working_pct, suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const t = followUpTeljaar(store, request.query.teljaar);
      const by = request.query.by ?? "labour_market_region";
      // Every breakdown counts the same leavers: protected together, so the national row is one set of cells.
      const cubes = await store.memo(`mbo-work|${t}`, async () => {
        const all: Awaited<ReturnType<typeof mboWorkCounts>>[] = [];
        for (const b of MBO_WORK_BREAKDOWNS) all.push(await mboWorkCounts(store.conn, t, b));
        const tables = all.map((counts) => ({ inputs: counts.map((c) => ({ keys: [c.key ?? UNKNOWN, String(c.with_sk), String(c.working)], count: c.n })), dims: 3, domains: [undefined, ["true", "false"], ["true", "false"]] }));
        const protectedCubes = suppressCubes(tables);
        return new Map(MBO_WORK_BREAKDOWNS.map((b, i) => [b, { cube: protectedCubes[i]!, names: new Map(all[i]!.map((c) => [c.key ?? UNKNOWN, c.name])) }]));
      });
      const { cube, names } = cubes.get(by)!;
      const rows = [ALL, ...cube.values[0]!].map((k) => {
        const suppressed: string[] = [];
        const row: Record<string, unknown> = { code: k === ALL ? "NL" : k === UNKNOWN ? null : k, name: k === ALL ? "Nederland" : (names.get(k) ?? null) };
        for (const [prefix, sk] of [["", ALL], ["with_sk_", "true"], ["without_sk_", "false"]] as const) {
          const leavers = cube.count([k, sk, ALL]);
          const working = cube.count([k, sk, "true"]);
          fill(row, { [`${prefix}leavers`]: leavers, [`${prefix}working`]: working }, suppressed);
          row[`${prefix}working_pct`] = pct(working, leavers);
        }
        row.suppressed = suppressed;
        return row;
      });
      const countFields = ["leavers", "working", "with_sk_leavers", "with_sk_working", "without_sk_leavers", "without_sk_working"];
      return send(request, reply, { teljaar: t, date: followUpDate(t), by, rows }, () => ({ file: `vsv-mbo-werk-${t}-${by}`, title: `mbo-verlaters van ${t} met werk een jaar later, per ${by}`, rows: forExport(rows, countFields) }));
    },
  );

  app.get<{ Querystring: { year?: number; by?: "region"; format?: string } }>(
    "/neet",
    {
      schema: {
        summary: `Young people aged ${NEET_MIN_AGE} to ${NEET_AGE_LIMIT - 1} in neither education nor work on 1 October of a year, nationally and per RMC region`,
        tags: ["figures"],
        querystring: query({ year: { type: "integer", minimum: 1900, maximum: 2200, description: "Year of the peildatum 1 October (default: the latest available)" }, by: { type: "string", enum: ["region"] }, format }),
        response: ok("{year, date, years, rows:[{code, name, population, neet, neet_pct, suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const years = neetYears(store);
      if (years.length === 0) throw notFound("No NEET year is available: that needs definitive figures on a register that reaches 1 October of year t+2");
      const year = request.query.year ?? years.at(-1)!;
      if (!years.includes(year)) throw badParam("year", `${year} is not available: use one of ${years.join(", ")}`);
      const { cube, names } = await store.memo(`neet|${year}`, async () => {
        const counts = await neetCounts(store.conn, year);
        const inputs = counts.map((c) => ({ keys: [c.region ?? UNKNOWN, String(c.neet)], count: c.n }));
        return { cube: suppressCube(inputs, 2, [undefined, ["true", "false"]]), names: new Map(counts.map((c) => [c.region ?? UNKNOWN, c.region_name])) };
      });
      const all = areaRows(cube, [{ key: "true", field: "neet" }], "population", names);
      const rows = request.query.by === "region" ? all : all.slice(0, 1);
      return send(request, reply, { year, date: neetPeildatum(year), years, rows }, () => ({ file: `vsv-neet-${year}`, title: `Jongeren zonder school en werk, 1 oktober ${year}`, rows: forExport(rows, ["population", "neet"]) }));
    },
  );

  app.get<{ Querystring: { teljaar?: string; format?: string } }>(
    "/vulnerable",
    {
      schema: {
        summary: "Youth in a vulnerable position: vso, pro, entree and mbo-2 BOL pupils of a teljaar, who left, and where the leavers are a year later",
        tags: ["figures"],
        querystring: query({ teljaar, format }),
        response: ok("{teljaar, date, rows:[{group, pupils, stayed, leavers, education, education_pct, work, work_pct, neither, neither_pct, suppressed}]} (percentages of leavers)"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const t = followUpTeljaar(store, request.query.teljaar);
      const cube = await store.memo(`vulnerable|${t}`, async () => {
        const counts = await countsOf(store.conn, vulnerablePersonsSql(t), ["group", "leaver", "after"]);
        const inputs = counts.map((c) => ({ keys: [c.keys[0]!, c.keys[1]!, c.keys[2] === "" ? "stayed" : c.keys[2]!], count: c.n }));
        return suppressCube(inputs, 3, [VULNERABLE_GROUPS, ["true", "false"], ["stayed", ...AFTER_LEAVING]]);
      });
      const rows = [...VULNERABLE_GROUPS, ALL].map((g) => {
        const suppressed: string[] = [];
        const row: Record<string, unknown> = { group: g === ALL ? "total" : g };
        const leavers = cube.count([g, "true", ALL]);
        fill(row, { pupils: cube.count([g, ALL, ALL]), stayed: cube.count([g, "false", ALL]), leavers }, suppressed);
        for (const a of AFTER_LEAVING) {
          const n = cube.count([g, "true", a]);
          fill(row, { [a]: n }, suppressed);
          row[`${a}_pct`] = pct(n, leavers);
        }
        row.suppressed = suppressed;
        return row;
      });
      return send(request, reply, { teljaar: t, date: followUpDate(t), rows }, () => ({ file: `vsv-kwetsbaar-${t}`, title: `Jongeren in een kwetsbare positie, ${t}`, rows: forExport(rows, ["pupils", "stayed", "leavers", ...AFTER_LEAVING]) }));
    },
  );

  app.get<{ Querystring: { teljaar?: string; format?: string } }>(
    "/transitions",
    {
      schema: {
        summary: "vso → mbo: vsv among entree and mbo-2 students by origin (vso, pro, other); vmbo → mbo: vmbo graduates who did not start mbo or left it in the first year",
        tags: ["figures"],
        querystring: query({ teljaar, format }),
        response: ok("{teljaar, definition, vso_mbo:[{level, origin, start_population, vsv, vsv_pct, suppressed}], vmbo_mbo:[{vmbo_level, graduates, mbo_stayed, mbo_left_first_year, other_education, no_education (+ _pct), suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const t = followUpTeljaar(store, request.query.teljaar);
      const vsoCube = (await linkedCube(store, t, "vso_mbo")).cube;
      const vmboCube = await store.memo(`vmbo-mbo|${t}`, async () => {
        const vmbo = await countsOf(store.conn, vmboMboPersonsSql(t), ["vmbo_level", "outcome"]);
        return suppressCube(vmbo.map((c) => ({ keys: c.keys, count: c.n })), 2, [VMBO_LEVELS, VMBO_MBO_OUTCOMES]);
      });
      const vsoMbo = [...VSO_MBO_LEVELS, ALL].flatMap((l) =>
        [...ORIGINS, ALL].map((o) => {
          const suppressed: string[] = [];
          const row: Record<string, unknown> = { level: l === ALL ? "total" : l, origin: o === ALL ? "total" : o };
          const sp = vsoCube.count([l, o, ALL]);
          const vsv = vsoCube.count([l, o, "true"]);
          fill(row, { start_population: sp, vsv }, suppressed);
          row.vsv_pct = pct(vsv, sp);
          row.suppressed = suppressed;
          return row;
        }),
      );
      const vmboMbo = [...VMBO_LEVELS, ALL].map((l) => {
        const suppressed: string[] = [];
        const row: Record<string, unknown> = { vmbo_level: l === ALL ? "total" : l };
        const total = vmboCube.count([l, ALL]);
        fill(row, { graduates: total }, suppressed);
        for (const o of VMBO_MBO_OUTCOMES) {
          const n = vmboCube.count([l, o]);
          fill(row, { [o]: n }, suppressed);
          row[`${o}_pct`] = pct(n, total);
        }
        row.suppressed = suppressed;
        return row;
      });
      const json = { teljaar: t, definition: officialDefinition(t), vso_mbo: vsoMbo, vmbo_mbo: vmboMbo };
      return send(request, reply, json, () => ({
        file: `vsv-overgangen-${t}`,
        title: `Overgangen vso → mbo en vmbo → mbo, ${t}`,
        rows: [
          ...forExport(vsoMbo.map((r) => ({ table: "vso_mbo", ...r })), ["start_population", "vsv"]),
          ...forExport(vmboMbo.map((r) => ({ table: "vmbo_mbo", ...r })), ["graduates", ...VMBO_MBO_OUTCOMES]),
        ],
      }));
    },
  );
}
