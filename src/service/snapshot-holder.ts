/**
 * The snapshot a server answers from, switched without a restart (docs/publication.md). Each request takes a lease
 * on the current snapshot when it starts and answers from it to the end, whatever is published meanwhile; the
 * holder watches the pointer (fs.watch, and a poll in case the file system does not report the change), opens a new
 * snapshot beside the current one, lets the caller prepare it (warm its caches), then makes it current in one
 * assignment. A snapshot that is no longer current is closed when its last lease is released.
 */
import { type FSWatcher, watch } from "node:fs";
import type { Store, StoreState } from "./store.js";
import { openSnapshot, noSnapshotReason } from "./store.js";
import { readPointer, snapshotsDir } from "./snapshot-pointer.js";

/** One opened snapshot (or the reason there is none) and the leases on it. */
export interface SnapshotEntry {
  /** The snapshot's id; "" when none is open. */
  readonly id: string;
  readonly store: Store | undefined;
  /** Why there is no store (Dutch). */
  readonly reason: string | undefined;
}

interface Held extends SnapshotEntry {
  refs: number;
  retired: boolean;
}

/** A request's hold on one snapshot: released once, when the request is over. */
export interface SnapshotLease extends SnapshotEntry {
  release(): void;
}

export interface HolderOptions {
  /** Milliseconds between polls of the pointer; 0: no poll and no watch (call refresh()). Default 1000. */
  readonly pollMs?: number;
  /** Runs on a newly opened snapshot before it becomes current (warming its caches); a failure does not stop the switch. */
  readonly prepare?: (entry: SnapshotEntry) => Promise<void>;
  /** Told when a snapshot is closed (its caches can go). */
  readonly onRetired?: (id: string) => void;
  /** Told when a published snapshot cannot be opened (it is tried again at the next change or poll). */
  readonly onError?: (error: Error) => void;
}

function entryOf(state: StoreState): Held {
  return { id: state.store?.snapshot.id ?? "", store: state.store, reason: state.store ? undefined : state.reason, refs: 0, retired: false };
}

export class SnapshotHolder {
  private current: Held;
  private readonly open = new Set<Held>();
  private refreshing: Promise<boolean> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private watcher: FSWatcher | undefined;
  private closed = false;

  private constructor(
    private readonly dataDir: string,
    private readonly options: HolderOptions,
    first: Held,
  ) {
    this.current = first;
    this.open.add(first);
  }

  /** Opens the current snapshot of the data directory (or notes why there is none) and starts watching the pointer. */
  static async open(dataDir: string, options: HolderOptions = {}): Promise<SnapshotHolder> {
    const pointer = readPointer(dataDir);
    const first = entryOf(pointer ? await openSnapshot(dataDir, pointer) : { reason: noSnapshotReason(dataDir) });
    const holder = new SnapshotHolder(dataDir, options, first);
    holder.startWatching();
    return holder;
  }

  /** The current snapshot, without a lease (for code outside a request). */
  peek(): SnapshotEntry {
    return this.current;
  }

  /** A lease on the current snapshot. */
  acquire(): SnapshotLease {
    return this.lease(this.current);
  }

  /** A lease on a snapshot this holder has open (the current one, or one being prepared). */
  lease(entry: SnapshotEntry): SnapshotLease {
    const held = [...this.open].find((e) => e === entry) ?? this.current;
    held.refs++;
    let released = false;
    return {
      id: held.id,
      store: held.store,
      reason: held.reason,
      release: () => {
        if (released) return;
        released = true;
        held.refs--;
        this.retireIfIdle(held);
      },
    };
  }

  /** How many snapshots are open (the current one, and older ones still answering requests). */
  openCount(): number {
    return this.open.size;
  }

  /**
   * Reads the pointer and switches when it names another snapshot; resolves true when it switched. Calls that come
   * while one runs are folded into one more run after it.
   */
  refresh(): Promise<boolean> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      let switched = false;
      do {
        this.again = false;
        switched = (await this.switchOnce()) || switched;
      } while (this.again && !this.closed);
      return switched;
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async switchOnce(): Promise<boolean> {
    const pointer = readPointer(this.dataDir);
    if (!pointer || pointer.id === this.current.id || this.closed) return false;
    const state = await openSnapshot(this.dataDir, pointer);
    if (!state.store) {
      this.options.onError?.(new Error(state.reason ?? `snapshot ${pointer.id} cannot be opened`));
      return false;
    }
    const next = entryOf(state);
    this.open.add(next);
    if (this.options.prepare) {
      const lease = this.lease(next);
      try {
        await this.options.prepare(next);
      } catch (e) {
        this.options.onError?.(e as Error);
      } finally {
        lease.release();
      }
    }
    if (this.closed) {
      next.retired = true;
      this.retireIfIdle(next);
      return false;
    }
    const old = this.current;
    this.current = next;
    this.startWatching();
    old.retired = true;
    this.retireIfIdle(old);
    return true;
  }

  private retireIfIdle(held: Held): void {
    if (!held.retired || held.refs > 0 || !this.open.has(held)) return;
    this.open.delete(held);
    void held.store?.close().then(() => this.options.onRetired?.(held.id));
  }

  private startWatching(): void {
    const pollMs = this.options.pollMs ?? 1000;
    if (pollMs <= 0 || this.closed) return;
    if (!this.timer) {
      this.timer = setInterval(() => void this.refresh(), pollMs);
      this.timer.unref();
    }
    if (!this.watcher) {
      try {
        // The pointer is replaced by a rename: the folder sees it. A folder that does not exist yet is left to the poll.
        this.watcher = watch(snapshotsDir(this.dataDir), { persistent: false }, () => void this.refresh());
        this.watcher.on("error", () => {
          this.watcher?.close();
          this.watcher = undefined;
        });
      } catch {
        this.watcher = undefined;
      }
    }
  }

  /** Stops watching and closes every open snapshot (once their queries are done). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    await this.refreshing?.catch(() => undefined);
    const all = [...this.open];
    this.open.clear();
    await Promise.all(all.map((e) => e.store?.close()));
  }
}
