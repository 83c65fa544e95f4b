/**
 * The server's OpenAPI document as it serves it, with the closed part included: the app is built in-process on an
 * empty, temporary data directory (no figures are needed for the document) and asked for /api/v1/openapi.json.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../../src/server/app.js";
import { openCaseworkRuntime } from "../../src/server/casework/open.js";

export async function serverOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vsv-openapi-"));
  const runtime = await openCaseworkRuntime({ dataDir, secureCookies: false, postgresSchema: "migrate", jobs: false });
  try {
    const app = await buildApp({ dataDir, casework: runtime });
    try {
      await app.ready();
      const res = await app.inject("/api/v1/openapi.json");
      if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      return JSON.parse(res.body) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
