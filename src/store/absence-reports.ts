/**
 * Absence reports (verzuimmeldingen, issue 5 part 5; issue 16 part 7): a school or the region records that a person
 * was absent (the period from–to, statutory or not, hours, a note), optionally linked to the person's case in that
 * region; lists within a scope (with the school's name), and counts per institution or region. Who may record what
 * is the route's check; the store checks that the person is known there, that a linked case is the same person's in
 * the same region, and that statutory absence falls under the Leerplichtwet on the first day of the period
 * (src/domain/casework/compulsory-education.ts). docs/casework.md, "Absence reports".
 */
import type { AccessScope } from "../domain/casework/access.js";
import { compulsoryEducationOn, statutoryRefusal } from "../domain/casework/compulsory-education.js";
import type { IsoDate } from "../domain/dates.js";
import { VsvError } from "../domain/errors.js";
import { CaseError } from "./case-errors.js";
import { readCase, recordCaseEvent } from "./case-record.js";
import { caseNotFound } from "./cases.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export const ABSENCE_KINDS = ["statutory", "non_statutory"] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export const ABSENCE_KIND_LABELS: Readonly<Record<AbsenceKind, string>> = {
  statutory: "Wettelijk verzuim (leerplicht, kwalificatieplicht)",
  non_statutory: "Niet-wettelijk verzuim",
};

/** Hours fit numeric(6, 1). */
export const MAX_ABSENCE_HOURS = 99_999.9;

/** The longest note a report may carry (characters). */
export const MAX_ABSENCE_NOTE = 2000;

export interface AbsenceReport {
  readonly id: number;
  readonly person_ref: PersonRef;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly institution: string;
  /** The school's name, from the signal-list rows of that institution (null when no row names it). */
  readonly institution_name: string | null;
  readonly region: string;
  /** ISO date: the day the report was made. */
  readonly reported_on: string;
  /** ISO dates, both inclusive: the period the student was absent. */
  readonly absent_from: string;
  readonly absent_to: string;
  readonly kind: AbsenceKind;
  readonly hours: number;
  readonly note: string;
  readonly case_id: number | null;
  readonly created_by: number | null;
  readonly created_at: Date;
}

export interface RecordAbsence {
  readonly personRef: PersonRef;
  readonly institution: string;
  readonly region: string;
  readonly reportedOn: string;
  /** The period absent, both inclusive (default: the single day `reportedOn`; `absentTo` defaults to `absentFrom`). */
  readonly absentFrom?: string;
  readonly absentTo?: string;
  readonly kind: AbsenceKind;
  readonly hours: number;
  readonly note?: string;
  readonly caseId?: number | null;
  readonly createdBy: number | null;
}

/** Who may see which reports: those of these regions or these institutions (both empty: none). */
/** What an actor may see (src/domain/casework/access.ts `accessScope`); the row-level security policies hold it too. */
export type AbsenceScope = AccessScope;

const REPORT_COLUMNS = `r.id, r.person_ref, n.family_name, n.given_names, r.institution, i.institution_name, r.region,
  r.reported_on::text AS reported_on, r.absent_from::text AS absent_from, r.absent_to::text AS absent_to,
  r.kind, r.hours::float8 AS hours, r.note, r.case_id, r.created_by, r.created_at`;

// The person's name from their latest row (at the institution first); the school's name from any row of the
// institution the reader may see (the signal rows carry the reference data's name: docs/signal-lists.md).
const REPORT_FROM = `FROM absence_reports r
  LEFT JOIN LATERAL (
    SELECT s.family_name, s.given_names FROM signals s WHERE s.person_ref = r.person_ref
    ORDER BY (s.institution = r.institution) DESC, s.teljaar DESC, s.loaded_at DESC, s.id DESC LIMIT 1
  ) n ON true
  LEFT JOIN LATERAL (
    SELECT s.institution_name FROM signals s WHERE s.institution = r.institution AND s.institution_name IS NOT NULL
    ORDER BY s.teljaar DESC, s.loaded_at DESC LIMIT 1
  ) i ON true`;

export async function readAbsenceReport(sql: Sql, id: number): Promise<AbsenceReport | null> {
  const [row] = await sql.query<AbsenceReport>(`SELECT ${REPORT_COLUMNS} ${REPORT_FROM} WHERE r.id = $1`, [id]);
  return row ?? null;
}

/** The period and note of a new report, checked: to not before from, the note not too long (VsvError BAD_PERIOD, BAD_NOTE). */
export function absencePeriod(input: Pick<RecordAbsence, "reportedOn" | "absentFrom" | "absentTo" | "note">): { from: string; to: string; note: string } {
  const from = input.absentFrom ?? input.reportedOn;
  const to = input.absentTo ?? from;
  if (to < from) throw new VsvError("BAD_PERIOD", `de laatste dag afwezig (${to}) ligt vóór de eerste (${from}): geef een einddatum op of na de begindatum`);
  const note = (input.note ?? "").trim();
  if (note.length > MAX_ABSENCE_NOTE) throw new VsvError("BAD_NOTE", `de toelichting is ${note.length} tekens: maak haar korter, ten hoogste ${MAX_ABSENCE_NOTE} tekens`);
  return { from, to, note };
}

