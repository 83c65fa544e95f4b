/** GET /api/v1/geo/{layer}: the map geometry from reference/geo (TopoJSON, CBS / PDOK), read once and cached. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { type Static, Type } from "typebox";
import { REFERENCE_DIR } from "../../engine/reference-files.js";
import { Topology } from "../contract/figures.js";
import { Params } from "../contract/params.js";
import { json } from "../contract/responses.js";

export const GEO_LAYERS = {
  regions: "regionaalmeld_coordinatiepunt_2025.topojson",
  municipalities: "gemeente_2026.topojson",
  "labour-market-regions": "arbeidsmarktregio_2025.topojson",
} as const satisfies Record<string, string>;

const GeoParams = Params({
  layer: Type.Enum(Object.keys(GEO_LAYERS) as (keyof typeof GEO_LAYERS)[], { type: "string", description: "De kaartlaag: RMC-regio's, gemeenten of arbeidsmarktregio's" }),
});

export function geoRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const cache = new Map<string, string>();
  app.get(
    "/geo/:layer",
    {
      schema: {
        summary: "Kaartgeometrie (TopoJSON, WGS84; bron CBS / PDOK)",
        description: "De objecten hebben de eigenschappen statcode (MC21, GM0363, AM18) en statnaam. Het antwoord mag een dag bewaard worden.",
        tags: ["reference"],
        params: GeoParams,
        response: { 200: json(Topology, "De kaartlaag als TopoJSON") },
      },
    },
    async (request, reply) => {
      const layer = request.params.layer;
      let text = cache.get(layer);
      if (text === undefined) {
        text = readFileSync(path.join(REFERENCE_DIR, "geo", GEO_LAYERS[layer]), "utf8");
        cache.set(layer, text);
      }
      // The file is sent as it is: a string is not serialized again, so the schema documents the topology without
      // rewriting the (large) geometry on every request.
      return reply.header("Cache-Control", "public, max-age=86400").type("application/json; charset=utf-8").send(text as unknown as Static<typeof Topology>);
    },
  );
}
