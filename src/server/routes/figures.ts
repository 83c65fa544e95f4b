/** GET /api/v1/figures: the engine's `vsv figures` for any breakdown, optionally for one region, municipality or institution. */
import type { FastifyInstance } from "fastify";
import type { Definition, Stage } from "../../domain/definition.js";
import { parseBrin, parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import type { RouteContext } from "../context.js";
import { send } from "../export.js";
import { breakdownsParam, selection } from "../params.js";
import { badParam } from "../problem.js";
import { flatFigure, publicTable, selectRows } from "../../service/public-figures.js";
import { by, format, ok, query, selectionQuery } from "../schemas.js";

interface FiguresQuery {
  teljaar?: string;
  definition?: Definition;
  stage?: Stage;
  by?: string;
  region?: string;
  municipality?: string;
  institution?: string;
  location?: string;
  format?: string;
}

/** A location (vestiging) code: the BRIN followed by digits or letters, e.g. 27GZ00. */
export function parseLocationCode(text: string): string {
  const upper = text.trim().toUpperCase();
  if (!/^[0-9]{2}[A-Z0-9]{2}[0-9A-Z]{1,8}$/.test(upper)) throw new Error(`"${text}" is not a location code: use the BRIN with a number, e.g. 27GZ00`);
  return upper;
}

/** A code parameter through its domain parser; a bad one is a 400 naming the parameter. */
export function code<T>(name: string, text: string, parse: (t: string) => T): T {
  try {
    return parse(text);
  } catch (e) {
    throw badParam(name, (e as Error).message);
  }
}

export function figuresRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: FiguresQuery }>(
    "/figures",
    {
      schema: {
        summary: "Figures for a teljaar, nationally or split by breakdowns, with the change against the previous teljaar",
        tags: ["figures"],
        querystring: query({
          ...selectionQuery,
          by,
          region: { type: "string", description: "Only rows of this RMC region (01-41)" },
          municipality: { type: "string", description: "Only rows of this municipality (CBS code, e.g. 0363)" },
          institution: { type: "string", description: "Only rows of this institution (BRIN, e.g. 27GZ)" },
          location: { type: "string", description: "Only rows of this location (vestiging, e.g. 27GZ00)" },
          format,
        }),
        response: ok("{teljaar, definition, stage, by, filter, total, rows:[{…breakdown keys and names, start_population, vsv, vsv_pct, previous_…, change, change_pct, suppressed}]}"),
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
      const body = { ...sel, by: table.by, filter, total, rows };
      const suffix = [names.join("-") || "national", ...Object.values(filter)].join("-");
      return send(request, reply, body, () => ({ file: `vsv-figures-${sel.teljaar}-${suffix}`, title: `vsv-cijfers ${sel.teljaar} (jonger dan ${sel.definition}, ${sel.stage})`, rows }));
    },
  );
}