/**
 * Whether statutory absence may be reported for the person on `day` (the first day of the period): null when it
 * may, else the Dutch reason (src/domain/casework/compulsory-education.ts). The birth date is that of the person's
 * latest signal-list row (the region's first); a startkwalificatie is a diploma in person_history. Without a known
 * birth date the store cannot tell and allows it (the school knows its student).
 */
export async function statutoryAbsenceRefusal(sql: Sql, personRef: PersonRef, region: string, day: string): Promise<string | null> {
  const [row] = await sql.query<{ birth_date: string }>(
    `SELECT birth_date::text AS birth_date FROM signals WHERE person_ref = $1 AND birth_date IS NOT NULL
     ORDER BY (region = $2) DESC, teljaar DESC, loaded_at DESC, id DESC LIMIT 1`,
    [personRef, region],
  );
  if (!row) return null;
  const diplomas = await sql.query<{ level: string; date: string }>(
    "SELECT level, from_date::text AS date FROM person_history WHERE person_ref = $1 AND kind = 'diploma' AND level IS NOT NULL AND from_date IS NOT NULL",
    [personRef],
  );
  return statutoryRefusal(compulsoryEducationOn(row.birth_date as IsoDate, day as IsoDate, diplomas), day as IsoDate);
}

/**
 * Records a report about a person who is on a signal list of the report's region, or has a case there
 * (PERSON_NOT_LISTED otherwise): a report belongs to a region that already follows the person, whatever school is
 * named. A `caseId` must be that person's case in that region (CASE_MISMATCH). Statutory absence only while the
 * person is leerplichtig or kwalificatieplichtig on the first day of the period (VsvError NOT_COMPULSORY).
 */
