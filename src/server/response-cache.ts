/**
 * Whole-response cache for the public API. A request answers from one published snapshot, which never changes
 * (docs/publication.md), so a successful GET answer depends only on the snapshot, the URL and the `Accept` header:
 * the bytes are kept per snapshot and sent again without running the route, the
 * suppression or the serialisation; larger answers also gzipped once, for clients that accept it (browsers
 * do). Bounded: the oldest entries go first; a snapshot's entries all go when it is closed (forget).
 */
import { gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyRequest } from "fastify";

interface Entry {
  readonly payload: string | Buffer;
  /** The payload gzipped once, for clients that accept it (answers above GZIP_FROM bytes). */
  readonly gzip?: Buffer;
  readonly headers: Record<string, string>;
}

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const GZIP_FROM = 1024;

/**
 * Headers that belong to one request or one transfer, not to the answer: never kept. Everything else the answer
 * carried is kept and sent again — its type, disposition and caching, and the security headers (docs/auth.md), which
 * @fastify/helmet sets in an onRequest hook that a hit, answered here first, does not reach (app.ts).
 */
const NOT_KEPT = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "x-trace-id", "x-cache", "vary"]);

/**
 * Only the public routes, named one by one: an answer of the closed part (signal lists, cases, the audit log,
 * accounts) depends on who asks and must never be kept, let alone sent to someone else; steering data that users
 * change (target plans and the gaps to the adopted one, programmes, the action plan, and the yearly report, which
 * shows the action plan) would go stale. A new public
 * route is cached only once it is added here.
 */
const PUBLIC_ROUTES =
  /^\/api\/v1\/((health|meta|series|figures|regions|municipalities|institutions|compare|rankings|targets|norms|geo)|steering\/(norms|follow-up|neet|vulnerable|transitions|projection|targets\/distribution))(\/|\?|$)/;

/** Is a GET of this route (its pattern, `/api/v1/regions/:code`, or a path) a public answer that may be kept? */
export function isCacheable(method: string, route: string): boolean {
  return method === "GET" && PUBLIC_ROUTES.test(route);
}

/**
 * Decided by the route the router matched, not by the raw URL (which a client writes as it likes, e.g.
 * `/api/v1/%73ignals` for /api/v1/signals). Only origin-form request lines (`GET /api/v1/… HTTP/1.1`) are kept
 * and served: an absolute-form one (`GET http://host/api/v1/…`) would name the same answer with another key, so
 * it bypasses the cache rather than add a second spelling of every URL.
 */
function cacheKey(request: FastifyRequest, snapshot: string): string | undefined {
  if (!request.url.startsWith("/") || !isCacheable(request.method, request.routeOptions.url ?? "")) return undefined;
  return `${snapshot}\n${request.url}\n${request.headers.accept ?? ""}`;
}

export interface ResponseCache {
  /** Drops the answers kept for a snapshot (once it is closed). */
  forget(snapshot: string): void;
}

/**
 * `snapshotOf` names the snapshot a request answers from (its hook runs before this cache's); answers of different
 * snapshots are never mixed up.
 */
export function registerResponseCache(app: FastifyInstance, snapshotOf: (request: FastifyRequest) => string, maxEntries = 5000): ResponseCache {
  const cache = new Map<string, Entry>();
  app.addHook("onRequest", async (request, reply) => {
    const key = cacheKey(request, snapshotOf(request));
    const hit = key === undefined ? undefined : cache.get(key);
    if (!hit) return;
    reply.headers(hit.headers).header("X-Cache", "hit");
    if (hit.gzip) {
      reply.header("Vary", "Accept-Encoding");
      if (/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) return reply.header("Content-Encoding", "gzip").send(hit.gzip);
    }
    return reply.send(hit.payload);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const key = cacheKey(request, snapshotOf(request));
    if (key === undefined || reply.statusCode !== 200 || cache.has(key)) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    const headers: Record<string, string> = {};
    for (const [h, v] of Object.entries(reply.getHeaders())) {
      if (v !== undefined && !NOT_KEPT.has(h)) headers[h] = String(v);
    }
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    const size = typeof payload === "string" ? Buffer.byteLength(payload) : payload.length;
    const text = /json|csv|text/.test(headers["content-type"] ?? "");
    cache.set(key, text && size >= GZIP_FROM ? { payload, headers, gzip: gzipSync(payload) } : { payload, headers });
    return payload;
  });
  return {
    forget(snapshot) {
      const prefix = `${snapshot}\n`;
      for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
    },
  };
}
