/**
 * Where the published snapshots of a data directory live, and the pointer that names the current one
 * (docs/publication.md). A snapshot is an immutable copy of the analytics store, `<data-dir>/snapshots/<id>/vsv.duckdb`,
 * that servers open read-only; `<data-dir>/snapshots/current.json` names the one to serve and is only ever replaced
 * whole (written to a temporary file, then renamed over it), so a reader sees the old pointer or the new one.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

/** What the pointer says about the snapshot it names (also what GET /api/v1/meta shows). */
export interface SnapshotPointer {
  /** The snapshot's id: the time it was published and a random suffix, so ids sort by publication. */
  readonly id: string;
  /** The register its figures are computed on. */
  readonly registerId: string;
  /** When its latest figures were computed (ISO timestamp, UTC), or null when none are. */
  readonly computedAt: string | null;
  /** When it was published (ISO timestamp). */
  readonly publishedAt: string;
  /** The snapshot published before it, when there was one (kept on disk for servers still answering from it). */
  readonly previousId: string | null;
}

export const SNAPSHOT_FOLDER = "snapshots";
const POINTER_FILE = "current.json";
/** Ids are made here only: letters, digits and dashes, so an id is always a safe folder name. */
const ID_PATTERN = /^[0-9A-Za-z-]+$/;

export function snapshotsDir(dataDir: string): string {
  return path.join(dataDir, SNAPSHOT_FOLDER);
}

export function pointerPath(dataDir: string): string {
  return path.join(snapshotsDir(dataDir), POINTER_FILE);
}

/** The folder of one snapshot: openDatabase(folder) opens its `vsv.duckdb`. */
export function snapshotFolder(dataDir: string, id: string): string {
  if (!ID_PATTERN.test(id)) throw new Error(`Not a snapshot id: ${JSON.stringify(id)}`);
  return path.join(snapshotsDir(dataDir), id);
}

/** A new id: the publication time to the millisecond (sortable) and 6 random hex digits (two publishers in one millisecond). */
export function newSnapshotId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(".", "-").replace("Z", "");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

/** The current pointer, or undefined when nothing is published (or the pointer cannot be read). */
export function readPointer(dataDir: string): SnapshotPointer | undefined {
  let text: string;
  try {
    text = readFileSync(pointerPath(dataDir), "utf8");
  } catch {
    return undefined;
  }
  try {
    const p = JSON.parse(text) as Record<string, unknown>;
    if (typeof p.id !== "string" || !ID_PATTERN.test(p.id) || typeof p.register_id !== "string" || typeof p.published_at !== "string") return undefined;
    return {
      id: p.id,
      registerId: p.register_id,
      computedAt: typeof p.computed_at === "string" ? p.computed_at : null,
      publishedAt: p.published_at,
      previousId: typeof p.previous_id === "string" && ID_PATTERN.test(p.previous_id) ? p.previous_id : null,
    };
  } catch {
    return undefined;
  }
}

/** Replaces the pointer atomically: a temporary file in the same folder, renamed over the old pointer. */
export function writePointer(dataDir: string, pointer: SnapshotPointer): void {
  mkdirSync(snapshotsDir(dataDir), { recursive: true });
  const file = pointerPath(dataDir);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const body = { id: pointer.id, register_id: pointer.registerId, computed_at: pointer.computedAt, published_at: pointer.publishedAt, previous_id: pointer.previousId };
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(tmp, file);
}

/** The ids of the snapshot folders on disk (complete or not), oldest first. */
export function snapshotIds(dataDir: string): string[] {
  const dir = snapshotsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && ID_PATTERN.test(e.name))
    .map((e) => e.name)
    .sort();
}
