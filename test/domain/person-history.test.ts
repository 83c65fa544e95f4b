import { describe, expect, it } from "vitest";
import { onePerMonth, type PersonHistoryEntry } from "../../src/domain/person-history.js";

const entry = (over: Partial<PersonHistoryEntry>): PersonHistoryEntry => ({
  kind: "signal_month", from_date: null, to_date: null, institution: null, institution_name: null, location: null, sector: null,
  level: null, leerweg: null, programme: null, programme_name: null, funded: null, hours_per_week: null, reason: null, source: "engine", ...over,
});

describe("one signal month per month on the person page", () => {
  it("keeps DUO's row of a month the engine also signalled, filling what DUO left empty from the engine's", () => {
    const engine = entry({ from_date: "2025-01-01", reason: "GEEN INSCHRIJVING", source: "engine" });
    const duo = entry({ from_date: "2025-01-01", institution: "90AZ", institution_name: "Stadscampus", source: "duo" });
    for (const order of [[engine, duo], [duo, engine]]) {
      const out = onePerMonth(order);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ source: "duo", institution: "90AZ", reason: "GEEN INSCHRIJVING" });
    }
  });

  it("leaves other months, other kinds and their order alone", () => {
    const enrolment = entry({ kind: "enrolment", from_date: "2024-08-01", source: "engine" });
    const jan = entry({ from_date: "2025-01-01" });
    const feb = entry({ from_date: "2025-02-01", source: "duo" });
    expect(onePerMonth([enrolment, jan, feb])).toEqual([enrolment, jan, feb]);
  });
});
