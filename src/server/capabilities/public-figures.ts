/**
 * The public figures (no sign-in): what is computed, the series and figures in any published breakdown, regions,
 * municipalities, institutions and locations, comparisons and rankings, targets, norms and the map geometry.
 * Registered under the API prefix, so its routes are written relative to /api/v1.
 */
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../context.js";
import type { StoreState } from "../../service/store.js";
import { metaRoutes } from "../routes/meta.js";
import { seriesRoutes } from "../routes/series.js";
import { figuresRoutes } from "../routes/figures.js";
import { regionRoutes } from "../routes/regions.js";
import { municipalityRoutes } from "../routes/municipalities.js";
import { institutionRoutes } from "../routes/institutions.js";
import { compareRoutes } from "../routes/compare.js";
import { rankingRoutes } from "../routes/rankings.js";
import { referenceRoutes } from "../routes/reference.js";
import { geoRoutes } from "../routes/geo.js";

export interface PublicFiguresOptions {
  readonly ctx: RouteContext;
  readonly state: StoreState;
}

export async function publicFigures(app: FastifyInstance, { ctx, state }: PublicFiguresOptions): Promise<void> {
  metaRoutes(app, ctx, state);
  seriesRoutes(app, ctx);
  figuresRoutes(app, ctx);
  regionRoutes(app, ctx);
  municipalityRoutes(app, ctx);
  institutionRoutes(app, ctx);
  compareRoutes(app, ctx);
  rankingRoutes(app, ctx);
  referenceRoutes(app, ctx);
  geoRoutes(app);
}
