/**
 * Login attempts (table `login_attempts`, migration 0002), for rate limiting: by a keyed hash of the lower-cased user
 * name (so the table does not list who has accounts, nor the names people mistyped) and by client address. Passwords
 * are never stored. docs/auth.md, "Rate limiting".
 *
 * An attempt is counted before its password is checked (`startLoginAttempt`), in one transaction that holds an
 * advisory lock per user name and per client address: otherwise simultaneous attempts would all pass the check
 * while the slow argon2 verifications run, and 40 at once would get 40 guesses instead of 5.
 */
import { createHmac } from "node:crypto";
import type { PseudonymKey } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failed attempts for one user name within the window (since that user's last successful login) before 429. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** Failed attempts from one client address within the window before 429 (an office behind one address has room). */
export const MAX_FAILURES_PER_CLIENT = 20;

/** The keyed hash that stands for a user name in login_attempts and in audit details. */
export function usernameHash(key: PseudonymKey, username: string): string {
  return createHmac("sha256", key).update(`login-username:${username.trim().toLowerCase()}`).digest("hex").slice(0, 32);
}

export interface LoginBlock {
  /** What hit its limit. */
  readonly by: "username" | "client";
  /** When the next attempt will be allowed. */
  readonly until: Date;
}

/**
 * Is a login for this user name from this client refused at `now`? (Read only: a login goes through
 * `startLoginAttempt`, which asks this under its locks.) A sliding window: the block lifts when the
 * oldest of the last N failures leaves the window. A successful login resets the user name's count (not the
 * client's: one's own account must not reset the count of an address that guesses others' passwords).
 */
export async function loginBlocked(sql: Sql, q: { usernameHash: string; client: string; now: Date }): Promise<LoginBlock | null> {
  const since = new Date(q.now.getTime() - LOGIN_WINDOW_MS);
  const byUsername = await sql.query<{ at: Date }>(
    `SELECT at FROM login_attempts
     WHERE username_hash = $1 AND at > $2 AND at <= $3 AND NOT succeeded
       AND at > coalesce((SELECT max(at) FROM login_attempts WHERE username_hash = $1 AND succeeded AND at <= $3), '-infinity')
     ORDER BY at DESC LIMIT ${MAX_FAILURES_PER_USERNAME}`,
    [q.usernameHash, since, q.now],
  );
  const byClient = await sql.query<{ at: Date }>(
    `SELECT at FROM login_attempts WHERE client = $1 AND at > $2 AND at <= $3 AND NOT succeeded ORDER BY at DESC LIMIT ${MAX_FAILURES_PER_CLIENT}`,
    [q.client, since, q.now],
  );
  const blocks: LoginBlock[] = [];
  if (byUsername.length >= MAX_FAILURES_PER_USERNAME) blocks.push({ by: "username", until: new Date(byUsername.at(-1)!.at.getTime() + LOGIN_WINDOW_MS) });
  if (byClient.length >= MAX_FAILURES_PER_CLIENT) blocks.push({ by: "client", until: new Date(byClient.at(-1)!.at.getTime() + LOGIN_WINDOW_MS) });
  blocks.sort((a, b) => b.until.getTime() - a.until.getTime());
  return blocks[0] ?? null;
}

/** The first key of `pg_advisory_xact_lock(int, int)` for each count; the second is the hash of the user name or address. */
const LOCK_BY_USERNAME = 581_734_301;
const LOCK_BY_CLIENT = 581_734_302;

/** Refused (nothing recorded), or counted: the attempt's row, a failure until `loginAttemptSucceeded` says otherwise. */
export type LoginAttemptStart = { readonly blocked: LoginBlock; readonly attemptId?: undefined } | { readonly blocked?: undefined; readonly attemptId: number };

/**
 * Counts a login attempt before its password is checked: refuses it when a limit is reached (recording nothing,
 * so the block lifts on time), else records it as failed — which it stays should the check never finish — and
 * answers its id. Attempts for one user name, and from one address, take their turn here one after another.
 */
export async function startLoginAttempt(sql: Sql, q: { usernameHash: string; client: string; now: Date }): Promise<LoginAttemptStart> {
  return sql.transaction(async (tx) => {
    // Always the user name's lock first, then the address's: two attempts never wait for each other in a circle.
    await tx.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCK_BY_USERNAME, q.usernameHash]);
    await tx.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCK_BY_CLIENT, q.client]);
    const blocked = await loginBlocked(tx, q);
    if (blocked) return { blocked };
    const [row] = await tx.query<{ id: number }>(
      "INSERT INTO login_attempts (at, username_hash, client, succeeded) VALUES ($1, $2, $3, false) RETURNING id",
      [q.now, q.usernameHash, q.client],
    );
    return { attemptId: row!.id };
  });
}

/** The password was right and the account may sign in: the attempt succeeded, which resets the user name's count. */
export async function loginAttemptSucceeded(sql: Sql, attemptId: number): Promise<void> {
  await sql.query("UPDATE login_attempts SET succeeded = true WHERE id = $1", [attemptId]);
}

/** Removes attempts from before `before` (the retention job; they only matter for 15 minutes). Returns how many. */
export async function removeOldLoginAttempts(sql: Sql, before: Date): Promise<number> {
  const rows = await sql.query("DELETE FROM login_attempts WHERE at < $1 RETURNING id", [before]);
  return rows.length;
}
