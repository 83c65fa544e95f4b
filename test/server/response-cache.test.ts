import { describe, expect, it } from "vitest";
import { isCacheable } from "../../src/server/response-cache.js";

describe("the whole-response cache", () => {
  it("keeps answers of the public routes", () => {
    for (const url of ["/api/v1/meta", "/api/v1/series", "/api/v1/figures?by=region", "/api/v1/regions/21", "/api/v1/institutions", "/api/v1/compare?kind=region", "/api/v1/rankings", "/api/v1/targets", "/api/v1/norms", "/api/v1/geo/regions", "/api/v1/health", "/api/v1/steering/norms?sector=vo", "/api/v1/steering/follow-up?by=region", "/api/v1/steering/targets/distribution?method=manual"]) {
      expect(isCacheable("GET", url), url).toBe(true);
    }
  });

  it("never keeps an answer of the closed part, which depends on who asks", () => {
    for (const url of ["/api/v1/signals", "/api/v1/signals?list=possible", "/api/v1/signals/summary", "/api/v1/persons/p0123456789abcdef01234567", "/api/v1/cases", "/api/v1/cases/1", "/api/v1/absence-reports", "/api/v1/absence-reports/counts", "/api/v1/workload", "/api/v1/audit-log", "/api/v1/accounts", "/api/v1/auth/me", "/api/v1/regionsx", "/api/v1/openapi.json"]) {
      expect(isCacheable("GET", url), url).toBe(false);
    }
  });

  it("never keeps steering data that users change: target plans and the gaps to the adopted one, programmes, the action plan", () => {
    for (const url of ["/api/v1/steering/target-plans", "/api/v1/steering/targets/gaps", "/api/v1/steering/programmes", "/api/v1/steering/programmes/21", "/api/v1/steering/action-plan", "/api/v1/steering/report.pdf?teljaar=2024-2025", "/api/v1/steering/report.xlsx"]) {
      expect(isCacheable("GET", url), url).toBe(false);
    }
  });

  it("never keeps answers to other methods", () => {
    expect(isCacheable("POST", "/api/v1/meta")).toBe(false);
    expect(isCacheable("HEAD", "/api/v1/meta")).toBe(false);
  });
});
