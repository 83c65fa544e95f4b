/**
 * GET /api/v1/steering/target-group: how many young people are in the target group of the Wet van school naar
 * duurzaam werk (docs/target-group.md) on the register's last day, nationally and per RMC region, by group. The
 * same engine computation as the Doorstroompunt's worklist (src/engine/target-group.ts), counted and protected as one
 * region × group cube with its margins (src/domain/steering/follow-up-cube.ts): counts 1–4, and whatever would let
 * them be recomputed, are null and named in `suppressed` (docs/privacy-public.md). Public; never person data.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { ALL, suppressCube } from "../../domain/steering/follow-up-cube.js";
import { TARGET_AGE_LIMIT, TARGET_GROUPS } from "../../domain/target-group.js";
import { TARGET_GROUP_LABELS } from "../../domain/labels/target-group.js";
import { chooseTargetGroupDay, targetGroupCounts } from "../../engine/target-group.js";
import type { Store } from "../../service/store.js";
import type { RouteContext } from "../context.js";
import { notFound } from "../problem.js";
import { NOT_FOUND, NO_DATA, jsonOrDownload } from "../contract/responses.js";
import { TargetGroupCounts, TargetGroupQuery } from "../contract/steering-target-group.js";
import { answer } from "../steering-answers.js";

/** Region key of young people without a known residence on the reference day. */
const UNKNOWN = "";

/** The protected cube of a store's register, computed once (results and register do not change under a store). */
function protectedCounts(store: Store) {
  return store.memo("target-group", async () => {
    const day = await chooseTargetGroupDay(store.conn);
    if (!day) return null;
    const counts = await targetGroupCounts(store.conn, day);
    const inputs = counts.map((c) => ({ keys: [c.region ?? UNKNOWN, c.group], count: c.n }));
    const cube = suppressCube(inputs, 2, [undefined, TARGET_GROUPS]);
    return { day, cube, names: new Map(counts.map((c) => [c.region ?? UNKNOWN, c.region_name])) };
  });
}

export function steeringTargetGroupRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/target-group",
    {
      schema: {
        summary: `De doelgroep van de Wet van school naar duurzaam werk: jongeren onder de ${TARGET_AGE_LIMIT} die vso, praktijkonderwijs, entree of mbo 2 bol verlieten of vsv'er zijn, en geen onderwijs volgen en geen werk van 12 uur of meer hebben; landelijk en per RMC-regio, per groep`,
        description:
          "Op de laatste dag waarover het register gegevens bevat. Eén groep per jongere, de eerste die van toepassing is: vso, pro, entree, mbo2_bol, vsv. " +
          "Kleine aantallen en wat ze zou verraden zijn afgeschermd (null, genoemd in suppressed). 404 zonder register.",
        tags: ["figures"],
        querystring: TargetGroupQuery,
        response: { 200: jsonOrDownload(TargetGroupCounts, "De doelgroep per regio en groep"), ...NOT_FOUND, ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const counted = await protectedCounts(store);
      if (!counted) throw notFound("Er is nog geen register met gegevens: importeer er een met vsv import register en bereken de cijfers");
      const { day, cube, names } = counted;
      const all = [ALL, ...cube.values[0]!].map((a) => {
        const suppressed: string[] = [];
        const count = (field: string, group: string) => {
          const n = cube.count([a, group]);
          if (n === null) suppressed.push(field);
          return n;
        };
        return {
          code: a === ALL ? "NL" : a === UNKNOWN ? null : a,
          name: a === ALL ? "Nederland" : a === UNKNOWN ? "Woonplaats onbekend" : (names.get(a) ?? null),
          total: count("total", ALL),
          vso: count("vso", "vso"),
          pro: count("pro", "pro"),
          entree: count("entree", "entree"),
          mbo2_bol: count("mbo2_bol", "mbo2_bol"),
          vsv: count("vsv", "vsv"),
          suppressed,
        };
      });
      const rows = request.query.by === "region" ? all : all.slice(0, 1);
      const json = { date: day.referenceDay, window_start: day.windowStart, age_limit: TARGET_AGE_LIMIT, vsv_teljaren: [...day.vsvTeljaren], groups: [...TARGET_GROUPS], rows };
      return answer(request, reply, json, () => ({
        file: `vsv-doelgroep-${day.referenceDay}`,
        title: `Doelgroep Doorstroompunt op ${day.referenceDay} (${TARGET_GROUPS.map((g) => TARGET_GROUP_LABELS[g]).join(", ")})`,
        rows,
      }));
    },
  );
}
