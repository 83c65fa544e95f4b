/**
 * Without Chromium the yearly report's PDF route answers a 503 problem that says to install it and that the
 * workbook is available, never a 500; the workbook is still served. Chromium is made to fail to start here
 * (playwright-core mocked), whether or not it is installed.
 */
import { describe, expect, it, vi } from "vitest";
import { useDemoApp } from "../support/demo-app.js";

vi.mock("playwright-core", () => ({
  chromium: { launch: () => Promise.reject(new Error("browserType.launch: Executable doesn't exist at /usr/bin/chromium")) },
}));

const demo = useDemoApp("vsv-report-no-chromium-");

describe("the yearly report without Chromium", () => {
  it("answers the PDF with a 503 problem naming Chromium and the workbook, every time", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await demo.app.inject({ url: "/api/v1/steering/report.pdf?teljaar=2024-2025" });
      expect(r.statusCode).toBe(503);
      expect(r.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const p = JSON.parse(r.body);
      expect(p).toMatchObject({ status: 503, title: "PDF niet beschikbaar", instance: "/api/v1/steering/report.pdf?teljaar=2024-2025" });
      expect(p.detail).toMatch(/Installeer Chromium op de server/);
      expect(p.detail).toMatch(/report\.xlsx/);
    }
  });

  it("still serves the workbook", async () => {
    const r = await demo.app.inject({ url: "/api/v1/steering/report.xlsx?teljaar=2024-2025" });
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});
