import type { StepRunner } from "../engine/register-import.js";

/**
 * A progress bar on stderr for every step that can take more than a second.
 * On a terminal it redraws one line; elsewhere (CI, pipes) it prints a line every few seconds
 * and at the end, so logs stay short.
 */
export interface Progress {
  /** Set the amount done (of `total`, when known). */
  update(done: number, total?: number): void;
  /** Finish the step, printing how long it took. */
  done(summary?: string): void;
}

export interface ProgressOptions {
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly total?: number;
  /** Minimum milliseconds between redraws (terminal) or lines (no terminal). */
  readonly intervalMs?: number;
  readonly quiet?: boolean;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function startProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = Boolean((stream as { isTTY?: boolean }).isTTY);
  const interval = options.intervalMs ?? (tty ? 100 : 5000);
  const started = Date.now();
  let total = options.total;
  let done = 0;
  let last = 0;
  let finished = false;
  const quiet = options.quiet ?? false;

  const render = (): string => {
    const elapsed = formatDuration(Date.now() - started);
    if (total && total > 0) {
      const frac = Math.min(1, done / total);
      const width = 24;
      const filled = Math.round(frac * width);
      return `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${elapsed}`;
    }
    return `${label} … ${done > 0 ? `${done.toLocaleString("en-US")} ` : ""}${elapsed}`;
  };

  if (!quiet && tty) stream.write(render());
  return {
    update(d: number, t?: number) {
      done = d;
      if (t !== undefined) total = t;
      const now = Date.now();
      if (quiet || finished || now - last < interval) return;
      last = now;
      if (tty) stream.write(`\r\x1b[2K${render()}`);
      else if (now - started >= 1000) stream.write(`${render()}\n`);
    },
    done(summary?: string) {
      if (finished) return;
      finished = true;
      if (quiet) return;
      const line = `${label}: ${summary ?? "done"} (${formatDuration(Date.now() - started)})`;
      stream.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
}

/** A progress bar per step on stderr; steps with a known total show it, others tick by time. */
export function stepProgress(stream: NodeJS.WritableStream, quiet: boolean): StepRunner {
  return async (label, work, summary) => {
    const bar = startProgress(label, { stream, quiet });
    let done = 0;
    let total: number | undefined;
    const tick = setInterval(() => bar.update(done, total), 1000);
    try {
      const result = await work({
        update(d, t) {
          done = d;
          total = t;
          bar.update(d, t);
        },
      });
      bar.done(summary?.(result));
      return result;
    } catch (e) {
      bar.done("stopped");
      throw e;
    } finally {
      clearInterval(tick);
    }
  };
}
