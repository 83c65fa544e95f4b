/**
 * Every row the generator writes is valid exchange format (register-format.md) and the register
 * holds what the definition needs: all regions, both kinds of person id, every exclusion.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tryParseIsoDate } from "../../src/domain/dates.js";
import { LEVELS_BY_SECTOR, type Sector } from "../../src/domain/education.js";
import { classifyPersonId } from "../../src/domain/person-id.js";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable } from "../../src/domain/register-format.js";
import { importRegister } from "../../src/engine/register-import.js";
import { loadSynthReference } from "../../src/synth/reference-data.js";
import { type Generated, generate, removeTempDirs, tempDir } from "./helpers.js";

let g: Generated;
const rows: Partial<Record<RegisterTable, Record<string, string>[]>> = {};
const ref = loadSynthReference();

beforeAll(async () => {
  g = await generate({ scale: 0.005 });
  for (const t of REGISTER_TABLES) {
    const [header, ...lines] = readFileSync(path.join(g.folder, `${t}.csv`), "utf8").split("\n").filter((l) => l !== "");
    const cols = header!.split(",");
    rows[t] = lines.map((l) => {
      const f = l.split(",");
      return Object.fromEntries(cols.map((c, k) => [c, f[k] ?? ""]));
    });
  }
});
afterAll(removeTempDirs);

const of = (t: RegisterTable) => rows[t]!;

describe("generated register: the exchange format", () => {
  it("writes every file with the columns of REGISTER_FORMAT, including recorded_on", () => {
    for (const t of REGISTER_TABLES) {
      const header = readFileSync(path.join(g.folder, `${t}.csv`), "utf8").split("\n")[0];
      expect(header).toBe(REGISTER_FORMAT[t].columns.map((c) => c.name).join(","));
      expect(of(t).length).toBeGreaterThan(0);
    }
  });

  it("writes every value according to its column rule", () => {
    const municipalities = new Set(ref.municipalities.map((m) => m.code));
    const problems: string[] = [];
    for (const t of REGISTER_TABLES) {
      for (const row of of(t)) {
        for (const c of REGISTER_FORMAT[t].columns) {
          const v = row[c.name]!;
          let ok = true;
          if (v === "") ok = !c.required;
          else {
            switch (c.kind.type) {
              case "person_id": ok = ["BSN", "ONDERWIJSNUMMER"].includes(classifyPersonId(v) ?? ""); break;
              case "date": ok = tryParseIsoDate(v) !== undefined; break;
              case "boolean": ok = v === "true" || v === "false"; break;
              case "integer": ok = Number.isInteger(Number(v)) && Number(v) >= (c.kind.min ?? -Infinity) && Number(v) <= (c.kind.max ?? Infinity); break;
              case "number": ok = Number(v) >= (c.kind.min ?? -Infinity); break;
              case "enum": ok = c.kind.values.includes(v); break;
              case "municipality": ok = municipalities.has(v); break;
              case "postcode4": ok = /^\d{4}$/.test(v); break;
              case "text": break;
            }
          }
          if (!ok) problems.push(`${t}.${c.name}: "${v}"`);
        }
        const period = REGISTER_FORMAT[t].period;
        if (period && row[period[1]] !== "" && row[period[1]]! < row[period[0]]!) problems.push(`${t}: ${period[1]} before ${period[0]}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it("keys persons and enrolments uniquely and refers only to known persons", () => {
    const persons = new Set(of("persons").map((r) => r.person_id));
    expect(persons.size).toBe(of("persons").length);
    const ids = new Set(of("enrolments").map((r) => r.enrolment_id));
    expect(ids.size).toBe(of("enrolments").length);
    const unknown = REGISTER_TABLES.flatMap((t) => of(t).filter((r) => !persons.has(r.person_id!)).map((r) => `${t}: ${r.person_id}`));
    expect(unknown.slice(0, 5)).toEqual([]);
  });

  it("uses levels allowed for the sector, grades only in vo, pro and vso, leerweg only in mbo", () => {
    const bad = of("enrolments").filter((e) => {
      const sector = e.sector as Sector;
      return !LEVELS_BY_SECTOR[sector].includes(e.level!) || (e.grade !== "" && !["VO", "PRO", "VSO"].includes(sector)) || (sector === "MBO" ? !["BOL", "BBL"].includes(e.leerweg!) : e.leerweg !== "");
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("uses only institutions and locations of the reference, funded unless the institution is not", () => {
    const locations = new Map(ref.locations.map((l) => [l.code, l]));
    const bad = of("enrolments").filter((e) => {
      const l = locations.get(e.location!);
      return !l || l.institution.code !== e.institution || e.funded !== String(l.institution.funded);
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("gives every person residences that do not overlap", () => {
    const byPerson = new Map<string, { from: string; to: string }[]>();
    for (const r of of("residences")) {
      const list = byPerson.get(r.person_id!) ?? [];
      list.push({ from: r.from_date!, to: r.to_date! });
      byPerson.set(r.person_id!, list);
    }
    let overlapping = 0;
    for (const list of byPerson.values()) {
      list.sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let k = 1; k < list.length; k++) if (list[k - 1]!.to === "" || list[k - 1]!.to >= list[k]!.from) overlapping += 1;
    }
    expect(overlapping).toBe(0);
    expect(byPerson.size).toBe(of("persons").length);
  });

  it("is accepted by the importer", async () => {
    const summary = await importRegister(tempDir(), g.folder);
    expect(summary.status).toBe("imported");
    expect(summary.counts).toEqual(g.summary.rows);
  });
});

describe("generated register: what the definition needs", () => {
  it("has people living in all 40 RMC regions and most municipalities", () => {
    const regionOf = new Map(ref.municipalities.map((m) => [m.code, m.rmcRegion]));
    const regions = new Set(of("residences").map((r) => regionOf.get(r.municipality_code!)));
    expect(regions.size).toBe(40);
    expect(new Set(of("residences").map((r) => r.municipality_code)).size).toBeGreaterThan(300);
  });

  it("keys most people by BSN and some by onderwijsnummer", () => {
    const kinds = of("persons").map((p) => classifyPersonId(p.person_id!));
    const on = kinds.filter((k) => k === "ONDERWIJSNUMMER").length;
    expect(on).toBeGreaterThan(0);
    expect(on / kinds.length).toBeLessThan(0.1);
  });

  it("holds every exclusion case: unfunded enrolments, mbo-1 diplomas with jobs, and every status kind", () => {
    expect(of("enrolments").some((e) => e.funded === "false")).toBe(true);
    expect(of("diplomas").some((d) => d.level === "MBO-1")).toBe(true);
    expect(of("jobs").some((j) => Number(j.hours_per_week) >= 12)).toBe(true);
    expect(new Set(of("statuses").map((s) => s.kind))).toEqual(new Set(["EXEMPTION", "NEWCOMER", "DEFENCE_POLICE", "DECEASED", "EMIGRATED"]));
    const kinds = new Set(g.draws.map((d) => d.kind));
    for (const k of ["DROPOUT", "UNFUNDED", "MBO1_JOB", "EXEMPTION", "NEWCOMER", "LATE_SK", "DEFENCE_POLICE", "DECEASED", "EMIGRATED", "PHANTOM"]) expect(kinds).toContain(k);
  });

  it("records some facts late: after the preliminary cut-off, before the definitive one", () => {
    const late = of("enrolments").filter((e) => {
      if (e.recorded_on === "") return false;
      const y = Number(e.start_date!.slice(0, 4));
      return e.recorded_on! > `${y + 1}-02-01`;
    });
    expect(late.length).toBeGreaterThan(0);
    expect(of("diplomas").some((d) => d.recorded_on !== "" && d.recorded_on! > `${Number(d.date!.slice(0, 4)) + 1}-02-01`)).toBe(true);
  });

  it("stays within the extract: facts up to 31 December of the last year, recorded up to its definitive cut-off", () => {
    const outside: string[] = [];
    for (const t of ["residences", "enrolments", "diplomas", "statuses", "jobs"] as const) {
      for (const r of of(t)) {
        for (const c of ["from_date", "to_date", "start_date", "end_date", "date"]) if (r[c] && r[c]! > "2025-12-31") outside.push(`${t}.${c} ${r[c]}`);
        if (r.recorded_on && r.recorded_on > "2026-10-01") outside.push(`${t}.recorded_on ${r.recorded_on}`);
      }
    }
    expect(outside.slice(0, 5)).toEqual([]);
  });
});
