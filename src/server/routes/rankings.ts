/** GET /api/v1/rankings: regions, municipalities or institutions ordered by vsv percentage, count or change. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { RouteContext } from "../context.js";
import { selection } from "../params.js";
import { institutionList, municipalityList, regionList } from "../../service/areas.js";
import { KIND_PLURAL_NL, RankingOrder, RankingSort, RankingsAnswer, answer } from "../contract/figures.js";
import { AreaKind, Format, Query, SelectionQuery } from "../contract/params.js";
import { NO_DATA, jsonOrDownload } from "../contract/responses.js";

const RankingsQuery = Query({
  kind: AreaKind,
  ...SelectionQuery,
  sort: Type.Optional(RankingSort),
  order: Type.Optional(RankingOrder),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: "Hoogstens zoveel rijen (standaard: alle)" })),
  format: Type.Optional(Format),
});

export function rankingRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/rankings",
    {
      schema: {
        summary: "Ranglijst van regio's, gemeenten of instellingen; afgeschermde waarden staan achteraan",
        description: "Gesorteerd op `sort` in de volgorde `order`; een afgeschermde waarde heeft geen plaats (`rank` null) en staat achteraan. Ook als CSV of Excel te downloaden.",
        tags: ["figures"],
        querystring: RankingsQuery,
        response: { 200: jsonOrDownload(RankingsAnswer, "De ranglijst"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const q = request.query;
      const sel = selection(store, q);
      const sort = q.sort ?? "vsv_pct";
      const order = q.order ?? "desc";
      const list: { code: string; name: string | null; start_population: number | null; vsv: number | null; vsv_pct: number | null; change: number | null; change_pct: number | null; suppressed: string[] }[] =
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
      return answer(request, reply, { kind: q.kind, ...sel, sort, order, rows }, () => ({ file: `vsv-rankings-${q.kind}-${sel.teljaar}`, title: `Ranglijst ${KIND_PLURAL_NL[q.kind]} ${sel.teljaar}`, rows }));
    },
  );
}
