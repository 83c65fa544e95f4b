/**
 * `vsv explain`: why one person is or is not counted, rule by rule. Loads the person's facts from
 * the register and runs the pure rules (src/domain/vsv-rules.ts); shows the stored engine result
 * beside it, so a disagreement would be visible at once.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { IsoDate } from "../domain/dates.js";
import { type Definition, type Stage } from "../domain/definition.js";
import { VsvError } from "../domain/errors.js";
import type { PersonId } from "../domain/person-id.js";
import type { PersonFacts } from "../domain/register.js";
import type { Teljaar } from "../domain/teljaar.js";
import { type Evaluation, evaluatePerson } from "../domain/vsv-rules.js";
import type { GemeenteCode } from "../domain/codes.js";
import type { DiplomaLevel, Leerweg, Sector } from "../domain/education.js";
import type { StatusKind } from "../domain/register-format.js";
import { PERSON_RESULTS_VIEW, RESULTS_SCHEMA } from "./results-tables.js";
import { tableExists } from "./database.js";

type Row = Record<string, unknown>;

async function rowsFor(conn: DuckDBConnection, sql: string, id: string): Promise<Row[]> {
  const reader = await conn.runAndReadAll(sql, [id]);
  return reader.getRowObjectsJS() as Row[];
}

const date = (v: unknown): IsoDate => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)) as IsoDate;
const dateOrNull = (v: unknown): IsoDate | null => (v === null || v === undefined ? null : date(v));
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The person's facts as the register holds them, or undefined when the person is not in it. */
export async function loadPersonFacts(conn: DuckDBConnection, personId: string): Promise<PersonFacts | undefined> {
  const dates = (cols: string) => cols.split(",").map((c) => `CAST(${c.trim()} AS VARCHAR) AS ${c.trim()}`).join(", ");
  const persons = await rowsFor(conn, `SELECT person_id, ${dates("birth_date")}, sex FROM register.persons WHERE person_id = $1`, personId);
  const p = persons[0];
  if (!p) return undefined;
  const enrolments = await rowsFor(conn, `SELECT * EXCLUDE (start_date, end_date, recorded_on), ${dates("start_date, end_date, recorded_on")} FROM register.enrolments WHERE person_id = $1 ORDER BY start_date, enrolment_id`, personId);
  const diplomas = await rowsFor(conn, `SELECT level, institution, ${dates("date, recorded_on")} FROM register.diplomas WHERE person_id = $1 ORDER BY date`, personId);
  const residences = await rowsFor(conn, `SELECT municipality_code, postcode4, ${dates("from_date, to_date, recorded_on")} FROM register.residences WHERE person_id = $1 ORDER BY from_date`, personId);
  const statuses = await rowsFor(conn, `SELECT kind, ${dates("from_date, to_date, recorded_on")} FROM register.statuses WHERE person_id = $1 ORDER BY from_date`, personId);
  const jobs = await rowsFor(conn, `SELECT hours_per_week, ${dates("from_date, to_date, recorded_on")} FROM register.jobs WHERE person_id = $1 ORDER BY from_date`, personId);
  return {
    personId: p.person_id as PersonId,
    birthDate: date(p.birth_date),
    sex: (text(p.sex) as PersonFacts["sex"]) ?? null,
    enrolments: enrolments.map((e) => ({
      enrolmentId: String(e.enrolment_id),
      institution: String(e.institution),
      location: text(e.location),
      sector: e.sector as Sector,
      level: String(e.level),
      grade: e.grade === null || e.grade === undefined ? null : Number(e.grade),
      leerweg: text(e.leerweg) as Leerweg | null,
      programme: text(e.programme),
      funded: Boolean(e.funded),
      startDate: date(e.start_date),
      endDate: dateOrNull(e.end_date),
      recordedOn: dateOrNull(e.recorded_on),
    })),
    diplomas: diplomas.map((d) => ({ level: d.level as DiplomaLevel, date: date(d.date), institution: text(d.institution), recordedOn: dateOrNull(d.recorded_on) })),
    residences: residences.map((r) => ({ municipalityCode: r.municipality_code as GemeenteCode, postcode4: text(r.postcode4), from: date(r.from_date), to: dateOrNull(r.to_date), recordedOn: dateOrNull(r.recorded_on) })),
    statuses: statuses.map((s) => ({ kind: s.kind as StatusKind, from: date(s.from_date), to: dateOrNull(s.to_date), recordedOn: dateOrNull(s.recorded_on) })),
    jobs: jobs.map((j) => ({ hoursPerWeek: Number(j.hours_per_week), from: date(j.from_date), to: dateOrNull(j.to_date), recordedOn: dateOrNull(j.recorded_on) })),
  };
}

export interface Explanation {
  readonly evaluation: Evaluation;
  /** What the stored engine result says (null: not computed for this teljaar and stage). */
  readonly stored: { readonly inStartPopulation: boolean; readonly vsv: boolean; readonly exclusion: string | null; readonly region: string | null } | null;
}

export async function explainPerson(
  conn: DuckDBConnection,
  personId: string,
  teljaar: Teljaar,
  combos: readonly { definition: Definition; stage: Stage }[],
): Promise<Explanation[]> {
  const facts = await loadPersonFacts(conn, personId);
  if (!facts) throw new VsvError("UNKNOWN_PERSON", "This person is not in the register: check the person_id (as in persons.csv)");
  const haveResults = await tableExists(conn, RESULTS_SCHEMA, "persons");
  const out: Explanation[] = [];
  for (const { definition, stage } of combos) {
    const evaluation = evaluatePerson(facts, { teljaar, definition, stage });
    let stored: Explanation["stored"] = null;
    if (haveResults) {
      const reader = await conn.runAndReadAll(
        `SELECT (SELECT count(*) FROM ${RESULTS_SCHEMA}.runs WHERE teljaar = $2 AND stage = $3) AS runs,
                bool_or(in_sp${definition}) AS in_sp, bool_or(in_sp${definition} AND vsv) AS vsv,
                any_value(CASE WHEN in_sp${definition} THEN exclusion END) AS exclusion, any_value(region) AS region
         FROM ${PERSON_RESULTS_VIEW} WHERE person_id = $1 AND teljaar = $2 AND stage = $3`,
        [personId, teljaar, stage],
      );
      const r = reader.getRowObjectsJS()[0] as Row | undefined;
      if (r && Number(r.runs) > 0) {
        stored = { inStartPopulation: r.in_sp === true, vsv: r.vsv === true, exclusion: text(r.exclusion), region: text(r.region) };
      }
    }
    out.push({ evaluation, stored });
  }
  return out;
}
