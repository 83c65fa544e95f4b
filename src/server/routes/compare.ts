/** GET /api/v1/compare: several regions, municipalities or institutions side by side over teljaren. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { type Static, Type } from "typebox";
import { officialDefinition } from "../../domain/definition.js";
import { parseBrin, parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import { compareTeljaar } from "../../domain/teljaar.js";
import type { RouteContext } from "../context.js";
import { code, latestTeljaar, listParam, parseLocationCode, teljaarParam } from "../params.js";
import { badParam, notFound } from "../problem.js";
import { areaSeries } from "../../service/area-pages.js";
import { institutions, locations, municipalitiesOf, regionsOf } from "../../service/reference-data.js";
import type { Store } from "../../service/store.js";
import { CompareAnswer, KIND_PLURAL_NL, answer } from "../contract/figures.js";
import { AreaKind, CompareKind as CompareKindSchema, DefinitionParam, Format, Query } from "../contract/params.js";
import { NOT_FOUND, NO_DATA, jsonOrDownload } from "../contract/responses.js";

export type Kind = Static<typeof AreaKind>;
export type CompareKind = Static<typeof CompareKindSchema>;

const CompareQuery = Query({
  kind: CompareKindSchema,
  codes: Type.String({ description: "Codes, gescheiden door komma's (hoogstens 10), bijvoorbeeld 28,13", examples: ["28,13"] }),
  definition: Type.Optional(Type.Enum(DefinitionParam.enum, { type: "integer", description: "Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het laatste teljaar)" })),
  from: Type.Optional(Type.String({ description: "Eerste teljaar (standaard: het eerste berekende)", examples: ["2019-2020"] })),
  to: Type.Optional(Type.String({ description: "Laatste teljaar (standaard: het laatst berekende)", examples: ["2023-2024"] })),
  format: Type.Optional(Format),
});

/** An item's code, name, and the breakdowns and keys that select its row. */
export async function itemOf(store: Store, k: CompareKind, text: string, name = "codes") {
  const t = latestTeljaar(store);
  if (k === "region") {
    const c = code(name, text, parseRmcRegio);
    const r = (await regionsOf(store, t)).find((x) => x.code === c);
    if (!r) throw notFound(`Er is geen RMC-regio ${c}: kies een regio uit /api/v1/regions`);
    return { code: c, name: r.name, base: ["region"], filter: { region: c } as Record<string, string> };
  }
  if (k === "municipality") {
    const c = code(name, text, parseGemeenteCode);
    const m = (await municipalitiesOf(store, t)).find((x) => x.municipality_code === c);
    if (!m) throw notFound(`Er is geen gemeente ${c}: kies een gemeente uit /api/v1/municipalities`);
    return { code: c, name: m.municipality_name, base: ["municipality"], filter: { region: m.rmc_region, municipality: c } as Record<string, string> };
  }
  if (k === "location") {
    const c = code(name, text, parseLocationCode);
    const l = (await locations(store)).find((x) => x.location === c);
    if (!l) throw notFound(`Er is geen vestiging ${c}: kies een vestiging uit de vestigingen van /api/v1/institutions/{brin}`);
    return { code: c, name: l.name, base: ["location"], filter: { institution: l.institution, location: c } as Record<string, string> };
  }
  const c = code(name, text, parseBrin);
  const i = (await institutions(store)).find((x) => x.institution === c);
  if (!i) throw notFound(`Er is geen instelling ${c}: kies een instelling uit /api/v1/institutions`);
  return { code: c, name: i.name, base: ["institution"], filter: { institution: c } as Record<string, string> };
}

export function compareRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/compare",
    {
      schema: {
        summary: "Regio's, gemeenten, instellingen of vestigingen naast elkaar over de teljaren",
        description: "Per gekozen code de reeks van het gebied in elk berekend teljaar van `from` tot en met `to` (standaardfase).",
        tags: ["figures"],
        querystring: CompareQuery,
        response: { 200: jsonOrDownload(CompareAnswer, "De reeksen naast elkaar"), ...NOT_FOUND, ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const q = request.query;
      const codes = listParam(q.codes);
      if (codes.length === 0 || codes.length > 10) throw badParam("codes", "geef 1 tot 10 codes, gescheiden door komma's, bijvoorbeeld 28,13");
      const from = teljaarParam(store, q.from ?? store.teljaren[0], "from");
      const to = teljaarParam(store, q.to, "to");
      if (compareTeljaar(from, to) > 0) throw badParam("from", `${from} ligt na ${to}: kies voor from een teljaar vóór to`);
      const def = q.definition ?? officialDefinition(latestTeljaar(store));
      const teljaren = store.teljaren.filter((t) => compareTeljaar(t, from) >= 0 && compareTeljaar(t, to) <= 0);
      const items = await Promise.all(
        codes.map(async (c) => {
          const item = await itemOf(store, q.kind, c);
          return { code: item.code, name: item.name, series: await areaSeries(store, def, item.base, item.filter, teljaren) };
        }),
      );
      const body = { kind: q.kind, definition: def, from, to, items };
      return answer(request, reply, body, () => ({
        file: `vsv-compare-${q.kind}-${from}-${to}`,
        title: `vsv vergeleken: ${KIND_PLURAL_NL[q.kind]}, ${from} tot en met ${to} (jonger dan ${def})`,
        rows: items.flatMap((i) => i.series.map((s) => ({ code: i.code, name: i.name, ...s }))),
      }));
    },
  );
}
