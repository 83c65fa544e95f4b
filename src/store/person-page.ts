/**
 * What the person page reads besides the lists, cases, absence reports and school career (person-history.ts): how
 * to reach the person — the contact columns of their latest signal row in scope. Run on the actor's scoped store:
 * row-level security decides which rows exist. docs/casework.md, "Person page".
 */
import type { ContactDetails, SignalList } from "../domain/signal-row.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export interface PersonContact extends ContactDetails {
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
