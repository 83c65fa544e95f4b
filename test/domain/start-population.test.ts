import { describe, expect, it } from "vitest";
import { diploma, enrolment, person, residence } from "../support/register-builder.js";
import { judge } from "../support/judge.js";

const T = "2023-2024";
const mbo2 = (extra = {}) => enrolment({ sector: "MBO", level: "2", start: "2022-08-01", ...extra });

describe("start population: enrolment on the first peildatum", () => {
  it("includes a person with a funded mbo enrolment active on 1 October t", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [mbo2()] }), T);
    expect(j.of().inStartPopulation).toBe(true);
  });
  it("includes an enrolment that starts on 1 October t itself", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [mbo2({ start: "2023-10-01" })] }), T);
    expect(j.of().inStartPopulation).toBe(true);
  });
  it("includes an enrolment that ends on 1 October t (the last day counts)", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [mbo2({ end: "2023-10-01" })] }), T);
    expect(j.of().inStartPopulation).toBe(true);
  });
  it("excludes an enrolment that ended on 30 September t", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [mbo2({ end: "2023-09-30" })] }), T);
    expect(j.of().inStartPopulation).toBe(false);
    expect(j.of().notInStartPopulationReason).toBe("NO_QUALIFYING_ENROLMENT");
  });
  it("excludes an enrolment that starts on 2 October t", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [mbo2({ start: "2023-10-02" })] }), T);
    expect(j.of().inStartPopulation).toBe(false);
  });
  it("excludes an unfunded enrolment", async () => {
    const j = await judge(person("P1", "2005-05-05", { enrolments: [mbo2({ funded: false })] }), T);
    expect(j.of().inStartPopulation).toBe(false);
  });
  it.each(["PRO", "VSO", "HO"] as const)("does not let a %s enrolment qualify", async (sector) => {
    const level = sector === "HO" ? "HBO" : sector;
    const j = await judge(person("P1", "2005-05-05", { enrolments: [enrolment({ sector, level, start: "2022-08-01" })] }), T);
    expect(j.of().inStartPopulation).toBe(false);
  });
  it("includes a vso pupil who also has a qualifying mbo enrolment, with the mbo one as main", async () => {
    const j = await judge(
      person("P1", "2005-05-05", {
        enrolments: [enrolment({ enrolmentId: "A-VSO", sector: "VSO", level: "VSO", start: "2020-08-01" }), mbo2({ enrolmentId: "B-MBO" })],
      }),
      T,
    );
    expect(j.of().inStartPopulation).toBe(true);
    expect(j.of().mainEnrolment?.enrolmentId).toBe("B-MBO");
  });
  it("includes vavo and vo enrolments", async () => {
    const vavo = await judge(person("P1", "2003-05-05", { enrolments: [enrolment({ sector: "VAVO", level: "HAVO", start: "2023-08-01" })] }), T);
    expect(vavo.of().inStartPopulation).toBe(true);
    const vo = await judge(person("P2", "2010-05-05", { enrolments: [enrolment({ sector: "VO", level: "VO-ONDERBOUW", grade: 1, start: "2023-08-01" })] }), T);
    expect(vo.of().inStartPopulation).toBe(true);
  });
});

describe("start population: age limit", () => {
  it("excludes someone who turns 23 on the peildatum itself under the 23 definition, but not under 27", async () => {
    const j = await judge(person("P1", "2000-10-01", { enrolments: [mbo2()] }), T);
    expect(j.of(23).inStartPopulation).toBe(false);
    expect(j.of(23).notInStartPopulationReason).toBe("AGE_LIMIT");
    expect(j.of(27).inStartPopulation).toBe(true);
  });
  it("includes someone who turns 23 the day after the peildatum", async () => {
    const j = await judge(person("P1", "2000-10-02", { enrolments: [mbo2()] }), T);
    expect(j.of(23).inStartPopulation).toBe(true);
  });
  it("excludes someone who turns 27 on the peildatum under the 27 definition", async () => {
    const j = await judge(person("P1", "1996-10-01", { enrolments: [mbo2()] }), T);
    expect(j.of(27).inStartPopulation).toBe(false);
    const younger = await judge(person("P2", "1996-10-02", { enrolments: [mbo2()] }), T);
    expect(younger.of(27).inStartPopulation).toBe(true);
  });
  it("computes the age group of the 27 definition (23-26)", async () => {
    const j = await judge(person("P1", "1999-01-01", { enrolments: [mbo2()] }), T);
    expect(j.of(27).age).toBe(24);
    expect(j.rows[0]?.person_id).toBe("P1");
  });
});

