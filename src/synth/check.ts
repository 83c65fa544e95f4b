/**
 * Reads a generated register folder back and evaluates the vsv definition with the reference
 * implementation (`evaluatePerson`, src/domain/vsv-rules.ts) for every person, per teljaar and
 * stage. Meant for small scales (a few hundred thousand persons fit in memory); at scale 1.0
 * use the SQL engine (`vsv import register`, `vsv compute`). Used by bench/calibration.ts and
 * the calibration test.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { IsoDate } from "../domain/dates.js";
import { type Definition, type Stage } from "../domain/definition.js";
import type { DiplomaLevel, Leerweg, Sector } from "../domain/education.js";
import { EXCLUSIONS, type Exclusion } from "../domain/exclusions.js";
import type { PersonId } from "../domain/person-id.js";
import type { RegisterTable, StatusKind } from "../domain/register-format.js";
import type { Diploma, Enrolment, Job, PersonFacts, Residence, Status } from "../domain/register.js";
import type { GemeenteCode } from "../domain/codes.js";
import { type Teljaar, firstPeildatum, teljaarStartingIn } from "../domain/teljaar.js";
import { evaluatePerson } from "../domain/vsv-rules.js";
import { parseCsv } from "../domain/csv.js";
import { loadMunicipalities } from "./reference-data.js";

interface MutablePerson {
  personId: PersonId;
  birthDate: IsoDate;
  sex: "M" | "V" | "X" | null;
  residences: Residence[];
  enrolments: Enrolment[];
  diplomas: Diploma[];
  statuses: Status[];
  jobs: Job[];
}

const orNull = (s: string | undefined): string | null => (s === undefined || s === "" ? null : s);
const date = (s: string | undefined) => orNull(s) as IsoDate | null;

async function eachRow(folder: string, table: RegisterTable, onRow: (row: Record<string, string>) => void): Promise<void> {
  const lines = createInterface({ input: createReadStream(path.join(folder, `${table}.csv`)), crlfDelay: Infinity });
  let header: string[] | undefined;
  for await (const line of lines) {
    if (line === "") continue;
    const fields = line.includes('"') ? parseCsv(line)[0]! : line.split(",");
    if (!header) {
      header = fields;
      continue;
    }
    const row: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) row[header[k]!] = fields[k] ?? "";
    onRow(row);
  }
}

/** Every person of a register folder (CSV) with their facts. */
export async function readRegisterFolder(folder: string): Promise<PersonFacts[]> {
  const people = new Map<string, MutablePerson>();
  await eachRow(folder, "persons", (r) => {
    people.set(r.person_id!, {
      personId: r.person_id as PersonId, birthDate: r.birth_date as IsoDate, sex: (orNull(r.sex) as "M" | "V" | "X" | null),
      residences: [], enrolments: [], diplomas: [], statuses: [], jobs: [],
    });
  });
  const of = (id: string | undefined): MutablePerson => {
    const p = people.get(id ?? "");
    if (!p) throw new Error(`register refers to a person not in persons.csv`);
    return p;
  };
  await eachRow(folder, "residences", (r) => {
    of(r.person_id).residences.push({ from: r.from_date as IsoDate, to: date(r.to_date), municipalityCode: r.municipality_code as GemeenteCode, postcode4: orNull(r.postcode4), recordedOn: date(r.recorded_on) });
  });
  await eachRow(folder, "enrolments", (r) => {
    of(r.person_id).enrolments.push({
      enrolmentId: r.enrolment_id!, institution: r.institution!, location: orNull(r.location), sector: r.sector as Sector, level: r.level!,
      grade: r.grade ? Number(r.grade) : null, leerweg: orNull(r.leerweg) as Leerweg | null, programme: orNull(r.programme),
      funded: r.funded === "true", startDate: r.start_date as IsoDate, endDate: date(r.end_date), recordedOn: date(r.recorded_on),
    });
  });
  await eachRow(folder, "diplomas", (r) => {
    of(r.person_id).diplomas.push({ date: r.date as IsoDate, level: r.level as DiplomaLevel, institution: orNull(r.institution), recordedOn: date(r.recorded_on) });
  });
  await eachRow(folder, "statuses", (r) => {
    of(r.person_id).statuses.push({ kind: r.kind as StatusKind, from: r.from_date as IsoDate, to: date(r.to_date), recordedOn: date(r.recorded_on) });
  });
  await eachRow(folder, "jobs", (r) => {
    of(r.person_id).jobs.push({ from: r.from_date as IsoDate, to: date(r.to_date), hoursPerWeek: Number(r.hours_per_week), recordedOn: date(r.recorded_on) });
  });
  return [...people.values()];
}

