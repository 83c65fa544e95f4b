import { describe, expect, it } from "vitest";
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  CLOSE_REASONS,
  CLOSE_REASONS_BY_HAND,
  CLOSE_REASON_LABELS,
  OPEN_STATUSES,
  closeProblem,
  handoverProblem,
  outcomeProblem,
  statusChangeProblem,
} from "../../src/domain/casework/case-status.js";

describe("case statuses", () => {
  it("has a Dutch label for every status and close reason", () => {
    for (const s of CASE_STATUSES) expect(CASE_STATUS_LABELS[s]).toMatch(/\S/);
    for (const r of CLOSE_REASONS) expect(CLOSE_REASON_LABELS[r]).toMatch(/\S/);
  });

  it("lets an officer set every open status by hand, moved included, but not closed", () => {
    expect(OPEN_STATUSES).toContain("moved");
    expect(OPEN_STATUSES).not.toContain("closed");
    for (const from of OPEN_STATUSES) for (const to of OPEN_STATUSES) expect(statusChangeProblem(from, to)).toBeNull();
    expect(statusChangeProblem("guidance", "closed")).toMatch(/reden/);
  });

  it("never reopens a closed case", () => {
    for (const to of CASE_STATUSES) expect(statusChangeProblem("closed", to)).toMatch(/nieuw dossier/);
  });
});

describe("closing", () => {
  it("accepts every reason but handed_over by hand", () => {
    expect(CLOSE_REASONS_BY_HAND).not.toContain("handed_over");
    for (const r of CLOSE_REASONS_BY_HAND) expect(closeProblem("guidance", r)).toBeNull();
    expect(closeProblem("guidance", "handed_over")).toMatch(/handover/);
    expect(closeProblem("closed", "working")).toMatch(/al afgesloten/);
  });
});

describe("handover", () => {
  it("hands an open case over to another region only", () => {
    expect(handoverProblem({ status: "moved", region: "21" }, "13")).toBeNull();
    expect(handoverProblem({ status: "guidance", region: "21" }, "21")).toMatch(/al in deze regio/);
    expect(handoverProblem({ status: "closed", region: "21" }, "13")).toMatch(/alleen een open dossier/);
  });
});

describe("the outcome one year later", () => {
  it("is recorded on open and closed cases, but not on one handed over (the receiving region records it)", () => {
    expect(outcomeProblem({ status: "guidance", closedReason: null })).toBeNull();
    expect(outcomeProblem({ status: "closed", closedReason: "working" })).toBeNull();
    expect(outcomeProblem({ status: "closed", closedReason: "handed_over" })).toMatch(/ontvangende regio/);
  });
});
