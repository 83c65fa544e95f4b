/**
 * Publishing: a new immutable snapshot of the analytics store that servers switch to without a restart
 * (docs/publication.md). `vsv compute` and `vsv start` call publishSnapshot after they write; so should anything else
 * that changes what the server reads (a DUO import).
 *
 * 1. The store is opened for writing (DuckDB's lock: no other process writes while we copy) and checkpointed, so
 *    the file holds everything and its write-ahead log is empty.
 * 2. The file is copied to `snapshots/<id>/vsv.duckdb` (through a temporary name, flushed to disk).
 * 3. The new snapshot's protected public tables are made when missing (src/service/disclosure/cell-cache.ts), so
 *    its first visitors do not wait for them.
 * 4. The pointer `snapshots/current.json` is replaced atomically: servers watching it switch.
 * 5. Snapshots other than the new one and the one before it are removed (a server still answering from the one
 *    before finishes its requests; on Linux a removed file stays readable by processes that have it open).
 */
import { closeSync, constants, copyFileSync, fdatasyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { VsvError } from "../domain/errors.js";
import { duckdbPath, withDatabase } from "../engine/database.js";
import { currentRuns } from "../engine/runs.js";
import { readRegisterState } from "../engine/register-state.js";
import { openSnapshot, runsComputedAt } from "./store.js";
import { type SnapshotPointer, newSnapshotId, readPointer, snapshotFolder, snapshotIds, writePointer } from "./snapshot-pointer.js";
import { cellFileNames, protectStore, pruneCellFiles } from "./disclosure/cell-cache.js";

export interface PublishOptions {
  /** Progress of making the protected tables (teljaar × stage systems). */
  readonly onSystem?: (done: number, total: number) => void;
  /** The publication time (tests). */
  readonly now?: Date;
}

export interface PublishedSnapshot {
  readonly pointer: SnapshotPointer;
  /** Size of the snapshot file. */
  readonly bytes: number;
  /** Milliseconds spent checkpointing and copying (and flushing) the store. */
  readonly copyMs: number;
  /** Milliseconds spent making the protected tables that were missing. */
  readonly protectMs: number;
  readonly totalMs: number;
  /** Ids of the older snapshots removed. */
  readonly removed: readonly string[];
}

/** The cache files a snapshot uses, kept next to it so pruning knows them without opening it. */
const CELLS_FILE = "cells.json";

/** Copies the store's file to `target` through a temporary name, flushed to disk before it gets its name. */
function copyStore(source: string, target: string): void {
  const tmp = `${target}.${process.pid}.tmp`;
  // A reflink where the file system has them (btrfs, xfs): instant; else an ordinary copy in the kernel.
  copyFileSync(source, tmp, constants.COPYFILE_FICLONE);
  const fd = openSync(tmp, "r+");
  try {
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}

function keptCellFiles(dataDir: string, ids: readonly string[]): Set<string> {
  const keep = new Set<string>();
  for (const id of ids) {
    try {
      for (const name of JSON.parse(readFileSync(path.join(snapshotFolder(dataDir, id), CELLS_FILE), "utf8")) as string[]) keep.add(name);
    } catch {
      // A snapshot without the list (being published by another process): its files are made again when asked for.
    }
  }
  return keep;
}

/** Publishes the data directory's store as a new snapshot and makes it current. */
export async function publishSnapshot(dataDir: string, options: PublishOptions = {}): Promise<PublishedSnapshot> {
  const t0 = performance.now();
  const now = options.now ?? new Date();
  const id = newSnapshotId(now);
  const folder = snapshotFolder(dataDir, id);
  // The lock on the store is held to the end: two publishers take turns, and no computation writes under the copy.
  return withDatabase(dataDir, async (db) => {
    const runs = await currentRuns(db.connection);
    if (runs.length === 0) throw new VsvError("NOTHING_TO_PUBLISH", `No figures are computed in ${db.path}: run \`vsv compute --data-dir ${dataDir}\` first`);
    const register = await readRegisterState(db.connection);
    const computed = [...(await runsComputedAt(db.connection, register.registerId)).values()].sort();
    await db.connection.run("CHECKPOINT");
    mkdirSync(folder, { recursive: true });
    try {
      copyStore(db.path, duckdbPath(folder));
    } catch (e) {
      rmSync(folder, { recursive: true, force: true });
      throw e;
    }
    const copied = performance.now();
    const previous = readPointer(dataDir);
    const pointer: SnapshotPointer = { id, registerId: register.registerId, computedAt: computed.at(-1) ?? null, publishedAt: (options.now ?? new Date()).toISOString(), previousId: previous?.id ?? null };
    const opened = await openSnapshot(dataDir, pointer);
    if (!opened.store) {
      rmSync(folder, { recursive: true, force: true });
      throw new VsvError("PUBLISH_FAILED", `The new snapshot cannot be read (${opened.reason}): nothing was published`);
    }
    try {
      await protectStore(opened.store, options.onSystem ? { onSystem: options.onSystem } : {});
      writeFileSync(path.join(folder, CELLS_FILE), JSON.stringify(cellFileNames(opened.store)));
    } finally {
      await opened.store.close();
    }
    const protectedAt = performance.now();
    writePointer(dataDir, pointer);
    const kept = [id, ...(previous ? [previous.id] : [])];
    const removed = snapshotIds(dataDir).filter((old) => !kept.includes(old));
    for (const old of removed) rmSync(snapshotFolder(dataDir, old), { recursive: true, force: true });
    pruneCellFiles(dataDir, keptCellFiles(dataDir, kept));
    return { pointer, bytes: statSync(duckdbPath(folder)).size, copyMs: copied - t0, protectMs: protectedAt - copied, totalMs: performance.now() - t0, removed };
  });
}
