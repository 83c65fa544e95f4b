import { describe, expect, it } from "vitest";
import { purposeLabel, signalSourceLabel } from "../../../src/domain/labels/casework.js";
import { educationLabel, levelLabel, signalReasonLabel } from "../../../src/domain/labels/education.js";
import { PROCESSING_ACTIVITIES } from "../../../src/domain/casework/processing-activities.js";

describe("codes a reader sees in words", () => {
  it("names levels, sorts of education and leerwegen instead of their codes", () => {
    expect(levelLabel("VO-ONDERBOUW")).toBe("Vo onderbouw");
    expect(levelLabel("MBO-3")).toBe("Mbo 3");
    expect(levelLabel("3")).toBe("Mbo niveau 3");
    expect(levelLabel("VMBO-BB")).toBe("Vmbo basis");
    expect(educationLabel("MBO-3", "BOL")).toBe("Mbo 3, bol (beroepsopleidende leerweg)");
    expect(educationLabel(null, null)).toBeNull();
  });

  it("keeps a code it does not know as DUO wrote it", () => {
    expect(levelLabel("Onbekend niveau")).toBe("Onbekend niveau");
  });

  it("says why someone is on a signal list and where the list comes from", () => {
    expect(signalReasonLabel("GEEN INSCHRIJVING")).toBe("Niet meer ingeschreven");
    expect(signalSourceLabel("mixed")).not.toContain("mixed");
    expect(signalSourceLabel("duo")).toBe("bestanden van DUO");
  });

  it("gives an audit entry's purpose without its activity code", () => {
    expect(purposeLabel(`case_work: ${PROCESSING_ACTIVITIES.case_work}`)).toBe(PROCESSING_ACTIVITIES.case_work);
    expect(purposeLabel("case_work: iets anders")).not.toContain("case_work");
  });
});
