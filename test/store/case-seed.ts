/**
 * Seeding for the case, absence and retention tests: persons on a signal list (rows straight into `signals`) and
 * accounts with region or institution scopes (straight into `accounts`, no password: these tests do not log in).
 */
import type { Sql } from "../../src/store/sql.js";
import { type PersonRef, type PseudonymKey, personRef } from "../../src/store/pseudonym.js";

export const SEED_KEY = Buffer.alloc(32, 0x21) as PseudonymKey;

let counter = 0;

/** A new person number (9 digits, unique within the test file) and its reference. */
export function newPerson(key: PseudonymKey = SEED_KEY): { key: string; ref: PersonRef } {
  counter += 1;
  const personKey = String(200_000_000 + counter);
  return { key: personKey, ref: personRef(key, personKey) };
}

export interface ListSpec {
  readonly region: string;
  readonly institution?: string;
  readonly teljaar?: string;
  readonly list?: "possible" | "definitive";
  readonly familyName?: string;
  readonly givenNames?: string;
}

/** Puts the person on a signal list of a region (default institution 27GZ, teljaar 2023-2024). */
export async function listPerson(sql: Sql, person: { key: string; ref: PersonRef }, spec: ListSpec): Promise<void> {
  await sql.query(
    `INSERT INTO signals (person_ref, person_key, list, source, teljaar, region, institution, family_name, given_names)
     VALUES ($1, $2, $3, 'duo', $4, $5, $6, $7, $8)`,
    [person.ref, person.key, spec.list ?? "possible", spec.teljaar ?? "2023-2024", spec.region, spec.institution ?? "27GZ", spec.familyName ?? "Jansen", spec.givenNames ?? "Sam"],
  );
}

/** A new listed person in one step. */
export async function listedPerson(sql: Sql, spec: ListSpec): Promise<{ key: string; ref: PersonRef }> {
  const person = newPerson();
  await listPerson(sql, person, spec);
  return person;
}

let accounts = 0;

export async function addAccount(
  sql: Sql,
  spec: { role: string; regions?: string[]; institutions?: string[]; disabled?: boolean; name?: string },
): Promise<number> {
  accounts += 1;
  const username = `user${accounts}-${Math.random().toString(36).slice(2, 8)}`;
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO accounts (username, display_name, role, disabled_at) VALUES ($1, $2, $3, $4) RETURNING id`,
    [username, spec.name ?? username, spec.role, spec.disabled ? new Date() : null],
  );
  const id = row!.id;
  for (const r of spec.regions ?? []) await sql.query("INSERT INTO account_scopes (account_id, scope_kind, scope_code) VALUES ($1, 'region', $2)", [id, r]);
  for (const i of spec.institutions ?? []) await sql.query("INSERT INTO account_scopes (account_id, scope_kind, scope_code) VALUES ($1, 'institution', $2)", [id, i]);
  return id;
}

/** The kinds of a case's events, oldest first. */
export async function eventKinds(sql: Sql, caseId: number): Promise<string[]> {
  return (await sql.query<{ kind: string }>("SELECT kind FROM case_events WHERE case_id = $1 ORDER BY at, id", [caseId])).map((r) => r.kind);
}
