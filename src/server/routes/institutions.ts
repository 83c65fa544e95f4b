/** GET /api/v1/institutions, /api/v1/institutions/{brin} and /api/v1/institutions/{brin}/locations/{location}. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { parseBrin, parseRmcRegio } from "../../domain/codes.js";
import type { RouteContext } from "../context.js";
import { code, selection } from "../params.js";
import { badParam, notFound } from "../problem.js";
import { areaBreakdown, areaPage, coded } from "../../service/area-pages.js";
import { institutionList, institutionNorms } from "../../service/areas.js";
import { institutions, locations, municipalitiesOf } from "../../service/reference-data.js";
import type { Store } from "../../service/store.js";
import { InstitutionAnswer, InstitutionsAnswer, LocationAnswer, answer } from "../contract/figures.js";
import { Format, Params, Query, SelectionQuery } from "../contract/params.js";
import { NOT_FOUND, NO_DATA, json, jsonOrDownload } from "../contract/responses.js";

const Brin = Type.String({ description: "BRIN, bijvoorbeeld 27GZ", examples: ["27GZ"] });

async function knownInstitution(store: Store, brin: string) {
  const ref = (await institutions(store)).find((i) => i.institution === brin);
  if (ref) return ref;
  throw notFound(`Er is geen instelling ${brin}: kies een instelling uit /api/v1/institutions`);
}

export function institutionRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/institutions",
    {
      schema: {
        summary: "Instellingen met hun cijfers (met ?region=: de instellingen die in die regio gevestigd zijn)",
        description: "De cijfers van een instelling tellen al haar studenten, waar die ook wonen.",
        tags: ["areas"],
        querystring: Query({ ...SelectionQuery, region: Type.Optional(Type.String({ description: "Alleen instellingen die in deze RMC-regio gevestigd zijn" })), format: Type.Optional(Format) }),
        response: { 200: jsonOrDownload(InstitutionsAnswer, "De instellingen met hun cijfers"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = selection(store, request.query);
      const region = request.query.region ? code("region", request.query.region, parseRmcRegio) : undefined;
      const rows = await institutionList(store, sel, region);
      return answer(request, reply, { ...sel, region: region ?? null, rows }, () => ({ file: `vsv-institutions-${sel.teljaar}${region ? `-${region}` : ""}`, title: `vsv per instelling ${sel.teljaar}`, rows }));
    },
  );

  app.get(
    "/institutions/:brin",
    {
      schema: {
        summary: "Eén instelling: het cijfer, de reeks, de uitsplitsingen, de vestigingen en (mbo) de norm per niveau",
        description: "Met de gemeente en RMC-regio waar de instelling gevestigd is; `norms` alleen voor mbo-instellingen in een teljaar met normen (voldaan of niet, op de exacte aantallen).",
        tags: ["areas"],
        params: Params({ brin: Brin }),
        querystring: Query(SelectionQuery),
        response: { 200: json(InstitutionAnswer, "De instelling"), ...NOT_FOUND, ...NO_DATA },
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
        norms: isMbo ? await institutionNorms(store, sel, brin) : null,
      };
    },
  );

  app.get(
    "/institutions/:brin/locations/:location",
    {
      schema: {
        summary: "Eén vestiging van een instelling: het cijfer, de reeks en de uitsplitsingen",
        description: "De vestigingscode staat in de `locations` van /institutions/{brin}.",
        tags: ["areas"],
        params: Params({ brin: Brin, location: Type.String({ description: "Vestigingscode, bijvoorbeeld 27GZ00", examples: ["27GZ00"] }) }),
        querystring: Query(SelectionQuery),
        response: { 200: json(LocationAnswer, "De vestiging"), ...NOT_FOUND, ...NO_DATA },
      },
    },
    async (request) => {
      const store = ctx.store();
      const brin = code("brin", request.params.brin, parseBrin);
      const sel = selection(store, request.query);
      const ref = await knownInstitution(store, brin);
      const loc = request.params.location;
      if (!/^[0-9A-Z]{1,12}$/.test(loc)) throw badParam("location", `"${loc}" is geen vestigingscode: geef de BRIN met een volgnummer, bijvoorbeeld ${brin}00`);
      const l = (await locations(store)).find((x) => x.institution === brin && x.location === loc);
      if (!l) throw notFound(`Instelling ${brin} heeft geen vestiging ${loc}: kies een vestiging uit /api/v1/institutions/${brin}`);
      const page = await areaPage(store, sel, ["location"], { institution: brin, location: loc });
      return { code: loc, name: l.name, institution: { code: brin, name: ref.name }, municipality: l.municipality_code, ...page };
    },
  );
}
