/**
 * The simulation decides who leaves and how; the definition (evaluatePerson, the reference
 * implementation) must then give exactly the intended result for each person drawn. This is what
 * makes the calibration controllable: the counted vsv'ers are the drawn dropouts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stage } from "../../src/domain/definition.js";
import type { PersonFacts } from "../../src/domain/register.js";
import { teljaarStartingIn } from "../../src/domain/teljaar.js";
import { evaluatePerson } from "../../src/domain/vsv-rules.js";
import { readRegisterFolder } from "../../src/synth/check.js";
import { type Generated, generate, removeTempDirs } from "./helpers.js";

let g: Generated;
let people: Map<string, PersonFacts>;

beforeAll(async () => {
  g = await generate({ scale: 0.01 });
  people = new Map((await readRegisterFolder(g.folder)).map((p) => [p.personId as string, p]));
});
afterAll(removeTempDirs);

/** Outcome per drawn person of the requested teljaren: "vsv", an exclusion code, "none" or "not in start population". */
function outcomes(kind: string, stage: Stage): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of g.draws) {
    if (d.kind !== kind || d.year < 2015 || d.year > 2024) continue;
    const e = evaluatePerson(people.get(d.personId)!, { teljaar: teljaarStartingIn(d.year), definition: 23, stage });
    const result = !e.inStartPopulation ? "not in start population" : e.vsv ? "vsv" : (e.exclusion ?? "none");
    out.set(result, (out.get(result) ?? 0) + 1);
  }
  return out;
}

describe("drawn dropouts and exclusions give the intended result", () => {
  it("counts every drawn dropout as a new vsv'er in the definitive figures", () => {
    const def = outcomes("DROPOUT", "definitive");
    expect([...def.keys()]).toEqual(["vsv"]);
    expect(def.get("vsv")).toBeGreaterThan(2000);
  });

  it("leaves only the late-registered dropouts out of the preliminary figures", () => {
    const pre = outcomes("DROPOUT", "preliminary");
    const total = [...pre.values()].reduce((a, b) => a + b, 0);
    expect(new Set(pre.keys())).toEqual(new Set(["vsv", "not in start population"]));
    expect((pre.get("not in start population") ?? 0) / total).toBeLessThan(0.01);
  });

  it("counts each drawn exclusion under its own code in both stages", () => {
    const expected: Record<string, string> = {
      UNFUNDED: "UNFUNDED", MBO1_JOB: "MBO1_JOB", EXEMPTION: "EXEMPTION", NEWCOMER: "NEWCOMER", LATE_SK: "LATE_SK",
      DEFENCE_POLICE: "DEFENCE_POLICE", DECEASED: "DECEASED_EMIGRATED", EMIGRATED: "DECEASED_EMIGRATED",
    };
    for (const [kind, code] of Object.entries(expected)) {
      for (const stage of ["preliminary", "definitive"] as const) {
        const o = outcomes(kind, stage);
        expect([...o.keys()], `${kind} ${stage}`).toEqual([code]);
      }
    }
  });

  it("makes late registrations vsv'ers in the preliminary figures only", () => {
    expect([...outcomes("PHANTOM", "preliminary").keys()]).toEqual(["vsv"]);
    expect([...outcomes("PHANTOM", "definitive").keys()]).toEqual(["none"]);
  });
});
