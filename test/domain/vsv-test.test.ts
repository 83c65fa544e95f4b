import { describe, expect, it } from "vitest";
import { diploma, enrolment, job, person, status } from "../support/register-builder.js";
import { judge } from "../support/judge.js";

const T = "2023-2024";
/** An mbo-2 student in the start population of 2023-2024 who left on 31 January 2024. */
const leaver = (id: string, facts: Parameters<typeof person>[2] = {}) =>
  person(id, "2005-05-05", { ...facts, enrolments: [enrolment({ enrolmentId: `${id}-E`, sector: "MBO", level: "2", start: "2022-08-01", end: "2024-01-31" }), ...(facts.enrolments ?? [])] });

describe("the vsv'er test on 1 October t+1", () => {
  it("counts a member of the start population with no enrolment and no SK on 1 October t+1", async () => {
    const j = await judge(leaver("P1"), T);
    expect(j.of().vsv).toBe(true);
    expect(j.of().exclusion).toBeNull();
  });
  it("does not count someone whose enrolment ends on 1 October t+1 (still enrolled that day)", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [enrolment({ start: "2022-08-01", end: "2024-10-01" })] }), T);
    expect(j.of().vsv).toBe(false);
  });
  it("counts someone whose enrolment ends on 30 September t+1", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [enrolment({ start: "2022-08-01", end: "2024-09-30" })] }), T);
    expect(j.of().vsv).toBe(true);
  });
  it.each([
    ["HO", "HBO"],
    ["PRO", "PRO"],
    ["VSO", "VSO"],
    ["VO", "HAVO"],
  ] as const)("does not count someone enrolled in funded %s on 1 October t+1", async (sector, level) => {
    const j = await judge(leaver("P1", { enrolments: [enrolment({ sector, level, start: "2024-09-01" })] }), T);
    expect(j.of().vsv).toBe(false);
    expect(j.of().exclusion).toBeNull();
  });
  it("does not count someone who obtained an SK before 1 October t+1, even without enrolment", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-2", "2024-01-31")] }), T);
    expect(j.of().vsv).toBe(false);
    expect(j.of().exclusion).toBeNull();
  });
  it("counts someone who obtained only an mbo-1 diploma and has no job", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-1", "2024-01-31")] }), T);
    expect(j.of().vsv).toBe(true);
  });
  it("does not count someone outside the start population even if they have no enrolment later", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [enrolment({ start: "2022-08-01", end: "2023-06-30" })] }), T);
    expect(j.of().inStartPopulation).toBe(false);
    expect(j.of().vsv).toBe(false);
  });
  it("counts a re-enrolled student who left again before 1 October t+1", async () => {
    const j = await judge(leaver("P1", { enrolments: [enrolment({ sector: "MBO", level: "1", start: "2024-03-01", end: "2024-06-30" })] }), T);
    expect(j.of().vsv).toBe(true);
  });
});