export async function recordAbsenceReport(sql: Sql, input: RecordAbsence): Promise<AbsenceReport> {
  if (!(input.hours >= 0 && input.hours <= MAX_ABSENCE_HOURS)) throw new VsvError("BAD_HOURS", `${input.hours} uur is niet geldig: geef de uren afwezig, 0 tot en met ${MAX_ABSENCE_HOURS}`);
  const period = absencePeriod(input);
  return sql.transaction(async (tx) => {
    const [known] = await tx.query<{ person_key: string }>(
      `SELECT person_key FROM signals WHERE person_ref = $1 AND region = $2
       UNION ALL SELECT person_key FROM cases WHERE person_ref = $1 AND region = $2 LIMIT 1`,
      [input.personRef, input.region],
    );
    if (!known) {
      throw new CaseError(
        "PERSON_NOT_LISTED",
        `Deze persoon staat op geen signaallijst van regio ${input.region} en heeft daar geen dossier: leg verzuim vast voor personen op een signaallijst of met een dossier in de regio van de melding`,
      );
    }
    if (input.kind === "statutory") {
      const refusal = await statutoryAbsenceRefusal(tx, input.personRef, input.region, period.from);
      if (refusal) throw new VsvError("NOT_COMPULSORY", refusal);
    }
    if (input.caseId != null) await checkCaseOf(tx, input.caseId, input.personRef, input.region);
    const [{ id }] = (await tx.query<{ id: number }>(
      `INSERT INTO absence_reports (person_ref, person_key, institution, region, reported_on, absent_from, absent_to, kind, hours, note, case_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [input.personRef, known.person_key, input.institution, input.region, input.reportedOn, period.from, period.to, input.kind, input.hours, period.note, input.caseId ?? null, input.createdBy],
    )) as [{ id: number }];
    if (input.caseId != null) await recordCaseEvent(tx, input.caseId, "absence_linked", input.createdBy, { report_id: id, reported_on: input.reportedOn, kind: input.kind });
    return (await readAbsenceReport(tx, id))!;
  });
}

/** Links an existing report to the person's case in the report's region (event `absence_linked` on the case). */
export async function linkAbsenceReport(sql: Sql, reportId: number, caseId: number, actorId: number | null): Promise<AbsenceReport> {
  return sql.transaction(async (tx) => {
    const report = await readAbsenceReport(tx, reportId);
    if (!report) throw new CaseError("REPORT_NOT_FOUND", `Er is geen verzuimmelding ${reportId}: kies een melding uit de lijst`);
    await checkCaseOf(tx, caseId, report.person_ref, report.region);
    await tx.query("UPDATE absence_reports SET case_id = $2 WHERE id = $1", [reportId, caseId]);
    await recordCaseEvent(tx, caseId, "absence_linked", actorId, { report_id: reportId, reported_on: report.reported_on, kind: report.kind });
    return (await readAbsenceReport(tx, reportId))!;
  });
}

async function checkCaseOf(sql: Sql, caseId: number, personRef: PersonRef, region: string): Promise<void> {
  const c = await readCase(sql, caseId);
  if (!c) throw caseNotFound(caseId);
  if (c.person_ref !== personRef || c.region !== region) {
    throw new CaseError("CASE_MISMATCH", `Dossier ${caseId} is niet het dossier van deze persoon in regio ${region}: koppel de melding aan het eigen dossier van de persoon in de regio van de melding`);
  }
}

export interface AbsenceFilter {
  readonly scope: AbsenceScope;
  readonly personRef?: PersonRef;
  readonly caseId?: number;
  /** Narrow the scope to one region or institution. */
  readonly region?: string;
  readonly institution?: string;
  /** ISO dates, both inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly offset?: number;
}

function scopeWhere(f: Omit<AbsenceFilter, "limit" | "offset">): { where: string; params: unknown[] } {
  const params: unknown[] = [f.scope.regions, f.scope.institutions];
  const where = ["(r.region = ANY($1::text[]) OR r.institution = ANY($2::text[]))"];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (f.personRef) add((n) => `r.person_ref = ${n}`, f.personRef);
  if (f.caseId !== undefined) add((n) => `r.case_id = ${n}`, f.caseId);
  if (f.region !== undefined) add((n) => `r.region = ${n}`, f.region);
  if (f.institution !== undefined) add((n) => `r.institution = ${n}`, f.institution);
  if (f.from) add((n) => `r.reported_on >= ${n}::date`, f.from);
  if (f.to) add((n) => `r.reported_on <= ${n}::date`, f.to);
  return { where: where.join(" AND "), params };
}

/** The most reports one list (or download) returns. */
export const MAX_ABSENCE_LIST = 100_000;

/** Reports in the scope, newest first, with the total for paging. */
export async function listAbsenceReports(sql: Sql, f: AbsenceFilter): Promise<{ rows: AbsenceReport[]; total: number }> {
  const { where, params } = scopeWhere(f);
  const [counted] = await sql.query<{ total: number }>(`SELECT count(*) AS total FROM absence_reports r WHERE ${where}`, params);
  const limit = Math.max(1, Math.min(f.limit ?? 50, MAX_ABSENCE_LIST));
  const rows = await sql.query<AbsenceReport>(
    `SELECT ${REPORT_COLUMNS} ${REPORT_FROM} WHERE ${where} ORDER BY r.reported_on DESC, r.id DESC LIMIT ${limit} OFFSET ${Math.max(0, f.offset ?? 0)}`,
    params,
  );
  return { rows, total: counted?.total ?? 0 };
}

export interface AbsenceCount {
  /** The institution (BRIN) or region code. */
  readonly code: string;
  /** The school's name (by institution; null by region or when no signal-list row names it). */
  readonly name: string | null;
  readonly reports: number;
  /** Distinct persons reported. */
  readonly persons: number;
  readonly hours: number;
  readonly statutory_reports: number;
  readonly statutory_hours: number;
  readonly non_statutory_reports: number;
  readonly non_statutory_hours: number;
}

/** Reports in the scope and period counted per institution or per region, ordered by code. No persons are listed. */
export async function absenceCounts(
  sql: Sql,
  q: { by: "institution" | "region"; scope: AbsenceScope; from?: string; to?: string },
): Promise<AbsenceCount[]> {
  const { where, params } = scopeWhere(q);
  const column = q.by === "institution" ? "r.institution" : "r.region";
  const name =
    q.by === "institution"
      ? `(SELECT s.institution_name FROM signals s WHERE s.institution = g.code AND s.institution_name IS NOT NULL ORDER BY s.teljaar DESC, s.loaded_at DESC LIMIT 1)`
      : "NULL::text";
  return sql.query<AbsenceCount>(
    `SELECT g.code, ${name} AS name, g.reports, g.persons, g.hours, g.statutory_reports, g.statutory_hours, g.non_statutory_reports, g.non_statutory_hours FROM (
     SELECT ${column} AS code, count(*) AS reports, count(DISTINCT r.person_ref) AS persons, COALESCE(sum(r.hours), 0)::float8 AS hours,
            count(*) FILTER (WHERE r.kind = 'statutory') AS statutory_reports,
            COALESCE(sum(r.hours) FILTER (WHERE r.kind = 'statutory'), 0)::float8 AS statutory_hours,
            count(*) FILTER (WHERE r.kind = 'non_statutory') AS non_statutory_reports,
            COALESCE(sum(r.hours) FILTER (WHERE r.kind = 'non_statutory'), 0)::float8 AS non_statutory_hours
     FROM absence_reports r WHERE ${where} GROUP BY ${column}) g ORDER BY g.code`,
    params,
  );
}
