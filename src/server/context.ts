/**
 * What a route module gets: the store of the snapshot its request answers from (or a 503 problem when nothing is
 * published). A request takes its snapshot when it starts (snapshotHook) and keeps it to the end, so an answer never
 * mixes two snapshots, even when a new one is published while it runs (docs/publication.md).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from "fastify";
import { noData } from "./problem.js";
import type { Store } from "../service/store.js";
import type { SnapshotEntry, SnapshotHolder, SnapshotLease } from "../service/snapshot-holder.js";

export interface RouteContext {
  /** The request's store; throws a 503 problem when there are no published figures. */
  store(): Store;
  /** The request's snapshot (outside a request: the current one). */
  snapshot(): SnapshotEntry;
}

/** The header every answer carries: the id of the snapshot it comes from. */
export const SNAPSHOT_HEADER = "X-Snapshot";

interface Scope {
  readonly holder: SnapshotHolder;
  readonly entry: SnapshotEntry;
}

/** The snapshot of the request being handled (or pinned by runOnSnapshot). */
const scope = new AsyncLocalStorage<Scope>();

/** Each request's lease, from its onRequest hook until its response closes. */
const leases = new WeakMap<FastifyRequest, SnapshotLease>();

export function routeContext(holder: SnapshotHolder): RouteContext {
  const entry = () => {
    const s = scope.getStore();
    return s && s.holder === holder ? s.entry : holder.peek();
  };
  return {
    store() {
      const e = entry();
      if (!e.store) throw noData(e.reason);
      return e.store;
    },
    snapshot: entry,
  };
}

/**
 * The onRequest hook that gives a request its snapshot: a lease on the current one (or on the one runOnSnapshot
 * pinned), released when the response is closed — sent, failed or abandoned by the client — and the snapshot header.
 */
export function snapshotHook(holder: SnapshotHolder) {
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const pinned = scope.getStore();
    const lease: SnapshotLease = pinned && pinned.holder === holder ? holder.lease(pinned.entry) : holder.acquire();
    reply.raw.once("close", lease.release);
    leases.set(request, lease);
    if (lease.id) void reply.header(SNAPSHOT_HEADER, lease.id);
    scope.run({ holder, entry: lease }, done);
  };
}

/**
 * The preHandler hook that gives the handler its request's snapshot again: a request body is read in the socket's
 * callbacks, which do not carry the context the onRequest hook set.
 */
export function snapshotScopeHook(holder: SnapshotHolder) {
  return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const lease = leases.get(request);
    if (lease) scope.run({ holder, entry: lease }, done);
    else done();
  };
}

/** Releases the request's lease (idempotent): for responses whose stream never closes (light-my-request's). */
export function releaseSnapshot(request: FastifyRequest): void {
  leases.get(request)?.release();
}

/** The id of the snapshot a request answers from ("" when none is published). */
export function requestSnapshotId(request: FastifyRequest): string {
  return leases.get(request)?.id ?? "";
}

/** Runs `work` (requests through app.inject) on a given snapshot, e.g. to warm one before it becomes current. */
export function runOnSnapshot<T>(holder: SnapshotHolder, entry: SnapshotEntry, work: () => Promise<T>): Promise<T> {
  return scope.run({ holder, entry }, work);
}
