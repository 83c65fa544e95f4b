/**
 * The target group of the Wet van school naar duurzaam werk (src/domain/target-group.ts) on hand-built people:
 * each group, the priority between them, and each exclusion at its boundary (docs/target-group.md).
 */
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/domain/dates.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { TARGET_GROUPS, recentVsvTeljaren, targetGroupStatus, windowStartOf } from "../../src/domain/target-group.js";
import { TARGET_GROUP_LABELS } from "../../src/domain/labels/target-group.js";
import { enrolment, job, person, status } from "../support/register-builder.js";

const R = "2026-12-01" as IsoDate;
const group = (p: ReturnType<typeof person>, vsv = false) => targetGroupStatus(p, R, vsv);

describe("the window and the recent teljaren", () => {
  it("starts on 1 August five school years before the reference day's school year", () => {
    expect(windowStartOf(R)).toBe("2021-08-01");
    expect(windowStartOf("2026-07-31" as IsoDate)).toBe("2020-08-01");
    expect(windowStartOf("2026-08-01" as IsoDate)).toBe("2021-08-01");
  });

  it("takes the teljaren whose second peildatum lies in the window, up to the reference day", () => {
    const all = ["2019-2020", "2020-2021", "2024-2025", "2025-2026", "2026-2027"].map(parseTeljaar);
    // 2019-2020 became vsv'er on 2020-10-01, before the window; 2026-2027 on 2027-10-01, after the reference day.
    expect(recentVsvTeljaren(R, all)).toEqual(["2020-2021", "2024-2025", "2025-2026"]);
  });
});

describe("the groups", () => {
  it("places a leaver of each programme in its group, with the day they left", () => {
    expect(group(person("vso", "2006-05-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2019-08-01", end: "2024-07-31" })] }))).toEqual({ group: "vso", excluded: null, leftOn: "2024-07-31" });
    expect(group(person("pro", "2006-05-01", { enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2019-08-01", end: "2023-07-31" })] })).group).toBe("pro");
    expect(group(person("entree", "2006-05-01", { enrolments: [enrolment({ level: "1", start: "2023-08-01", end: "2024-03-15" })] })).group).toBe("entree");
    expect(group(person("mbo2", "2006-05-01", { enrolments: [enrolment({ level: "2", leerweg: "BOL", start: "2023-08-01", end: "2025-01-31" })] })).group).toBe("mbo2_bol");
  });

  it("does not count mbo-2 BBL, mbo-3 or unfunded enrolments as a programme group", () => {
    expect(group(person("bbl", "2006-05-01", { enrolments: [enrolment({ level: "2", leerweg: "BBL", start: "2023-08-01", end: "2025-01-31" })] })).excluded).toBe("no_group");
    expect(group(person("mbo3", "2006-05-01", { enrolments: [enrolment({ level: "3", start: "2023-08-01", end: "2025-01-31" })] })).excluded).toBe("no_group");
    expect(group(person("unfunded", "2006-05-01", { enrolments: [enrolment({ sector: "PRO", level: "PRO", funded: false, start: "2020-08-01", end: "2024-07-31" })] })).excluded).toBe("no_group");
  });

  it("keeps a leaver of mbo-2 BOL with a diploma in the group: the law targets the risk, not the missing diploma", () => {
    const p = person("diploma", "2005-05-01", { enrolments: [enrolment({ level: "2", start: "2022-08-01", end: "2024-06-30" })], diplomas: [{ level: "MBO-2", date: "2024-06-30" as IsoDate, institution: null, recordedOn: null }] });
    expect(group(p).group).toBe("mbo2_bol");
  });

  it("places a recent vsv'er in the vsv group only when no programme group applies", () => {
    const havo = person("havo", "2007-05-01", { enrolments: [enrolment({ sector: "VO", level: "HAVO", start: "2019-08-01", end: "2024-11-30" })] });
    expect(group(havo, true)).toEqual({ group: "vsv", excluded: null, leftOn: null });
    expect(group(havo, false).excluded).toBe("no_group");
    const mbo2 = person("mbo2-vsv", "2007-05-01", { enrolments: [enrolment({ level: "2", start: "2023-08-01", end: "2024-11-30" })] });
    expect(group(mbo2, true).group).toBe("mbo2_bol");
  });

  it("takes the first group in priority order: vso before pro before entree before mbo-2 BOL", () => {
    expect(TARGET_GROUPS).toEqual(["vso", "pro", "entree", "mbo2_bol", "vsv"]);
    const p = person("both", "2005-05-01", {
      enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2017-08-01", end: "2022-07-31" }), enrolment({ level: "1", start: "2022-08-01", end: "2023-07-31" })],
    });
    expect(group(p)).toEqual({ group: "pro", excluded: null, leftOn: "2022-07-31" });
  });

  it("skips a group left before the window, and a group the person is still in", () => {
    const before = person("before", "2003-05-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2015-08-01", end: "2021-07-31" })] });
    expect(group(before).excluded).toBe("no_group");
    const onTheDay = person("first-day", "2003-05-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2015-08-01", end: "2021-08-01" })] });
    expect(group(onTheDay).group).toBe("vso");
    // Left vso before the window, then pro within it: pro.
    const then = person("then-pro", "2003-05-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2015-08-01", end: "2020-07-31" }), enrolment({ sector: "PRO", level: "PRO", start: "2020-08-01", end: "2022-07-31" })] });
    expect(group(then).group).toBe("pro");
    // A second vso enrolment still running: not a vso leaver (the group is looked for first).
    const back = person("back", "2006-05-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2019-08-01", end: "2023-07-31" }), enrolment({ sector: "VSO", level: "VSO", start: "2024-08-01" })] });
    expect(group(back).excluded).toBe("no_group");
  });
});

