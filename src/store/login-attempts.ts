/**
 * Login attempts (table `login_attempts`, migration 0002), for rate limiting: by a keyed hash of the lower-cased user
 * name (so the table does not list who has accounts, nor the names people mistyped) and by client address. Passwords
 * are never stored. docs/auth.md, "Rate limiting".
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

export interface LoginAttempt {
  readonly usernameHash: string;
  readonly client: string;
  readonly succeeded: boolean;
  readonly at: Date;
}

export async function recordLoginAttempt(sql: Sql, attempt: LoginAttempt): Promise<void> {
  await sql.query("INSERT INTO login_attempts (at, username_hash, client, succeeded) VALUES ($1, $2, $3, $4)", [
    attempt.at,
    attempt.usernameHash,
    attempt.client,
    attempt.succeeded,
  ]);
}

export interface LoginBlock {
  /** What hit its limit. */
  readonly by: "username" | "client";
  /** When the next attempt will be allowed. */
  readonly until: Date;
}

/**
 * Is a login for this user name from this client refused at `now`? A sliding window: the block lifts when the
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

/** Removes attempts from before `before` (the retention job; they only matter for 15 minutes). Returns how many. */
export async function removeOldLoginAttempts(sql: Sql, before: Date): Promise<number> {
  const rows = await sql.query("DELETE FROM login_attempts WHERE at < $1 RETURNING id", [before]);
  return rows.length;
}