describe("start population: no startkwalificatie yet", () => {
  it("excludes someone holding an mbo-2 diploma on the peildatum", async () => {
    const j = await judge(person("P1", "2004-01-01", { enrolments: [enrolment({ sector: "MBO", level: "3", start: "2023-08-01" })], diplomas: [diploma("MBO-2", "2023-07-01")] }), T);
    expect(j.of().inStartPopulation).toBe(false);
    expect(j.of().notInStartPopulationReason).toBe("HAS_SK");
  });
  it("excludes someone whose SK diploma is dated on the peildatum itself", async () => {
    const j = await judge(person("P1", "2004-01-01", { enrolments: [mbo2()], diplomas: [diploma("HAVO", "2023-10-01")] }), T);
    expect(j.of().inStartPopulation).toBe(false);
  });
  it("includes someone whose SK diploma is dated the day after the peildatum", async () => {
    const j = await judge(person("P1", "2004-01-01", { enrolments: [mbo2()], diplomas: [diploma("HAVO", "2023-10-02")] }), T);
    expect(j.of().inStartPopulation).toBe(true);
  });
  it.each(["MBO-1", "VMBO-GT", "VMBO-BB", "VMBO-KB"] as const)("does not take a %s diploma as an SK", async (level) => {
    const j = await judge(person("P1", "2004-01-01", { enrolments: [mbo2()], diplomas: [diploma(level, "2023-07-01")] }), T);
    expect(j.of().inStartPopulation).toBe(true);
  });
  it.each(["HAVO", "VWO", "MBO-2", "MBO-3", "MBO-4", "HBO", "WO"] as const)("takes a %s diploma as an SK", async (level) => {
    const j = await judge(person("P1", "2004-01-01", { enrolments: [mbo2()], diplomas: [diploma(level, "2023-07-01")] }), T);
    expect(j.of().inStartPopulation).toBe(false);
  });
});

describe("main enrolment", () => {
  it("prefers MBO over VAVO over VO", async () => {
    const j = await judge(
      person("P1", "2005-01-01", {
        enrolments: [
          enrolment({ enrolmentId: "VO", sector: "VO", level: "VWO", start: "2020-08-01" }),
          enrolment({ enrolmentId: "VAVO", sector: "VAVO", level: "VWO", start: "2020-08-01" }),
          enrolment({ enrolmentId: "MBO", sector: "MBO", level: "1", start: "2023-08-01" }),
        ],
      }),
      T,
    );
    expect(j.of().mainEnrolment?.enrolmentId).toBe("MBO");
  });
  it("takes the highest level within a sector (two enrolments on the peildatum)", async () => {
    const j = await judge(
      person("P1", "2005-01-01", {
        enrolments: [
          enrolment({ enrolmentId: "A", sector: "MBO", level: "2", start: "2021-08-01" }),
          enrolment({ enrolmentId: "B", sector: "MBO", level: "4", start: "2023-08-01", institution: "99XX" }),
        ],
      }),
      T,
    );
    expect(j.of().mainEnrolment?.enrolmentId).toBe("B");
    expect(j.rows[0]?.institution).toBe("99XX");
  });
  it("orders VO levels VWO > HAVO > VMBO-GT > VMBO-KB > VMBO-BB > onderbouw", async () => {
    const j = await judge(
      person("P1", "2008-01-01", {
        enrolments: [
          enrolment({ enrolmentId: "A", sector: "VO", level: "VMBO-KB", start: "2023-08-01" }),
          enrolment({ enrolmentId: "B", sector: "VO", level: "VMBO-GT", start: "2023-08-01" }),
          enrolment({ enrolmentId: "C", sector: "VO", level: "VMBO-BB", start: "2023-08-01" }),
        ],
      }),
      T,
    );
    expect(j.of().mainEnrolment?.enrolmentId).toBe("B");
  });
  it("takes the earliest start, then the smallest enrolment_id in plain text order", async () => {
    const earliest = await judge(
      person("P1", "2005-01-01", { enrolments: [mbo2({ enrolmentId: "A", start: "2023-08-01" }), mbo2({ enrolmentId: "B", start: "2022-08-01" })] }),
      T,
    );
    expect(earliest.of().mainEnrolment?.enrolmentId).toBe("B");
    const byId = await judge(
      person("P2", "2005-01-01", { enrolments: [mbo2({ enrolmentId: "E10", start: "2022-08-01" }), mbo2({ enrolmentId: "E9", start: "2022-08-01" })] }),
      T,
    );
    expect(byId.of().mainEnrolment?.enrolmentId).toBe("E10");
  });
});

describe("attribution to municipality and region", () => {
  it("attributes to the residence on 1 October t, not where the person moves later in the teljaar", async () => {
    const j = await judge(
      person("P1", "2005-01-01", {
        enrolments: [mbo2({ end: "2024-01-31" })],
        residences: [residence("0363", "2010-01-01", "2024-03-31"), residence("0599", "2024-04-01")],
      }),
      T,
    );
    expect(j.of().municipalityCode).toBe("0363");
    expect(j.rows[0]?.region).toBe("21");
    expect(j.of().vsv).toBe(true);
  });
  it("keeps a person without a known residence in the national count with municipality unknown", async () => {
    const j = await judge(person("P1", "2005-01-01", { enrolments: [mbo2({ end: "2024-01-31" })], residences: [] }), T);
    expect(j.of().inStartPopulation).toBe(true);
    expect(j.of().municipalityCode).toBeNull();
    expect(j.rows[0]?.region).toBeNull();
  });
  it("takes a move dated on the peildatum itself as the new residence", async () => {
    const j = await judge(
      person("P1", "2005-01-01", {
        enrolments: [mbo2()],
        residences: [residence("0363", "2010-01-01", "2023-09-30"), residence("0599", "2023-10-01")],
      }),
      T,
    );
    expect(j.of().municipalityCode).toBe("0599");
    expect(j.rows[0]?.region).toBe("29");
  });
});
