/**
 * Login sessions (table `sessions`, migration 0002). The cookie holds a random 32-byte token; the table holds only
 * its SHA-256, so a copy of the table (a backup, a log of queries) opens no session. A session ends after 30 minutes
 * without requests (idle) and 12 hours after login (absolute), whichever comes first; docs/auth.md, "Sessions".
 * Every function takes `now`, so tests move the clock instead of sleeping.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Sql } from "./sql.js";

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most once per this interval (one write a minute per user, not one per request). */
export const SESSION_TOUCH_MS = 60_000;

export interface NewSession {
  /** For the cookie only: never stored, never logged. */
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export interface Session {
  readonly tokenHash: string;
  readonly accountId: number;
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(sql: Sql, accountId: number, now: Date): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await sql.query(
    "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)",
    [sessionTokenHash(token), accountId, csrfToken, now, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

/** Is the session still open at `now` (neither past its absolute end nor idle for too long)? */
export function sessionOpen(session: Pick<Session, "lastSeenAt" | "expiresAt">, now: Date): boolean {
  return session.expiresAt.getTime() > now.getTime() && session.lastSeenAt.getTime() + SESSION_IDLE_MS > now.getTime();
}

/**
 * The open session of a cookie token at `now`, with last_seen_at moved to `now` when it is older than a minute;
 * null for an unknown token or a session that has ended (which is then removed).
 */
export async function resumeSession(sql: Sql, token: string, now: Date): Promise<Session | null> {
  const tokenHash = sessionTokenHash(token);
  const [row] = await sql.query<{ account_id: number; csrf_token: string; created_at: Date; last_seen_at: Date; expires_at: Date }>(
    "SELECT account_id, csrf_token, created_at, last_seen_at, expires_at FROM sessions WHERE token_hash = $1",
    [tokenHash],
  );
  if (!row) return null;
  const session: Session = {
    tokenHash,
    accountId: row.account_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
  if (!sessionOpen(session, now)) {
    await sql.query("DELETE FROM sessions WHERE token_hash = $1", [tokenHash]);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    await sql.query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $2", [tokenHash, now]);
    return { ...session, lastSeenAt: now };
  }
  return session;
}

/** Ends one session (logout); true when there was one. */
export async function endSession(sql: Sql, tokenHash: string): Promise<boolean> {
  const rows = await sql.query("DELETE FROM sessions WHERE token_hash = $1 RETURNING account_id", [tokenHash]);
  return rows.length > 0;
}

/** Ends every session of an account (when it is disabled or its password is set). Returns how many. */
export async function endSessionsOf(sql: Sql, accountId: number): Promise<number> {
  const rows = await sql.query("DELETE FROM sessions WHERE account_id = $1 RETURNING account_id", [accountId]);
  return rows.length;
}

/** Removes the sessions that have ended by `now` (idle or past their absolute end). Returns how many. */
export async function removeExpiredSessions(sql: Sql, now: Date): Promise<number> {
  const rows = await sql.query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING account_id", [
    now,
    new Date(now.getTime() - SESSION_IDLE_MS),
  ]);
  return rows.length;
}
