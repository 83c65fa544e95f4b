import type { CliIo, Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { VsvError } from "../../domain/errors.js";
import { readConfig } from "../../config.js";
import { existsSync } from "node:fs";
import { duckdbPath } from "../../engine/database.js";
import { readPointer } from "../../service/snapshot-pointer.js";
import { type PublishedSnapshot, publishSnapshot } from "../../service/snapshot-publish.js";

const usage = `Usage: vsv serve [--port 8080] [--host 127.0.0.1] [--web-root dist/web] [--data-dir ./data]

Starts the public API (/api/v1, docs at /api/v1/docs) and the web app on http://<host>:<port>.
Reads the figures read-only; counts from 1 to 4 are suppressed (docs/privacy-public.md). The closed
part (sign-in, signal lists, cases, audit log) uses the operational store: PGlite in the data folder, or
PostgreSQL with DATABASE_URL, migrated first with \`vsv migrate\` by its owner (the server only checks the
schema); set VSV_SECURE_COOKIES=true behind HTTPS and VSV_TRUST_PROXY behind a reverse proxy (its address or hop
count). The server log goes to stdout as JSON lines (when a request comes in, when it is answered, and every error),
without person data (VSV_LOG_LEVEL: info by default; warn, error or silent for less).
Once it listens it fills its caches in the background (the lists and one page of each kind). Stop with Ctrl-C.
It answers from the published snapshot (<data-dir>/snapshots/, made by \`vsv compute\` and \`vsv start\`), never
from the store itself, so \`vsv compute\` can run meanwhile: the server switches to the new snapshot without a
restart, and any number of servers can share the data directory (docs/publication.md). A data directory with
computed figures but no snapshot yet (made before publication existed) is published once at start.`;

export const serveCommand: Command = {
  name: ["serve"],
  summary: "start the public API and web app (http://localhost:8080)",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { ...LISTEN_OPTIONS, "web-root": { type: "string" } }, usage);
    await serveUntilStopped(io, { dataDir, ...listenOptions(values), webRoot: typeof values["web-root"] === "string" ? values["web-root"] : undefined });
    return 0;
  },
};

/** The options `vsv serve` and `vsv start --serve` share. */
export const LISTEN_OPTIONS = { port: { type: "string", short: "p" }, host: { type: "string" } } as const;

/** --port (default 8080) and --host (default 127.0.0.1), checked. */
export function listenOptions(values: { port?: unknown; host?: unknown }): { port: number; host: string } {
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new VsvError("BAD_PORT", `Port "${String(values.port)}" is not valid: use a number from 0 to 65535, e.g. 8080`);
  return { port, host: typeof values.host === "string" ? values.host : "127.0.0.1" };
}

export interface ServeOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly webRoot?: string | undefined;
}

/** What `vsv compute` and `vsv start` print about a publication. */
export function publishedLine(p: PublishedSnapshot): string {
  return `snapshot ${p.pointer.id} (${(p.bytes / 1e6).toFixed(0)} MB; copy ${(p.copyMs / 1000).toFixed(1)} s, protection ${(p.protectMs / 1000).toFixed(1)} s)`;
}

/**
 * A data directory from before publication (figures computed, no snapshot): publishes it once, so it is served as it
 * was. When that cannot be done now (no figures, or another process writes the store) the server starts without
 * figures, says why in its 503 answers, and switches as soon as something publishes.
 */
async function publishIfNeverPublished(io: CliIo, dataDir: string): Promise<void> {
  if (readPointer(dataDir) || !existsSync(duckdbPath(dataDir))) return;
  io.stderr.write(`No published snapshot in ${dataDir} yet: publishing the computed figures first\n`);
  try {
    io.stderr.write(`Published ${publishedLine(await publishSnapshot(dataDir))}\n`);
  } catch (e) {
    io.stderr.write(`Not published (${(e as Error).message}); serving without figures until \`vsv compute\` publishes\n`);
  }
}

/** Starts the API and web app, prints the URL, warms the caches, and resolves when stopped (Ctrl-C). */
export async function serveUntilStopped(io: CliIo, options: ServeOptions): Promise<void> {
  const { dataDir, port, host } = options;
  await publishIfNeverPublished(io, dataDir);
  // Loaded on use: the server's packages (Fastify, exceljs, …) would slow every other command's start.
  const { buildApp } = await import("../../server/app.js");
  const { warmApp } = await import("../../server/warm.js");
  const { openCaseworkRuntime } = await import("../../server/casework/open.js");
  const config = readConfig();
  // On PostgreSQL the server only checks the schema: `vsv migrate` (the owner) applies migrations.
  const casework = await openCaseworkRuntime({ dataDir, databaseUrl: config.databaseUrl, secureCookies: config.secureCookies, postgresSchema: "check" });
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    app = await buildApp({ dataDir, webRoot: options.webRoot, casework, warmOnSwitch: true, trustProxy: config.trustProxy, apiContact: config.apiContact, oidc: config.oidc, logger: { level: config.logLevel, stream: io.stdout } });
  } catch (e) {
    await casework.close();
    throw e;
  }
  app.addHook("onClose", async () => casework.close());
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (e) {
    await app.close();
    throw new VsvError("SERVE_FAILED", `Cannot listen on ${host}:${port}: ${(e as Error).message} (use another --port)`);
  }
  const shown = address.replace("127.0.0.1", "localhost");
  io.stdout.write(`vsv-monitor: ${shown}/  ·  API ${shown}/api/v1/  ·  docs ${shown}/api/v1/docs\n`);
  const t0 = performance.now();
  const warming = warmApp(app).then(
    (urls) => io.stderr.write(`Caches warmed (${urls.length} answers) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`),
    () => undefined, // a stop while warming closes the store under it: nothing to report
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void warming.then(() => app.close()).then(() => resolve());
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    app.server.on("close", () => resolve());
  });
}
