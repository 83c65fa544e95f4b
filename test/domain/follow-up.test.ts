/** The follow-up, mbo-leaver, NEET and transition rules (docs/follow-up.md) on hand-built people. */
import { describe, expect, it } from "vitest";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { FOLLOW_UP_SITUATIONS, LETTER_2014_FOLLOW_UP, followUpDate, followUpOf } from "../../src/domain/steering/follow-up.js";
import { mboLeaverOf } from "../../src/domain/steering/follow-up-mbo.js";
import { neetStatusOf } from "../../src/domain/steering/neet.js";
import { vmboMboStatusOf, vsoMboStatusOf, vulnerableStatusOf } from "../../src/domain/steering/transitions.js";
import { ALL, pct, suppressCube, suppressCubes } from "../../src/domain/steering/follow-up-cube.js";
import { FOLLOW_UP_CASES, MBO_LEAVER_CASES, NEET_CASES, VMBO_MBO_CASES, VSO_MBO_CASES, VULNERABLE_CASES } from "./follow-up-people.js";

const T = parseTeljaar("2023-2024");

describe("follow-up one year later", () => {
  it("looks at 1 October of year t+2", () => {
    expect(followUpDate(T)).toBe("2025-10-01");
  });
  for (const c of FOLLOW_UP_CASES) {
    it(`${c.person.personId}: ${c.expected ?? "not followed up"} — ${c.why}`, () => {
      expect(followUpOf(c.person, T)).toBe(c.expected);
    });
  }
  it("maps the 2014 letter's three categories onto our five, each of ours exactly once", () => {
    const ours = LETTER_2014_FOLLOW_UP.shares.flatMap((s) => [...s.ours]).sort();
    expect(ours).toEqual([...FOLLOW_UP_SITUATIONS].sort());
    expect(LETTER_2014_FOLLOW_UP.shares.reduce((s, x) => s + x.pct, 0)).toBe(100);
  });
});

describe("mbo leavers and work a year later", () => {
  for (const c of MBO_LEAVER_CASES) {
    it(`${c.person.personId}: ${c.why}`, () => {
      const l = mboLeaverOf(c.person, T);
      expect(l && { withSk: l.withSk, working: l.working, inEducation: l.inEducation, programme: l.enrolment.programme, level: l.enrolment.level }).toEqual(c.expected);
    });
  }
});

describe("youth without school or work (NEET), year 2024", () => {
  for (const c of NEET_CASES) {
    it(`${c.person.personId}: ${c.why}`, () => {
      expect(neetStatusOf(c.person, 2024)?.neet ?? null).toBe(c.expected);
    });
  }
});

describe("youth in a vulnerable position", () => {
  for (const c of VULNERABLE_CASES) {
    it(`${c.person.personId}: ${c.why}`, () => {
      expect(vulnerableStatusOf(c.person, T)).toEqual(c.expected);
    });
  }
});

describe("vso → mbo", () => {
  for (const c of VSO_MBO_CASES) {
    it(`${c.person.personId}: ${c.why}`, () => {
      expect(vsoMboStatusOf(c.person, T)).toEqual(c.expected);
    });
  }
});

describe("vmbo → mbo", () => {
  for (const c of VMBO_MBO_CASES) {
    it(`${c.person.personId}: ${c.why}`, () => {
      expect(vmboMboStatusOf(c.person, T)).toEqual(c.expected);
    });
  }
});

describe("suppression of a count cube", () => {
  it("hides counts 1-4 and enough other cells that no hidden count follows from the totals", () => {
    const cube = suppressCube(
      [
        { keys: ["01", "sk"], count: 3 }, { keys: ["01", "vsv"], count: 40 },
        { keys: ["02", "sk"], count: 12 }, { keys: ["02", "vsv"], count: 30 },
      ],
      2,
    );
    expect(cube.count(["01", "sk"])).toBeNull();
    // Region 01's total is shown, so its vsv count must be hidden too; then sk's national total as well or region 02's.
    expect(cube.count([ALL, ALL])).toBe(85);
    expect(cube.count(["01", "vsv"])).toBeNull();
    const shown = (k: string[]) => cube.count(k) !== null;
    // Region 02's cells: at least one hidden, else 01's sk = national sk − 02's sk.
    expect(shown(["02", "sk"]) && shown([ALL, "sk"])).toBe(false);
  });
  it("shows zeros for values named in the domain that nobody has", () => {
    const cube = suppressCube([{ keys: ["01", "vsv"], count: 40 }], 2, [undefined, ["sk", "vsv"]]);
    expect(cube.count(["01", "sk"])).toBe(0);
    expect(cube.count(["01", "vsv"])).toBe(40);
  });
  it("protects cubes of the same people together: their national cells have one status in each", () => {
    // The same 40 leavers by area and by level; in each cube alone a different national cell would be the partner.
    const byArea = [{ keys: ["a", "true"], count: 2 }, { keys: ["a", "false"], count: 18 }, { keys: ["b", "true"], count: 9 }, { keys: ["b", "false"], count: 11 }];
    const byLevel = [{ keys: ["1", "true"], count: 7 }, { keys: ["1", "false"], count: 3 }, { keys: ["2", "true"], count: 4 }, { keys: ["2", "false"], count: 26 }];
    const [area, level] = suppressCubes([{ inputs: byArea, dims: 2 }, { inputs: byLevel, dims: 2 }]);
    for (const k of [[ALL, ALL], [ALL, "true"], [ALL, "false"]]) expect(area!.count(k)).toBe(level!.count(k));
    expect(area!.count(["a", "true"])).toBeNull();
    expect(level!.count(["1", "false"])).toBeNull();
    expect(level!.count(["2", "true"])).toBeNull();
    // Alone, each cube may hide a national cell the other shows: together they cannot.
    expect(() => suppressCubes([{ inputs: byArea, dims: 2 }, { inputs: byLevel.slice(1), dims: 2 }])).toThrow(/disagree/);
  });
  it("gives percentages only when both counts are shown", () => {
    expect(pct(8, 100)).toBe(8);
    expect(pct(1, 3)).toBe(33.3);
    expect(pct(null, 100)).toBeNull();
    expect(pct(5, 0)).toBeNull();
  });
});
