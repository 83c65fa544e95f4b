/** How old a signal list is, and when a newer DUO delivery was due (src/domain/casework/list-freshness.ts). */
import { describe, expect, it } from "vitest";
import { listFreshness } from "../../src/domain/casework/list-freshness.js";

describe("the freshness of a list", () => {
  it("counts whole months from the report month to today's month, over a year's end", () => {
    expect(listFreshness("2026-11", "2026-12-07")).toEqual({ report_month: "2026-11", age_months: 1, stale: false });
    expect(listFreshness("2026-12", "2026-12-31")).toEqual({ report_month: "2026-12", age_months: 0, stale: false });
    expect(listFreshness("2026-11", "2027-01-01")).toEqual({ report_month: "2026-11", age_months: 2, stale: false });
  });

  it("warns when the list is more than two months behind", () => {
    expect(listFreshness("2026-10", "2027-01-31")?.stale).toBe(true);
    expect(listFreshness("2026-09", "2026-12-07")).toEqual({ report_month: "2026-09", age_months: 3, stale: true });
    expect(listFreshness("2026-10", "2026-12-31")?.stale).toBe(false);
  });

  it("says nothing for a list without a report month or a month it cannot read", () => {
    expect(listFreshness(null, "2026-12-07")).toBeNull();
    expect(listFreshness("2026", "2026-12-07")).toBeNull();
    expect(listFreshness("2026-11", "7-12-2026")).toBeNull();
  });
});