export interface Count {
  population: number;
  vsv: number;
}

export interface TeljaarFigures {
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly definition: Definition;
  readonly total: Count;
  readonly vo: Count;
  readonly mbo: Count;
  readonly exclusions: Record<Exclusion, number>;
  /** By municipality code, RMC region, sort of education (VMBO-BB…, MBO-1…, VAVO) and leerweg. */
  readonly municipalities: Record<string, Count>;
  readonly regions: Record<string, Count>;
  readonly educationTypes: Record<string, Count>;
  readonly leerwegen: Record<string, Count>;
}

function add(map: Record<string, Count>, key: string | null | undefined, vsv: boolean): void {
  if (!key) return;
  const c = (map[key] ??= { population: 0, vsv: 0 });
  c.population += 1;
  if (vsv) c.vsv += 1;
}

/** Evaluates the definition for every person, for each teljaar (start years) and stage. */
export function evaluateRegister(people: readonly PersonFacts[], years: readonly number[], stages: readonly Stage[], definition: Definition = 23): TeljaarFigures[] {
  const regionOf = new Map(loadMunicipalities().map((m) => [m.code, m.rmcRegion]));
  const out: TeljaarFigures[] = [];
  for (const year of years) {
    const teljaar = teljaarStartingIn(year);
    const p1 = firstPeildatum(teljaar);
    // Only people with a vo/mbo/vavo enrolment active on the first peildatum can be in the start population.
    const candidates = people.filter((p) => p.enrolments.some((e) => e.startDate <= p1 && (e.endDate === null || e.endDate >= p1) && (e.sector === "VO" || e.sector === "MBO" || e.sector === "VAVO")));
    for (const stage of stages) {
      const f: TeljaarFigures = {
        teljaar, stage, definition, total: { population: 0, vsv: 0 }, vo: { population: 0, vsv: 0 }, mbo: { population: 0, vsv: 0 },
        exclusions: Object.fromEntries(EXCLUSIONS.map((e) => [e, 0])) as Record<Exclusion, number>,
        municipalities: {}, regions: {}, educationTypes: {}, leerwegen: {},
      };
      for (const person of candidates) {
        const e = evaluatePerson(person, { teljaar, definition, stage });
        if (!e.inStartPopulation) continue;
        const main = e.mainEnrolment!;
        const group = main.sector === "VO" ? f.vo : f.mbo;
        f.total.population += 1;
        group.population += 1;
        if (e.vsv) {
          f.total.vsv += 1;
          group.vsv += 1;
        }
        if (e.exclusion) f.exclusions[e.exclusion] += 1;
        add(f.municipalities, e.municipalityCode, e.vsv);
        add(f.regions, e.municipalityCode ? regionOf.get(e.municipalityCode) : null, e.vsv);
        add(f.educationTypes, main.sector === "MBO" ? `MBO-${main.level}` : main.sector === "VAVO" ? "VAVO" : main.level, e.vsv);
        add(f.leerwegen, main.leerweg, e.vsv);
      }
      out.push(f);
    }
  }
  return out;
}

export function rate(c: Count | undefined): number {
  return c && c.population > 0 ? c.vsv / c.population : 0;
}
