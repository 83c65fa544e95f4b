/** GET /api/v1/institutions, /api/v1/institutions/{brin} and /api/v1/institutions/{brin}/locations/{location}. */
import type { FastifyInstance } from "fastify";
import { normMet, parseNormPct } from "../../domain/steering/norms.js";
import type { Definition, Stage } from "../../domain/definition.js";
import { parseBrin, parseRmcRegio } from "../../domain/codes.js";
import { REFERENCE_SCHEMA } from "../../engine/reference.js";
import type { RouteContext } from "../context.js";
import { areaBreakdown, areaPage, coded } from "../area.js";
import { send } from "../export.js";
import type { Selection } from "../../domain/selection.js";
import { selection } from "../params.js";
import { badParam, notFound } from "../problem.js";
import { publicTable } from "../../service/public-figures.js";
import { institutions, locations, municipalitiesOf } from "../reference-data.js";
import { format, ok, params, query, selectionQuery } from "../schemas.js";
import { cachedRows, type Store } from "../../service/store.js";
import { code } from "./figures.js";

type ListQuery = { teljaar?: string; definition?: Definition; stage?: Stage; region?: string; format?: string };

/** Institutions with students in the teljaar (or in the reference list), with their figures. */
export async function institutionList(store: Store, sel: Selection, region?: string) {
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["institution"]);
  const reference = new Map((await institutions(store)).map((i) => [i.institution, i]));
  const regionOf = new Map((await municipalitiesOf(store, sel.teljaar)).map((m) => [m.municipality_code, m]));
  return table.rows
    .filter((r) => r.keys.institution !== null)
    .map((r) => {
      const brin = r.keys.institution as string;
      const ref = reference.get(brin);
      const m = ref ? regionOf.get(ref.municipality_code) : undefined;
      return {
        code: brin,
        name: (r.keys.institution_name as string | null) ?? ref?.name ?? null,
        kind: ref?.kind ?? null,
        municipality: ref?.municipality_code ?? null,
        region: m?.rmc_region ?? null,
        start_population: r.start_population,
        vsv: r.vsv,
        vsv_pct: r.vsv_pct,
        change: r.change,
        change_pct: r.change_pct,
        previous_teljaar: r.previous_teljaar,
        previous_stage: r.previous_stage,
        suppressed: r.suppressed,
      };
    })
    .filter((i) => !region || i.region === region);
}

async function knownInstitution(store: Store, brin: string) {
  const ref = (await institutions(store)).find((i) => i.institution === brin);
  if (ref) return ref;
  throw notFound(`There is no institution ${brin}: see /api/v1/institutions`);
}

/** The mbo norms of the teljaar against the institution's vsv percentage per mbo level; null when the teljaar has no norms. */
async function norms(store: Store, sel: Selection, brin: string) {
  const rows = await cachedRows<{ mbo_level: string; norm_pct: number }>(store, `SELECT teljaar, mbo_level, norm_pct FROM ${REFERENCE_SCHEMA}.mbo_norms WHERE teljaar = '${sel.teljaar}' ORDER BY mbo_level`);
  if (rows.length === 0) return null;
  const byType = await areaBreakdown(store, sel, ["institution"], { institution: brin }, "education_type");
  return rows.map((n) => {
    const f = byType.find((r) => (r as Record<string, unknown>).education_type === `MBO-${n.mbo_level}`);
    const pct = f?.vsv_pct ?? null;
    // Met or not on the exact counts (src/domain/steering/norms.ts), as /steering/norms does, not on the rounded
    // percentage; unknown when the percentage is not shown.
    const met = pct === null || f?.vsv == null || f.start_population == null ? null : normMet(f.vsv, f.start_population, parseNormPct(n.norm_pct));
    return { level: n.mbo_level, norm: n.norm_pct, start_population: f ? f.start_population : 0, vsv: f ? f.vsv : 0, vsv_pct: pct, norm_met: met, suppressed: f?.suppressed ?? [] };
  });
}

