/**
 * Without Chromium the yearly report's PDF route answers a 503 problem that says to install it and that the
 * workbook is available, never a 500; the workbook is still served. Chromium is made to fail to start here
 * (playwright-core mocked), whether or not it is installed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { demoData } from "../support/demo-data.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

vi.mock("playwright-core", () => ({
  chromium: { launch: () => Promise.reject(new Error("browserType.launch: Executable doesn't exist at /usr/bin/chromium")) },
}));

const dir = tempDir("vsv-report-no-chromium-");
let app: FastifyInstance;

beforeAll(async () => {
  demoData(dir);
  app = await buildApp({ dataDir: dir, webRoot: path.join(dir, "no-web") });
}, 120_000);
afterAll(async () => {
  await app?.close();
  removeTempDirs();
});

describe("the yearly report without Chromium", () => {
  it("answers the PDF with a 503 problem naming Chromium and the workbook, every time", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await app.inject({ url: "/api/v1/steering/report.pdf?teljaar=2024-2025" });
      expect(r.statusCode).toBe(503);
      expect(r.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const p = JSON.parse(r.body);
      expect(p).toMatchObject({ status: 503, title: "PDF niet beschikbaar", instance: "/api/v1/steering/report.pdf?teljaar=2024-2025" });
      expect(p.detail).toMatch(/Install Chromium on the server/);
      expect(p.detail).toMatch(/report\.xlsx/);
    }
  });

  it("still serves the workbook", async () => {
    const r = await app.inject({ url: "/api/v1/steering/report.xlsx?teljaar=2024-2025" });
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});
