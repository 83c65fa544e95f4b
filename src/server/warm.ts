/**
 * Fills the caches after start: the first request of a region, municipality or institution page builds
 * (and suppresses) its tables for every teljaar, which takes seconds at national scale. `vsv serve` runs
 * this in the background once it listens, through the app's own routes, so the tables every page of a
 * kind shares are ready before the first visitor asks; and again on each newly published snapshot before the
 * server switches to it (warmSnapshot, docs/publication.md), so a publication does not make visitors wait. The
 * steering tables (norms, follow-up, the default target distribution) are warmed last; their answers are kept by the
 * store's memo, not the whole-response cache.
 */
import type { FastifyInstance } from "fastify";
import type { SnapshotEntry } from "../service/snapshot-holder.js";
import { runOnSnapshot } from "./context.js";

async function json(app: FastifyInstance, url: string): Promise<unknown> {
  const r = await app.inject({ url });
  return r.statusCode === 200 ? JSON.parse(r.body) : undefined;
}

/** Requests the landing data, the lists, and one page of each kind; returns the URLs warmed. */
export async function warmApp(app: FastifyInstance): Promise<string[]> {
  const warmed: string[] = [];
  const visit = async (url: string) => {
    const body = await json(app, url);
    if (body !== undefined) warmed.push(url);
    return body as { rows?: { code: string }[] } | undefined;
  };
  if ((await visit("/api/v1/meta")) === undefined) return warmed;
  await visit("/api/v1/series");
  await visit("/api/v1/figures");
  for (const kind of ["regions", "municipalities", "institutions"] as const) {
    const list = await visit(`/api/v1/${kind}`);
    const first = list?.rows?.[0]?.code;
    if (first !== undefined) await visit(`/api/v1/${kind}/${first}`);
  }
  // The steering pages' tables (norms per institution and level, follow-up, the default distribution).
  for (const url of ["/api/v1/steering/norms", "/api/v1/steering/norms/singled-out", "/api/v1/steering/follow-up?by=region", "/api/v1/steering/targets/distribution"]) {
    await visit(url);
  }
  return warmed;
}

/** warmApp on a snapshot that is not current yet: its requests answer from it. */
export function warmSnapshot(app: FastifyInstance, entry: SnapshotEntry): Promise<string[]> {
  return runOnSnapshot(app.snapshots, entry, () => warmApp(app));
}