describe("the conditions on the reference day", () => {
  const leaver = (id: string, birth: string, facts: Parameters<typeof person>[2] = {}) =>
    person(id, birth, { enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2019-08-01", end: "2023-07-31" }), ...(facts.enrolments ?? [])], jobs: facts.jobs ?? [], statuses: facts.statuses ?? [] });

  it("is younger than 27: out on the 27th birthday, in the day before", () => {
    expect(group(leaver("26", "1999-12-02")).group).toBe("pro");
    expect(group(leaver("27", "1999-12-01")).excluded).toBe("age");
  });

  it("is not enrolled in any education that day, funded or not, of any sector", () => {
    expect(group(leaver("mbo", "2006-05-01", { enrolments: [enrolment({ level: "2", start: "2024-08-01" })] })).excluded).toBe("in_education");
    expect(group(leaver("ho", "2006-05-01", { enrolments: [enrolment({ sector: "HO", level: "HBO", funded: false, start: "2026-09-01", end: "2026-12-01" })] })).excluded).toBe("in_education");
    expect(group(leaver("ended", "2006-05-01", { enrolments: [enrolment({ level: "2", start: "2024-08-01", end: "2026-11-30" })] })).group).toBe("pro");
  });

  it("has no work of 12 hours a week or more that day: 11.9 hours stays in, 12 (also as two jobs) is out", () => {
    expect(group(leaver("11.9", "2006-05-01", { jobs: [job(11.9, "2025-01-01")] })).group).toBe("pro");
    expect(group(leaver("12", "2006-05-01", { jobs: [job(12, "2025-01-01")] })).excluded).toBe("working");
    expect(group(leaver("6+6", "2006-05-01", { jobs: [job(6, "2025-01-01"), job(6, "2026-06-01", "2026-12-01")] })).excluded).toBe("working");
    expect(group(leaver("ended-job", "2006-05-01", { jobs: [job(38, "2025-01-01", "2026-11-30")] })).group).toBe("pro");
  });

  it("has not died or emigrated", () => {
    expect(group(leaver("emigrated", "2006-05-01", { statuses: [status("EMIGRATED", "2025-03-01")] })).excluded).toBe("gone");
    expect(group(leaver("returned", "2006-05-01", { statuses: [status("EMIGRATED", "2025-03-01", "2026-01-01")] })).group).toBe("pro");
  });

  it("names every group in Dutch", () => {
    expect(Object.keys(TARGET_GROUP_LABELS)).toEqual([...TARGET_GROUPS]);
  });
});
