/**
 * The public app over a fresh copy of the shared demo data, for one test file: made before its tests, closed and
 * removed after them. `demo.app` is set once the file's beforeAll has run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { demoData } from "./demo-data.js";

export interface DemoApp {
  readonly app: FastifyInstance;
  readonly dir: string;
}

export function useDemoApp(prefix: string): DemoApp {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    demoData(dir);
    app = await buildApp({ dataDir: dir, webRoot: path.join(dir, "no-web") });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get app() {
      if (!app) throw new Error("The demo app is made in beforeAll: use it inside a test");
      return app;
    },
    dir,
  };
}
