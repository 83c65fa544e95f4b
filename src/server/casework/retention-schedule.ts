/**
 * The scheduled retention job (issue 5, part 7): runs runRetention once shortly after the server starts and then
 * every `intervalMs` (a day). Runs never overlap; a failed run is reported and the next one is tried as planned.
 * The timers do not keep the process alive. docs/casework.md, "Retention".
 */
import { type RetentionResult, runRetention } from "../../store/retention.js";
import type { Sql } from "../../store/sql.js";

export interface RetentionSchedule {
  /** Stops the timers; a run in progress finishes. */
  stop(): void;
}

export interface RetentionScheduleOptions {
  /** Time between runs; default 24 hours. */
  readonly intervalMs?: number;
  /** Delay of the first run after start; default 30 seconds (the server answers first). */
  readonly firstRunAfterMs?: number;
  /** The clock the cut-offs are computed from. */
  readonly now?: () => Date;
  /** Told after each run (counts only, no person data); default: nothing. */
  readonly onRun?: (result: RetentionResult) => void;
  /** Told when a run fails; default: a line on stderr. */
  readonly onError?: (error: Error) => void;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function scheduleRetention(sql: Sql, options: RetentionScheduleOptions = {}): RetentionSchedule {
  const intervalMs = options.intervalMs ?? DAY_MS;
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((e: Error) => process.stderr.write(`Retention job failed (it runs again in ${Math.round(intervalMs / 60_000)} min): ${e.message}\n`));
  let running = false;
  let stopped = false;

  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const result = await runRetention(sql, now());
      options.onRun?.(result);
    } catch (e) {
      onError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      running = false;
    }
  };

  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), intervalMs);
    interval.unref();
  }, options.firstRunAfterMs ?? 30_000);
  first.unref();

  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      if (interval) clearInterval(interval);
    },
  };
}
