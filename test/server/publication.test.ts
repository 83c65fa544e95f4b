/**
 * Publication without a restart (docs/publication.md): a server answering over HTTP keeps answering while a new
 * snapshot with other figures is published; every answer comes from one snapshot, none fails, and the old snapshot
 * is closed once its last request is done.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { withDatabase } from "../../src/engine/database.js";
import { computeResults } from "../../src/engine/compute.js";
import { publishSnapshot } from "../../src/service/snapshot-publish.js";
import { readPointer, snapshotFolder, snapshotIds } from "../../src/service/snapshot-pointer.js";
import type { Store } from "../../src/service/store.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { demoData } from "../support/demo-data.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

/** The teljaar whose figures change: a tenth of its enrolments is dropped from the register and it is computed again. */
const CHANGED = parseTeljaar("2023-2024");

let dir: string;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  dir = demoData(path.join(tempDir("vsv-publication-"), "data"));
  app = await buildApp({ dataDir: dir, webRoot: path.join(dir, "no-web"), snapshotPollMs: 50 });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
}, 120_000);
afterAll(async () => {
  await app?.close();
  removeTempDirs();
});

interface Answer {
  readonly url: string;
  readonly status: number;
  readonly snapshot: string | null;
  readonly body: string;
}

async function get(url: string): Promise<Answer> {
  const r = await fetch(`${base}${url}`);
  return { url, status: r.status, snapshot: r.headers.get("x-snapshot"), body: await r.text() };
}

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const SERIES = "/api/v1/series";
const META = "/api/v1/meta";

describe("publishing a new snapshot while the server answers", () => {
  it("switches without a failed request, every answer from one snapshot, and closes the old one", async () => {
    const before = readPointer(dir)!;
    expect(before).toBeDefined();
    const first = await get(SERIES);
    expect(first.status).toBe(200);
    expect(first.snapshot).toBe(before.id);
    const metaBefore = JSON.parse((await get(META)).body) as { snapshot: { id: string; register_id: string; computed_at: string | null } };
    expect(metaBefore.snapshot).toMatchObject({ id: before.id, register_id: before.registerId, computed_at: before.computedAt });
    const oldStore = app.snapshots.peek().store as Store;

    // New figures in the store (the server does not have it open): fewer enrolments in one teljaar, computed again.
    await withDatabase(dir, async (db) => {
      await db.connection.run(`DELETE FROM register.enrolments WHERE hash(person_id) % 10 = 0`);
      await computeResults(db.connection, { teljaren: [CHANGED] });
    });

    // Clients keep asking while the snapshot is published and the server switches.
    let stop = false;
    const answers: Answer[] = [];
    const client = async () => {
      while (!stop) answers.push(await get(answers.length % 2 === 0 ? SERIES : META));
    };
    const clients = Array.from({ length: 6 }, client);
    const published = await publishSnapshot(dir);
    const after = published.pointer;
    expect(after.id).not.toBe(before.id);
    expect(after.previousId).toBe(before.id);
    await until(() => answers.some((a) => a.snapshot === after.id), "an answer from the new snapshot");
    const seen = answers.length;
    await until(() => answers.length >= seen + 20, "more answers after the switch");
    stop = true;
    await Promise.all(clients);

    const seriesAfter = await get(SERIES);
    expect(seriesAfter.snapshot).toBe(after.id);
    expect(seriesAfter.body).not.toBe(first.body);
    const bodyOf: Record<string, string> = { [before.id]: first.body, [after.id]: seriesAfter.body };
    for (const a of answers) {
      expect(a.status, `${a.url}: ${a.body.slice(0, 200)}`).toBe(200);
      expect([before.id, after.id]).toContain(a.snapshot);
      if (a.url === SERIES) expect(a.body, `${a.url} from ${a.snapshot}`).toBe(bodyOf[a.snapshot!]);
      else expect((JSON.parse(a.body) as { snapshot: { id: string } }).snapshot.id).toBe(a.snapshot);
    }
    expect(answers.filter((a) => a.snapshot === before.id).length).toBeGreaterThan(0);

    // The old snapshot is closed once its last request is done; the new one says when it was computed.
    await until(() => app.snapshots.openCount() === 1, "the old snapshot to be closed");
    await expect(oldStore.conn.run("SELECT 1")).rejects.toThrow();
    const meta = JSON.parse((await get(META)).body) as { snapshot: { id: string; computed_at: string; published_at: string } };
    expect(meta.snapshot.id).toBe(after.id);
    expect(meta.snapshot.computed_at > (before.computedAt ?? "")).toBe(true);
    expect(meta.snapshot.published_at).toBe(after.publishedAt);
  }, 600_000);

  it("a request keeps its snapshot to its end: the old one stays open while leased, and closes on release", async () => {
    const lease = app.snapshots.acquire();
    const published = await publishSnapshot(dir);
    await until(() => app.snapshots.peek().id === published.pointer.id, "the switch");
    expect(app.snapshots.openCount()).toBe(2);
    expect(lease.id).not.toBe(published.pointer.id);
    await expect(lease.store!.conn.run("SELECT 1")).resolves.toBeDefined();
    lease.release();
    lease.release(); // twice is once
    await until(() => app.snapshots.openCount() === 1, "the leased snapshot to be closed");
    await expect(lease.store!.conn.run("SELECT 1")).rejects.toThrow();
  }, 600_000);

  it("keeps the current and the previous snapshot on disk and removes older ones", async () => {
    const previous = readPointer(dir)!;
    const published = await publishSnapshot(dir);
    expect(snapshotIds(dir)).toEqual([previous.id, published.pointer.id]);
    expect(published.removed.length).toBeGreaterThan(0);
    for (const id of published.removed) expect(existsSync(snapshotFolder(dir, id))).toBe(false);
  }, 600_000);
});

describe("a data directory without a published snapshot", () => {
  it("answers 503 with a Dutch reason that names vsv compute, and switches once something is published", async () => {
    const old = demoData(path.join(tempDir("vsv-unpublished-"), "data"));
    rmSync(path.join(old, "snapshots"), { recursive: true, force: true });
    const fresh = await buildApp({ dataDir: old, webRoot: tempDir("vsv-no-web-"), snapshotPollMs: 0 });
    try {
      const r = await fresh.inject({ url: META });
      expect(r.statusCode).toBe(503);
      expect(r.headers["x-snapshot"]).toBeUndefined();
      expect((r.json() as { detail: string }).detail).toMatch(/nog geen cijfers gepubliceerd: voer `vsv compute/);
      const published = await publishSnapshot(old);
      expect(await fresh.snapshots.refresh()).toBe(true);
      const meta = await fresh.inject({ url: META });
      expect(meta.statusCode).toBe(200);
      expect(meta.headers["x-snapshot"]).toBe(published.pointer.id);
    } finally {
      await fresh.close();
    }
  }, 600_000);
});
