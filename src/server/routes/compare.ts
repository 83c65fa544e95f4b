/** GET /api/v1/compare: several regions, municipalities or institutions side by side over teljaren. */
import type { FastifyInstance } from "fastify";
import { type Definition, officialDefinition } from "../../domain/definition.js";
import { parseBrin, parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import { compareTeljaar } from "../../domain/teljaar.js";
import type { RouteContext } from "../context.js";
import { areaSeries } from "../area.js";
import { send } from "../export.js";
import { latestTeljaar, listParam, teljaarParam } from "../params.js";
import { badParam, notFound } from "../problem.js";
import { institutions, locations, municipalitiesOf, regionsOf } from "../reference-data.js";
import { compareKind, definition, format, ok, query } from "../schemas.js";
import type { Store } from "../../service/store.js";
import { code, parseLocationCode } from "./figures.js";

export type Kind = "region" | "municipality" | "institution";
export type CompareKind = Kind | "location";

/** An item's code, name, and the breakdowns and keys that select its row. */
export async function itemOf(store: Store, k: CompareKind, text: string, name = "codes") {
  const t = latestTeljaar(store);
  if (k === "region") {
    const c = code(name, text, parseRmcRegio);
    const r = (await regionsOf(store, t)).find((x) => x.code === c);
    if (!r) throw notFound(`There is no RMC region ${c}: see /api/v1/regions`);
    return { code: c, name: r.name, base: ["region"], filter: { region: c } as Record<string, string> };
  }
  if (k === "municipality") {
    const c = code(name, text, parseGemeenteCode);
    const m = (await municipalitiesOf(store, t)).find((x) => x.municipality_code === c);
    if (!m) throw notFound(`There is no municipality ${c}: see /api/v1/municipalities`);
    return { code: c, name: m.municipality_name, base: ["municipality"], filter: { region: m.rmc_region, municipality: c } as Record<string, string> };
  }
  if (k === "location") {
    const c = code(name, text, parseLocationCode);
    const l = (await locations(store)).find((x) => x.location === c);
    if (!l) throw notFound(`There is no location ${c}: see the locations of /api/v1/institutions/{brin}`);
    return { code: c, name: l.name, base: ["location"], filter: { institution: l.institution, location: c } as Record<string, string> };
  }
  const c = code(name, text, parseBrin);
  const i = (await institutions(store)).find((x) => x.institution === c);
  if (!i) throw notFound(`There is no institution ${c}: see /api/v1/institutions`);
  return { code: c, name: i.name, base: ["institution"], filter: { institution: c } as Record<string, string> };
}

export function compareRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: { kind: CompareKind; codes: string; definition?: Definition; from?: string; to?: string; format?: string } }>(
    "/compare",
    {
      schema: {
        summary: "Several regions, municipalities, institutions or locations side by side over the teljaren",
        tags: ["figures"],
        querystring: query(
          {
            kind: compareKind,
            codes: { type: "string", description: "Comma-separated codes (at most 10), e.g. 28,13" },
            definition: { ...definition, description: "23 or 27 (default: the official definition of the latest teljaar)" },
            from: { type: "string", description: "First teljaar (default: the earliest computed)" },
            to: { type: "string", description: "Last teljaar (default: the latest computed)" },
            format,
          },
          ["kind", "codes"],
        ),
        response: ok("{kind, definition, from, to, items:[{code, name, series:[{teljaar, stage, start_population, vsv, vsv_pct, suppressed}]}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const q = request.query;
      const codes = listParam(q.codes);
      if (codes.length === 0 || codes.length > 10) throw badParam("codes", "give 1 to 10 comma-separated codes, e.g. 28,13");
      const from = teljaarParam(store, q.from ?? store.teljaren[0], "from");
      const to = teljaarParam(store, q.to, "to");
      if (compareTeljaar(from, to) > 0) throw badParam("from", `${from} is after ${to}: give from before to`);
      const def = q.definition ?? officialDefinition(latestTeljaar(store));
      const teljaren = store.teljaren.filter((t) => compareTeljaar(t, from) >= 0 && compareTeljaar(t, to) <= 0);
      const items = await Promise.all(
        codes.map(async (c) => {
          const item = await itemOf(store, q.kind, c);
          return { code: item.code, name: item.name, series: await areaSeries(store, def, item.base, item.filter, teljaren) };
        }),
      );
      const body = { kind: q.kind, definition: def, from, to, items };
      return send(request, reply, body, () => ({
        file: `vsv-compare-${q.kind}-${from}-${to}`,
        title: `vsv vergeleken (${q.kind}, jonger dan ${def})`,
        rows: items.flatMap((i) => i.series.map((s) => ({ code: i.code, name: i.name, ...s }))),
      }));
    },
  );
}