export function institutionRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: ListQuery }>(
    "/institutions",
    {
      schema: {
        summary: "Institutions with their figures (with ?region=: those located in that region)",
        tags: ["areas"],
        querystring: query({ ...selectionQuery, region: { type: "string", description: "Only institutions whose seat is in this RMC region" }, format }),
        response: ok("{teljaar, definition, stage, region, rows:[{code, name, kind, municipality, region, start_population, vsv, vsv_pct, change, change_pct, previous_teljaar, previous_stage, suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = selection(store, request.query);
      const region = request.query.region ? code("region", request.query.region, parseRmcRegio) : undefined;
      const rows = await institutionList(store, sel, region);
      return send(request, reply, { ...sel, region: region ?? null, rows }, () => ({ file: `vsv-institutions-${sel.teljaar}${region ? `-${region}` : ""}`, title: `vsv per instelling ${sel.teljaar}`, rows }));
    },
  );

  app.get<{ Params: { brin: string }; Querystring: ListQuery }>(
    "/institutions/:brin",
    {
      schema: {
        summary: "One institution: its figure, series, breakdowns, locations and (mbo) the norm per level",
        tags: ["areas"],
        params: params({ brin: { type: "string", description: "BRIN, e.g. 27GZ" } }),
        querystring: query(selectionQuery),
        response: ok("{code, name, kind, municipality, municipality_name, region:{code, name} (where it is seated), teljaar, definition, stage, figure, series, breakdowns, locations, norms}"),
      },
    },
    async (request) => {
      const store = ctx.store();
      const brin = code("brin", request.params.brin, parseBrin);
      const sel = selection(store, request.query);
      const ref = await knownInstitution(store, brin);
      const filter = { institution: brin };
      const page = await areaPage(store, sel, ["institution"], filter);
      const located = await areaBreakdown(store, sel, ["institution"], filter, "location");
      const isMbo = /MBO/.test(ref.sectors ?? "");
      const seat = (await municipalitiesOf(store, sel.teljaar)).find((m) => m.municipality_code === ref.municipality_code);
      return {
        code: brin,
        name: ref.name,
        kind: ref.kind,
        municipality: ref.municipality_code,
        municipality_name: seat?.municipality_name ?? null,
        region: seat ? { code: seat.rmc_region, name: seat.rmc_region_name } : null,
        ...page,
        locations: coded(located, "location"),
        norms: isMbo ? await norms(store, sel, brin) : null,
      };
    },
  );

  app.get<{ Params: { brin: string; location: string }; Querystring: ListQuery }>(
    "/institutions/:brin/locations/:location",
    {
      schema: {
        summary: "One location (vestiging) of an institution: its figure, series and breakdowns",
        tags: ["areas"],
        params: params({ brin: { type: "string", description: "BRIN, e.g. 27GZ" }, location: { type: "string", description: "Location code, e.g. 27GZ00" } }),
        querystring: query(selectionQuery),
        response: ok("{code, name, institution:{code, name}, municipality, teljaar, definition, stage, figure, series, breakdowns}"),
      },
    },
    async (request) => {
      const store = ctx.store();
      const brin = code("brin", request.params.brin, parseBrin);
      const sel = selection(store, request.query);
      const ref = await knownInstitution(store, brin);
      const loc = request.params.location;
      if (!/^[0-9A-Z]{1,12}$/.test(loc)) throw badParam("location", `"${loc}" is not a location code: use the BRIN with a number, e.g. ${brin}00`);
      const l = (await locations(store)).find((x) => x.institution === brin && x.location === loc);
      if (!l) throw notFound(`Institution ${brin} has no location ${loc}: see /api/v1/institutions/${brin}`);
      const page = await areaPage(store, sel, ["location"], { institution: brin, location: loc });
      return { code: loc, name: l.name, institution: { code: brin, name: ref.name }, municipality: l.municipality_code, ...page };
    },
  );
}