describe("exclusions (each counted under its own code)", () => {
  it("UNFUNDED: an unfunded enrolment active on 1 October t+1", async () => {
    const j = await judge(leaver("P1", { enrolments: [enrolment({ funded: false, start: "2024-09-01" })] }), T);
    expect(j.of().vsv).toBe(false);
    expect(j.of().exclusion).toBe("UNFUNDED");
  });
  it("UNFUNDED does not apply when the unfunded enrolment ended on 30 September t+1", async () => {
    const j = await judge(leaver("P1", { enrolments: [enrolment({ funded: false, start: "2024-02-01", end: "2024-09-30" })] }), T);
    expect(j.of().vsv).toBe(true);
  });
  it("MBO1_JOB: mbo-1 diploma and a job of exactly 12 hours a week on 1 October t+1", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-1", "2024-01-15")], jobs: [job(12, "2024-03-01")] }), T);
    expect(j.of().exclusion).toBe("MBO1_JOB");
  });
  it("MBO1_JOB adds up several jobs on the day (8 + 4 hours)", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-1", "2024-01-15")], jobs: [job(8, "2024-03-01"), job(4, "2024-06-01", "2024-10-01")] }), T);
    expect(j.of().exclusion).toBe("MBO1_JOB");
  });
  it("MBO1_JOB does not apply with 11.5 hours, or a job ended on 30 September, or no mbo-1 diploma", async () => {
    const few = await judge(leaver("P1", { diplomas: [diploma("MBO-1", "2024-01-15")], jobs: [job(11.5, "2024-03-01")] }), T);
    expect(few.of().vsv).toBe(true);
    const ended = await judge(leaver("P2", { diplomas: [diploma("MBO-1", "2024-01-15")], jobs: [job(20, "2024-03-01", "2024-09-30")] }), T);
    expect(ended.of().vsv).toBe(true);
    const noDiploma = await judge(leaver("P3", { jobs: [job(38, "2024-03-01")] }), T);
    expect(noDiploma.of().vsv).toBe(true);
  });
  it("EXEMPTION: an exemption under the Leerplichtwet applying on 1 October t+1", async () => {
    const j = await judge(leaver("P1", { statuses: [status("EXEMPTION", "2024-02-01")] }), T);
    expect(j.of().exclusion).toBe("EXEMPTION");
    const expired = await judge(leaver("P2", { statuses: [status("EXEMPTION", "2024-02-01", "2024-09-30")] }), T);
    expect(expired.of().vsv).toBe(true);
  });
  it("NEWCOMER: registered as a first-year newcomer on any day of the teljaar", async () => {
    const j = await judge(leaver("P1", { statuses: [status("NEWCOMER", "2022-11-01", "2023-10-01")] }), T);
    expect(j.of().exclusion).toBe("NEWCOMER");
    const before = await judge(leaver("P2", { statuses: [status("NEWCOMER", "2022-11-01", "2023-09-30")] }), T);
    expect(before.of().vsv).toBe(true);
  });
  it("LATE_SK: an SK diploma dated 2 October up to 31 December of t+1, and not one dated 1 January t+2", async () => {
    const oct = await judge(leaver("P1", { diplomas: [diploma("MBO-2", "2024-10-02")] }), T);
    expect(oct.of().exclusion).toBe("LATE_SK");
    const dec = await judge(leaver("P2", { diplomas: [diploma("HAVO", "2024-12-31")] }), T);
    expect(dec.of().exclusion).toBe("LATE_SK");
    const jan = await judge(leaver("P3", { diplomas: [diploma("MBO-2", "2025-01-01")] }), T);
    expect(jan.of().vsv).toBe(true);
  });
  it("LATE_SK does not apply to an mbo-1 diploma in December", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-1", "2024-12-01")] }), T);
    expect(j.of().vsv).toBe(true);
  });
  it("DEFENCE_POLICE: training at defence or police on 1 October t+1", async () => {
    const j = await judge(leaver("P1", { statuses: [status("DEFENCE_POLICE", "2024-09-01")] }), T);
    expect(j.of().exclusion).toBe("DEFENCE_POLICE");
  });
  it("DECEASED_EMIGRATED: died or emigrated after 1 October t up to and including 1 October t+1", async () => {
    const died = await judge(leaver("P1", { statuses: [status("DECEASED", "2024-10-01")] }), T);
    expect(died.of().exclusion).toBe("DECEASED_EMIGRATED");
    const emigrated = await judge(leaver("P2", { statuses: [status("EMIGRATED", "2024-03-01")] }), T);
    expect(emigrated.of().exclusion).toBe("DECEASED_EMIGRATED");
    const tooLate = await judge(leaver("P3", { statuses: [status("EMIGRATED", "2024-10-02")] }), T);
    expect(tooLate.of().vsv).toBe(true);
  });
  it("counts someone to whom several exclusions apply under the first in the list", async () => {
    const j = await judge(
      leaver("P1", {
        enrolments: [enrolment({ funded: false, start: "2024-09-01" })],
        statuses: [status("EXEMPTION", "2024-02-01"), status("EMIGRATED", "2024-05-01")],
        diplomas: [diploma("MBO-2", "2024-11-01")],
      }),
      T,
    );
    expect(j.of().exclusion).toBe("UNFUNDED");
    expect(j.of().applicableExclusions).toEqual(["UNFUNDED", "EXEMPTION", "LATE_SK", "DECEASED_EMIGRATED"]);
    const second = await judge(leaver("P2", { statuses: [status("DEFENCE_POLICE", "2024-02-01"), status("NEWCOMER", "2024-01-01")] }), T);
    expect(second.of().exclusion).toBe("NEWCOMER");
  });
  it("applies exclusions only to those who would otherwise be vsv'ers", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [enrolment({ start: "2022-08-01" })], statuses: [status("EXEMPTION", "2024-02-01")] }), T);
    expect(j.of().vsv).toBe(false);
    expect(j.of().exclusion).toBeNull();
  });
});

describe("preliminary and definitive: the register as known on the cut-off", () => {
  it("takes a diploma recorded after the preliminary cut-off into the definitive figures only", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-2", "2024-07-01", "2025-03-01")] }), T);
    expect(j.of(23, "preliminary").vsv).toBe(true);
    expect(j.of(23, "definitive").vsv).toBe(false);
  });
  it("counts a fact recorded on the cut-off day itself (1 February t+2)", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-2", "2024-07-01", "2025-02-01")] }), T);
    expect(j.of(23, "preliminary").vsv).toBe(false);
  });
  it("ignores facts recorded after the definitive cut-off in both stages", async () => {
    const j = await judge(leaver("P1", { enrolments: [enrolment({ start: "2024-09-01", recordedOn: "2025-10-02" })] }), T);
    expect(j.of(23, "preliminary").vsv).toBe(true);
    expect(j.of(23, "definitive").vsv).toBe(true);
  });
  it("lets a late-recorded enrolment on the first peildatum bring someone into the definitive start population", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [enrolment({ start: "2023-08-01", end: "2023-12-31", recordedOn: "2025-06-01" })] }), T);
    expect(j.of(23, "preliminary").inStartPopulation).toBe(false);
    expect(j.of(23, "definitive").inStartPopulation).toBe(true);
    expect(j.of(23, "definitive").vsv).toBe(true);
  });
  it("lets a late-SK diploma recorded by 1 February count in the preliminary figures", async () => {
    const j = await judge(leaver("P1", { diplomas: [diploma("MBO-2", "2024-12-15", "2025-01-20")] }), T);
    expect(j.of(23, "preliminary").exclusion).toBe("LATE_SK");
  });
});
