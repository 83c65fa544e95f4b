/** GET /api/v1/figures: the engine's `vsv figures` for any breakdown, optionally for one region, municipality or institution. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { parseBrin, parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import { fieldLabel } from "../../domain/labels/fields.js";
import type { RouteContext } from "../context.js";
import { breakdownsParam, code, parseLocationCode, selection } from "../params.js";
import { flatFigure, publicTable, selectRows } from "../../service/public-figures.js";
import { FiguresAnswer, answer } from "../contract/figures.js";
import { By, Format, Query, SelectionQuery } from "../contract/params.js";
import { NO_DATA, jsonOrDownload } from "../contract/responses.js";

// `code` and `parseLocationCode` live in ../params.ts; other route modules still import them from here.

const FiguresQuery = Query({
  ...SelectionQuery,
  by: Type.Optional(By),
  region: Type.Optional(Type.String({ description: "Alleen rijen van deze RMC-regio (01-41)" })),
  municipality: Type.Optional(Type.String({ description: "Alleen rijen van deze gemeente (CBS-code, bijvoorbeeld 0363)" })),
  institution: Type.Optional(Type.String({ description: "Alleen rijen van deze instelling (BRIN, bijvoorbeeld 27GZ)" })),
  location: Type.Optional(Type.String({ description: "Alleen rijen van deze vestiging (bijvoorbeeld 27GZ00)" })),
  format: Type.Optional(Format),
});

/** A field's Dutch label inside a sentence: "Niveau" becomes "niveau", "RMC-regio" and "BRIN" stay. */
const inSentence = (field: string) => fieldLabel(field).replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase());

export function figuresRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/figures",
    {
      schema: {
        summary: "Cijfers van een teljaar, landelijk of uitgesplitst, met het verschil met het vorige teljaar",
        description:
          "De gepubliceerde tabel voor de gekozen uitsplitsingen (`by`), eventueel alleen de rijen van één regio, gemeente, instelling of vestiging. Kleine aantallen zijn afgeschermd (null, en genoemd in `suppressed`). Ook als CSV of Excel te downloaden.",
        tags: ["figures"],
        querystring: FiguresQuery,
        response: { 200: jsonOrDownload(FiguresAnswer, "De cijfers: het totaal en de rijen per uitsplitsing"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const q = request.query;
      const sel = selection(store, q);
      const names = breakdownsParam(q.by);
      const filter: Record<string, string> = {};
      if (q.region) filter.region = code("region", q.region, parseRmcRegio);
      if (q.municipality) filter.municipality = code("municipality", q.municipality, parseGemeenteCode);
      if (q.institution) filter.institution = code("institution", q.institution, parseBrin);
      if (q.location) filter.location = code("location", q.location, parseLocationCode);
      // A filter is a breakdown whose rows are then selected: the same cells, the same suppression.
      const tableBy = [...Object.keys(filter).filter((k) => !names.includes(k)), ...names];
      const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, tableBy);
      const rows = selectRows(table, filter).map(flatFigure);
      const totalTable = await publicTable(store, sel.teljaar, sel.definition, sel.stage, Object.keys(filter));
      const total = selectRows(totalTable, filter).map(flatFigure)[0] ?? null;
      const body = { ...sel, by: [...table.by], filter, total, rows };
      const suffix = [names.join("-") || "national", ...Object.values(filter)].join("-");
      return answer(request, reply, body, () => ({ file: `vsv-figures-${sel.teljaar}-${suffix}`, title: `vsv-cijfers ${sel.teljaar}${names.length ? ` per ${names.map(inSentence).join(", ")}` : ", landelijk"}`, rows }));
    },
  );
}
