/** GET /api/v1/geo/{layer}: the map geometry from reference/geo (TopoJSON, CBS / PDOK), read once and cached. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { REFERENCE_DIR } from "../../engine/reference-files.js";
import { params } from "../schemas.js";

export const GEO_LAYERS: Record<string, string> = {
  regions: "regionaalmeld_coordinatiepunt_2025.topojson",
  municipalities: "gemeente_2026.topojson",
  "labour-market-regions": "arbeidsmarktregio_2025.topojson",
};

export function geoRoutes(app: FastifyInstance) {
  const cache = new Map<string, string>();
  app.get<{ Params: { layer: string } }>(
    "/geo/:layer",
    {
      schema: {
        summary: "Map geometry (TopoJSON, WGS84; credit CBS / PDOK). Objects carry statcode (MC21, GM0363, AM18) and statnaam",
        tags: ["reference"],
        params: params({ layer: { type: "string", enum: Object.keys(GEO_LAYERS) } }),
      },
    },
    async (request, reply) => {
      const layer = request.params.layer;
      let text = cache.get(layer);
      if (text === undefined) {
        text = readFileSync(path.join(REFERENCE_DIR, "geo", GEO_LAYERS[layer]!), "utf8");
        cache.set(layer, text);
      }
      reply.header("Cache-Control", "public, max-age=86400").type("application/json; charset=utf-8");
      return text;
    },
  );
}
