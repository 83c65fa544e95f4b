/** GET /api/v1/rankings: regions, municipalities or institutions ordered by vsv percentage, count or change. */
import type { FastifyInstance } from "fastify";
import type { Definition, Stage } from "../../domain/definition.js";
import type { RouteContext } from "../context.js";
import { send } from "../export.js";
import { selection } from "../params.js";
import { institutionList } from "./institutions.js";
import { municipalityList } from "./municipalities.js";
import { regionList } from "./regions.js";
import { format, kind, ok, query, selectionQuery } from "../schemas.js";
import type { Kind } from "./compare.js";

type Sort = "vsv_pct" | "vsv" | "change";

export function rankingRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: { kind: Kind; teljaar?: string; definition?: Definition; stage?: Stage; sort?: Sort; order?: "asc" | "desc"; limit?: number; format?: string } }>(
    "/rankings",
    {
      schema: {
        summary: "Regions, municipalities or institutions ranked; suppressed values come last",
        tags: ["figures"],
        querystring: query(
          {
            kind,
            ...selectionQuery,
            sort: { type: "string", enum: ["vsv_pct", "vsv", "change"], default: "vsv_pct" },
            order: { type: "string", enum: ["asc", "desc"], default: "desc" },
            limit: { type: "integer", minimum: 1, maximum: 1000, description: "At most this many rows (default: all)" },
            format,
          },
          ["kind"],
        ),
        response: ok("{kind, teljaar, definition, stage, sort, order, rows:[{rank, code, name, start_population, vsv, vsv_pct, change, change_pct, suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const q = request.query;
      const sel = selection(store, q);
      const sort = q.sort ?? "vsv_pct";
      const order = q.order ?? "desc";
      const list: { code: string; name: string | null; start_population: number | null; vsv: number | null; vsv_pct: number | null; change: number | null; change_pct: number | null; suppressed: readonly string[] }[] =
        q.kind === "region" ? await regionList(store, sel) : q.kind === "municipality" ? await municipalityList(store, sel) : await institutionList(store, sel);
      const sign = order === "asc" ? 1 : -1;
      const sorted = [...list].sort((a, b) => {
        const [x, y] = [a[sort], b[sort]];
        if (x === null || y === null) return x === null ? (y === null ? a.code.localeCompare(b.code) : 1) : -1;
        return sign * (x - y) || a.code.localeCompare(b.code);
      });
      const rows = sorted.slice(0, q.limit ?? sorted.length).map((r, i) => ({
        rank: r[sort] === null ? null : i + 1,
        code: r.code,
        name: r.name,
        start_population: r.start_population,
        vsv: r.vsv,
        vsv_pct: r.vsv_pct,
        change: r.change,
        change_pct: r.change_pct,
        suppressed: r.suppressed,
      }));
      return send(request, reply, { kind: q.kind, ...sel, sort, order, rows }, () => ({ file: `vsv-rankings-${q.kind}-${sel.teljaar}`, title: `Ranglijst ${q.kind} ${sel.teljaar}`, rows }));
    },
  );
}
