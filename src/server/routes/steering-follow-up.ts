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
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { officialDefinition } from "../../domain/definition.js";
import { type Teljaar, startYear, tryParseTeljaar } from "../../domain/teljaar.js";
import { FOLLOW_UP_SITUATIONS, LETTER_2014_FOLLOW_UP, followUpDate } from "../../domain/steering/follow-up.js";
import { ALL, type Cube, pct, suppressCube, suppressCubes } from "../../domain/steering/follow-up-cube.js";
import { NEET_AGE_LIMIT, NEET_MIN_AGE, neetPeildatum } from "../../domain/steering/neet.js";
import { AFTER_LEAVING, ORIGINS, VMBO_LEVELS, VMBO_MBO_OUTCOMES, VSO_MBO_LEVELS, VULNERABLE_GROUPS } from "../../domain/steering/transitions.js";
import { MBO_WORK_BREAKDOWNS, mboWorkCounts } from "../../engine/steering-follow-up.js";
import { neetCounts } from "../../engine/steering-neet.js";
import { countsOf, vmboMboPersonsSql, vulnerablePersonsSql } from "../../engine/steering-transitions.js";
import { linkedCube } from "../../service/public-figures.js";
import type { RouteContext } from "../context.js";
import { badParam, notFound } from "../problem.js";
import type { Store } from "../../service/store.js";
import { NOT_FOUND, NO_DATA, jsonOrDownload } from "../contract/responses.js";
import { FollowUp, FollowUpQuery, FollowUpTeljaarQuery, MboWork, MboWorkQuery, Neet, NeetQuery, Transitions, Vulnerable } from "../contract/steering.js";
import { answer } from "../steering-answers.js";

const UNKNOWN = "";


function followUpTeljaar(store: Store, text: string | undefined): Teljaar {
  const list = store.followUpTeljaren;
  if (list.length === 0) throw notFound("Er is geen teljaar dat gevolgd kan worden: daarvoor zijn definitieve cijfers nodig op een register dat de situatie op 1 oktober van jaar t+2 bevat; importeer een later register en bereken de cijfers opnieuw");
  if (text === undefined || text === "") return list.at(-1)!;
  const t = tryParseTeljaar(text);
  if (!t || !list.includes(t)) throw badParam("teljaar", `"${text}" kan niet gevolgd worden: kies uit ${list.join(", ")}`);
  return t;
}

/** NEET years: for every teljaar that can be followed up, its first and second peildatum's year. */
export function neetYears(store: Store): number[] {
  return [...new Set(store.followUpTeljaren.flatMap((t) => [startYear(t), startYear(t) + 1]))].sort();
}

/** Counts of a row: each as given, named in `suppressed` when hidden (null). */
function counts<F extends string>(fields: { readonly [K in F]: number | null }, suppressed: string[]): { [K in F]: number | null } {
  for (const [k, v] of Object.entries(fields) as [string, number | null][]) if (v === null) suppressed.push(k);
  return fields;
}

/**
 * Counts with their share of a whole: `<field>` and `<field>_pct`, each hidden count named in `suppressed`, and each
 * share that is null because its count or its whole is hidden too (a share of 0 people is not hidden: not applicable).
 */
function shares<F extends string>(fields: readonly F[], count: (field: F) => number | null, whole: number | null, suppressed: string[]) {
  const out: Record<string, number | null> = {};
  for (const f of fields) {
    const n = count(f);
    out[f] = n;
    if (n === null) suppressed.push(f);
    out[`${f}_pct`] = pct(n, whole);
    if (n === null || whole === null) suppressed.push(`${f}_pct`);
  }
  return out as { [K in F]: number | null } & { [K in `${F}_pct`]: number | null };
}


/** The area of a cube's row: NL for the whole, null for the unknown area. */
function area(a: string, names: ReadonlyMap<string, string | null>) {
  return { code: a === ALL ? "NL" : a === UNKNOWN ? null : a, name: a === ALL ? "Nederland" : (names.get(a) ?? null) };
}

