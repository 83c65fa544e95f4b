/**
 * Hand-built registers for tests: a few people with their facts, written as an exchange-format
 * folder (CSV) or straight into the store's register tables.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { IsoDate } from "../../src/domain/dates.js";
import type { Diploma, Enrolment, Job, PersonFacts, Residence, Status } from "../../src/domain/register.js";
import type { PersonId } from "../../src/domain/person-id.js";
import type { GemeenteCode } from "../../src/domain/codes.js";
import type { DiplomaLevel, Sector } from "../../src/domain/education.js";
import type { StatusKind } from "../../src/domain/register-format.js";
import { csvLine } from "../../src/domain/csv.js";
import { REGISTER_DDL, REGISTER_SCHEMA } from "../../src/engine/register-tables.js";
import { sqlString } from "../../src/engine/database.js";

const d = (s: string) => s as IsoDate;

let enrolmentCounter = 0;

export function enrolment(p: Partial<Omit<Enrolment, "startDate" | "endDate" | "recordedOn">> & { start: string; end?: string | null; recordedOn?: string | null; sector?: Sector }): Enrolment {
  enrolmentCounter += 1;
  return {
    enrolmentId: p.enrolmentId ?? `E${String(enrolmentCounter).padStart(6, "0")}`,
    institution: p.institution ?? "27GZ",
    location: p.location ?? null,
    sector: p.sector ?? "MBO",
    level: p.level ?? "2",
    grade: p.grade ?? null,
    leerweg: p.leerweg ?? (p.sector === undefined || p.sector === "MBO" ? "BOL" : null),
    programme: p.programme ?? null,
    funded: p.funded ?? true,
    startDate: d(p.start),
    endDate: p.end ? d(p.end) : null,
    recordedOn: p.recordedOn ? d(p.recordedOn) : null,
  };
}

export function diploma(level: DiplomaLevel, date: string, recordedOn: string | null = null): Diploma {
  return { level, date: d(date), institution: null, recordedOn: recordedOn ? d(recordedOn) : null };
}

export function residence(municipality: string, from: string, to: string | null = null, recordedOn: string | null = null): Residence {
  return { municipalityCode: municipality as GemeenteCode, from: d(from), to: to ? d(to) : null, postcode4: null, recordedOn: recordedOn ? d(recordedOn) : null };
}

export function status(kind: StatusKind, from: string, to: string | null = null, recordedOn: string | null = null): Status {
  return { kind, from: d(from), to: to ? d(to) : null, recordedOn: recordedOn ? d(recordedOn) : null };
}

export function job(hours: number, from: string, to: string | null = null, recordedOn: string | null = null): Job {
  return { hoursPerWeek: hours, from: d(from), to: to ? d(to) : null, recordedOn: recordedOn ? d(recordedOn) : null };
}

export function person(id: string, birthDate: string, facts: Partial<Omit<PersonFacts, "personId" | "birthDate">> = {}): PersonFacts {
  return {
    personId: id as PersonId,
    birthDate: d(birthDate),
    sex: facts.sex ?? null,
    residences: facts.residences ?? [residence("0363", "2000-01-01")],
    enrolments: facts.enrolments ?? [],
    diplomas: facts.diplomas ?? [],
    statuses: facts.statuses ?? [],
    jobs: facts.jobs ?? [],
  };
}

/** Rows of each exchange-format file, in the column order of the format. */
export function registerRows(people: readonly PersonFacts[]) {
  return {
    persons: people.map((p) => [p.personId, p.birthDate, p.sex]),
    residences: people.flatMap((p) => p.residences.map((r) => [p.personId, r.from, r.to, r.municipalityCode, r.postcode4, r.recordedOn])),
    enrolments: people.flatMap((p) =>
      p.enrolments.map((e) => [e.enrolmentId, p.personId, e.institution, e.location, e.sector, e.level, e.grade, e.leerweg, e.programme, e.funded, e.startDate, e.endDate, e.recordedOn]),
    ),
    diplomas: people.flatMap((p) => p.diplomas.map((x) => [p.personId, x.date, x.level, x.institution, x.recordedOn])),
    statuses: people.flatMap((p) => p.statuses.map((s) => [p.personId, s.kind, s.from, s.to, s.recordedOn])),
    jobs: people.flatMap((p) => p.jobs.map((j) => [p.personId, j.from, j.to, j.hoursPerWeek, j.recordedOn])),
  };
}

export const REGISTER_HEADERS = {
  persons: ["person_id", "birth_date", "sex"],
  residences: ["person_id", "from_date", "to_date", "municipality_code", "postcode4", "recorded_on"],
  enrolments: ["enrolment_id", "person_id", "institution", "location", "sector", "level", "grade", "leerweg", "programme", "funded", "start_date", "end_date", "recorded_on"],
  diplomas: ["person_id", "date", "level", "institution", "recorded_on"],
  statuses: ["person_id", "kind", "from_date", "to_date", "recorded_on"],
  jobs: ["person_id", "from_date", "to_date", "hours_per_week", "recorded_on"],
} as const;

/** Writes the people as an exchange-format register folder of CSV files. */
export function writeRegisterFolder(folder: string, people: readonly PersonFacts[]): string {
  mkdirSync(folder, { recursive: true });
  const rows = registerRows(people);
  for (const [table, header] of Object.entries(REGISTER_HEADERS)) {
    const lines = [csvLine(header), ...rows[table as keyof typeof rows].map((r) => csvLine(r as never))];
    writeFileSync(path.join(folder, `${table}.csv`), lines.join(""));
  }
  return folder;
}

function sqlValue(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return sqlString(String(v));
}

/**
 * Puts the people straight into the store's register tables (replacing what is there), skipping
 * the importer: for engine tests that are not about import.
 */
export async function loadRegisterDirect(conn: DuckDBConnection, people: readonly PersonFacts[], registerId = "test-register"): Promise<void> {
  const rows = registerRows(people);
  await conn.run(`CREATE SCHEMA IF NOT EXISTS ${REGISTER_SCHEMA}`);
  for (const [table, ddl] of Object.entries(REGISTER_DDL)) {
    await conn.run(`CREATE OR REPLACE TABLE ${REGISTER_SCHEMA}.${table} (${ddl})`);
    const header = REGISTER_HEADERS[table as keyof typeof REGISTER_HEADERS];
    const values = rows[table as keyof typeof rows];
    if (values.length > 0) {
      await conn.run(`INSERT INTO ${REGISTER_SCHEMA}.${table} (${header.join(", ")}) VALUES ${values.map((r) => `(${r.map(sqlValue).join(", ")})`).join(", ")}`);
    }
  }
  await conn.run(
    `CREATE OR REPLACE TABLE ${REGISTER_SCHEMA}.meta AS SELECT ${sqlString(registerId)} AS register_id, 'test' AS source, now()::TIMESTAMP AS imported_at, ${rows.persons.length}::BIGINT AS persons, ${rows.residences.length}::BIGINT AS residences, ${rows.enrolments.length}::BIGINT AS enrolments, ${rows.diplomas.length}::BIGINT AS diplomas, ${rows.statuses.length}::BIGINT AS statuses, ${rows.jobs.length}::BIGINT AS jobs`,
  );
}
