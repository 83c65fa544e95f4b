/**
 * What the person page reads besides the lists, cases and absence reports (issue 16, part 3): how to reach the
 * person (the contact columns of their latest signal row in scope) and their school career (person_history). Run on
 * the actor's scoped store: row-level security decides which rows exist. docs/casework.md, "Person page".
 */
import type { SignalList } from "../domain/signal-row.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export interface PersonContact {
  readonly street: string | null;
  readonly house_number: string | null;
  readonly postcode: string | null;
  readonly residence: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly municipality_name: string | null;
  /** The list and region of the row the details come from, and its month or teljaar: how current they are. */
  readonly list: SignalList;
  readonly region: string;
  readonly as_of: string;
}

/** The contact details of the person's latest signal row in scope with any of them; null when there is none. */
export async function personContact(sql: Sql, ref: PersonRef): Promise<PersonContact | null> {
  const [row] = await sql.query<PersonContact>(
    `SELECT street, house_number, postcode, residence, phone, email, municipality_name, list, region, coalesce(report_month, teljaar) AS as_of
     FROM signals WHERE person_ref = $1
       AND num_nonnulls(street, house_number, postcode, residence, phone, email) > 0
     ORDER BY report_month DESC NULLS LAST, teljaar DESC, loaded_at DESC LIMIT 1`,
    [ref],
  );
  return row ?? null;
}

export const HISTORY_KINDS = ["enrolment", "diploma", "signal_month", "job"] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface PersonHistoryRow {
  readonly kind: HistoryKind;
  readonly from_date: string | null;
  readonly to_date: string | null;
  readonly institution: string | null;
  readonly institution_name: string | null;
  readonly location: string | null;
  readonly sector: string | null;
  readonly level: string | null;
  readonly leerweg: string | null;
  readonly programme: string | null;
  readonly programme_name: string | null;
  readonly funded: boolean | null;
  readonly hours_per_week: number | null;
  readonly reason: string | null;
  readonly source: "engine" | "duo";
}

/** The person's school career in scope (person_history, migration 0009), oldest first per kind. */
export async function personHistoryRows(sql: Sql, ref: PersonRef): Promise<PersonHistoryRow[]> {
  const rows = await sql.query<Omit<PersonHistoryRow, "hours_per_week"> & { hours_per_week: string | number | null }>(
    `SELECT kind, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, institution, institution_name,
       location, sector, level, leerweg, programme, programme_name, funded, hours_per_week, reason, source
     FROM person_history WHERE person_ref = $1 ORDER BY kind, from_date NULLS LAST, id`,
    [ref],
  );
  return rows.map((r) => ({ ...r, hours_per_week: r.hours_per_week === null ? null : Number(r.hours_per_week) }));
}