/** Rows of an area × category cube: the total, and each category's count and share. */
function areaRows<T extends string, F extends string>(cube: Cube, categories: readonly { key: string; field: F }[], totalField: T, names: ReadonlyMap<string, string | null>) {
  return [ALL, ...cube.values[0]!].map((a) => {
    const suppressed: string[] = [];
    const total = cube.count([a, ALL]);
    const byField = new Map(categories.map((c) => [c.field, c.key]));
    return {
      ...area(a, names),
      ...counts({ [totalField]: total } as { [K in T]: number | null }, suppressed),
      ...shares(categories.map((c) => c.field), (f) => cube.count([a, byField.get(f)!]), total, suppressed),
      suppressed,
    };
  });
}

const SITUATION_FIELDS = FOLLOW_UP_SITUATIONS.map((s) => ({ key: s as string, field: s === "vsv" ? ("still_vsv" as const) : s }));

export function steeringFollowUpRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const refusals = { ...NOT_FOUND, ...NO_DATA };

  app.get(
    "/follow-up",
    {
      schema: {
        summary: "De vsv'ers van een teljaar een jaar later (1 oktober t+2): startkwalificatie behaald, weer in het onderwijs, werkt 12 uur of meer, nog steeds vsv'er",
        description: "404 als geen teljaar gevolgd kan worden (het register reikt nog niet tot 1 oktober t+2). Latere teljaren staan in pending: nog niet bekend, nooit 0%.",
        tags: ["figures"],
        querystring: FollowUpQuery,
        response: { 200: jsonOrDownload(FollowUp, "De vsv'ers een jaar later"), ...refusals },
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
          return { ...s, ours_pct: pct(n, national.vsv) };
        }),
      };
      // Later teljaren whose follow-up day the register does not hold yet: "nog niet bekend", never a 0%.
      const pending = store.teljaren.filter((x) => x > store.followUpTeljaren.at(-1)!).map((x) => ({ teljaar: x, date: followUpDate(x) }));
      const json = { teljaar: t, teljaren: store.followUpTeljaren, pending, definition: officialDefinition(t), stage: "definitive" as const, date: followUpDate(t), situations: SITUATION_FIELDS.map((s) => s.field), rows, reference };
      return answer(request, reply, json, () => ({ file: `vsv-vervolg-${t}`, title: `Vsv'ers van ${t} een jaar later (1 oktober ${startYear(t) + 2})`, rows }));
    },
  );

  app.get(
    "/follow-up/mbo-work",
    {
      schema: {
        summary: "Mbo-verlaters van een teljaar met en zonder startkwalificatie: hoeveel werken een jaar later 12 uur of meer per week",
        tags: ["figures"],
        querystring: MboWorkQuery,
        response: { 200: jsonOrDownload(MboWork, "Mbo-verlaters met werk"), ...refusals },
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
        const of = (sk: string) => {
          const leavers = cube.count([k, sk, ALL]);
          return { leavers, ...shares(["working"], () => cube.count([k, sk, "true"]), leavers, []) };
        };
        // Hidden counts are named in `suppressed` with their prefix, in the order of the fields.
        const all = of(ALL);
        const withSk = of("true");
        const withoutSk = of("false");
        const hidden = (prefix: string, x: { leavers: number | null; working: number | null }) => [...(x.leavers === null ? [`${prefix}leavers`] : []), ...(x.working === null ? [`${prefix}working`] : [])];
        return {
          ...area(k, names),
          leavers: all.leavers,
          working: all.working,
          working_pct: all.working_pct,
          with_sk_leavers: withSk.leavers,
          with_sk_working: withSk.working,
          with_sk_working_pct: withSk.working_pct,
          without_sk_leavers: withoutSk.leavers,
          without_sk_working: withoutSk.working,
          without_sk_working_pct: withoutSk.working_pct,
          suppressed: [...hidden("", all), ...hidden("with_sk_", withSk), ...hidden("without_sk_", withoutSk)],
        };
      });
      return answer(request, reply, { teljaar: t, date: followUpDate(t), by, rows }, () => ({ file: `vsv-mbo-werk-${t}-${by}`, title: `mbo-verlaters van ${t} met werk een jaar later, per ${by}`, rows }));
    },
  );

  app.get(
    "/neet",
    {
      schema: {
        summary: `Jongeren van ${NEET_MIN_AGE} tot en met ${NEET_AGE_LIMIT - 1} jaar zonder school en zonder werk op 1 oktober van een jaar, landelijk en per RMC-regio`,
        tags: ["figures"],
        querystring: NeetQuery,
        response: { 200: jsonOrDownload(Neet, "Jongeren zonder school en werk"), ...refusals },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const years = neetYears(store);
      if (years.length === 0) throw notFound("Er is geen NEET-jaar beschikbaar: daarvoor zijn definitieve cijfers nodig op een register dat tot 1 oktober van jaar t+2 reikt; importeer een later register en bereken de cijfers opnieuw");
      const year = request.query.year ?? years.at(-1)!;
      if (!years.includes(year)) throw badParam("year", `${year} is niet beschikbaar: kies uit ${years.join(", ")}`);
      const { cube, names } = await store.memo(`neet|${year}`, async () => {
        const counts = await neetCounts(store.conn, year);
        const inputs = counts.map((c) => ({ keys: [c.region ?? UNKNOWN, String(c.neet)], count: c.n }));
        return { cube: suppressCube(inputs, 2, [undefined, ["true", "false"]]), names: new Map(counts.map((c) => [c.region ?? UNKNOWN, c.region_name])) };
      });
      const all = areaRows(cube, [{ key: "true", field: "neet" }], "population", names);
      const rows = request.query.by === "region" ? all : all.slice(0, 1);
      return answer(request, reply, { year, date: neetPeildatum(year), years, rows }, () => ({ file: `vsv-neet-${year}`, title: `Jongeren zonder school en werk, 1 oktober ${year}`, rows }));
    },
  );

  app.get(
    "/vulnerable",
    {
      schema: {
        summary: "Jongeren in een kwetsbare positie: leerlingen vso, pro, entree en mbo-2 bol van een teljaar, wie vertrok, en waar de verlaters een jaar later zijn",
        description: "De percentages zijn van de verlaters.",
        tags: ["figures"],
        querystring: FollowUpTeljaarQuery,
        response: { 200: jsonOrDownload(Vulnerable, "Jongeren in een kwetsbare positie"), ...refusals },
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
        const leavers = cube.count([g, "true", ALL]);
        return {
          group: g === ALL ? "total" : g,
          ...counts({ pupils: cube.count([g, ALL, ALL]), stayed: cube.count([g, "false", ALL]), leavers }, suppressed),
          ...shares(AFTER_LEAVING, (a) => cube.count([g, "true", a]), leavers, suppressed),
          suppressed,
        };
      });
      return answer(request, reply, { teljaar: t, date: followUpDate(t), rows }, () => ({ file: `vsv-kwetsbaar-${t}`, title: `Jongeren in een kwetsbare positie, ${t}`, rows }));
    },
  );

  app.get(
    "/transitions",
    {
      schema: {
        summary: "Vso → mbo: vsv onder entree- en mbo-2-studenten naar herkomst (vso, pro, overig); vmbo → mbo: gediplomeerden vmbo die niet aan het mbo begonnen of het in het eerste jaar verlieten",
        tags: ["figures"],
        querystring: FollowUpTeljaarQuery,
        response: { 200: jsonOrDownload(Transitions, "De overgangen"), ...refusals },
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
          const sp = vsoCube.count([l, o, ALL]);
          return {
            level: l === ALL ? "total" : l,
            origin: o === ALL ? "total" : o,
            ...counts({ start_population: sp }, suppressed),
            ...shares(["vsv"], () => vsoCube.count([l, o, "true"]), sp, suppressed),
            suppressed,
          };
        }),
      );
      const vmboMbo = [...VMBO_LEVELS, ALL].map((l) => {
        const suppressed: string[] = [];
        const total = vmboCube.count([l, ALL]);
        return { vmbo_level: l === ALL ? "total" : l, ...counts({ graduates: total }, suppressed), ...shares(VMBO_MBO_OUTCOMES, (o) => vmboCube.count([l, o]), total, suppressed), suppressed };
      });
      const json = { teljaar: t, definition: officialDefinition(t), vso_mbo: vsoMbo, vmbo_mbo: vmboMbo };
      return answer(request, reply, json, () => ({
        file: `vsv-overgangen-${t}`,
        title: `Overgangen vso → mbo en vmbo → mbo, ${t}`,
        rows: [
          ...vsoMbo.map((r) => ({ table: "vso_mbo", ...r })),
          ...vmboMbo.map((r) => ({ table: "vmbo_mbo", ...r })),
        ],
      }));
    },
  );
}
