/**
 * Sign-in through an OpenID Connect provider (migration 0011; docs/auth.md, "Login through OpenID Connect"):
 * - pending logins (`oidc_logins`): made at the start of a login, taken once at the callback, ten minutes at most;
 *   keyed by the SHA-256 of the state, so a copy of the table cannot finish anyone's login;
 * - links (`account_oidc_links`): which local account a provider's subject signs in as. Roles and scopes stay with
 *   the account: a link only says who, never what;
 * - what a session made by such a login remembers (`sessions.oidc_*`) to end the provider's session at logout.
 * Every function that depends on time takes `now`.
 */
import { createHash } from "node:crypto";
import { VsvError } from "../domain/errors.js";
import type { Sql } from "./sql.js";

/** How long a started login may take until its callback (the user signing in at the provider). */
export const OIDC_LOGIN_MS = 10 * 60_000;

export interface PendingLogin {
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

export function stateHash(state: string): string {
  return createHash("sha256").update(state).digest("hex");
}

/** Stores a login under way (and removes those that have expired, so the table stays small without a job). */
export async function createPendingLogin(sql: Sql, state: string, login: PendingLogin, now: Date): Promise<void> {
  await sql.query("DELETE FROM oidc_logins WHERE expires_at <= $1", [now]);
  await sql.query("INSERT INTO oidc_logins (state_hash, nonce, code_verifier, return_to, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)", [
    stateHash(state),
    login.nonce,
    login.codeVerifier,
    login.returnTo,
    now,
    new Date(now.getTime() + OIDC_LOGIN_MS),
  ]);
}

/**
 * The login of a state, removed in the same statement: a second callback with the same state finds nothing (one
 * use, also when two arrive at once). Null for an unknown, used or expired state.
 */
export async function takePendingLogin(sql: Sql, state: string, now: Date): Promise<PendingLogin | null> {
  const [row] = await sql.query<{ nonce: string; code_verifier: string; return_to: string; expires_at: Date }>(
    "DELETE FROM oidc_logins WHERE state_hash = $1 RETURNING nonce, code_verifier, return_to, expires_at",
    [stateHash(state)],
  );
  if (!row || row.expires_at.getTime() <= now.getTime()) return null;
  return { nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
}

export interface OidcLink {
  readonly accountId: number;
  readonly issuer: string;
  readonly subject: string;
  readonly createdAt: Date;
}

function checkLinkText(name: string, text: string): string {
  const t = text.trim();
  if (t.length === 0 || t.length > 255 || /[\u0000-\u001f]/.test(t)) throw new VsvError("BAD_OIDC_LINK", `${name} moet 1 tot 255 tekens lang zijn, zonder stuurtekens: neem de waarde over zoals de identiteitsprovider hem geeft`);
  return t;
}

/**
 * Links a provider's subject (issuer + sub) to an account. Linking it again to the same account changes nothing;
 * a subject already linked to another account is refused (unlink it there first).
 */
export async function linkOidcSubject(sql: Sql, accountId: number, issuer: string, subject: string, now: Date = new Date()): Promise<void> {
  const iss = checkLinkText("De issuer", issuer);
  const sub = checkLinkText("Het subject", subject);
  const [exists] = await sql.query<{ id: number }>("SELECT id FROM accounts WHERE id = $1", [accountId]);
  if (!exists) throw new VsvError("ACCOUNT_NOT_FOUND", `Account ${accountId} bestaat niet`);
  const [row] = await sql.query<{ account_id: number }>(
    `INSERT INTO account_oidc_links (account_id, issuer, subject, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (issuer, subject) DO UPDATE SET issuer = EXCLUDED.issuer RETURNING account_id`,
    [accountId, iss, sub, now],
  );
  if (Number(row!.account_id) !== accountId) {
    throw new VsvError("OIDC_SUBJECT_TAKEN", `Dit subject van ${iss} is al gekoppeld aan een ander account: ontkoppel het daar eerst`);
  }
}

/** Removes a link of an account (one subject, or all of the issuer's when no subject is given). Returns how many. */
export async function unlinkOidcSubject(sql: Sql, accountId: number, issuer: string, subject?: string): Promise<number> {
  const rows =
    subject === undefined
      ? await sql.query("DELETE FROM account_oidc_links WHERE account_id = $1 AND issuer = $2 RETURNING subject", [accountId, issuer.trim()])
      : await sql.query("DELETE FROM account_oidc_links WHERE account_id = $1 AND issuer = $2 AND subject = $3 RETURNING subject", [accountId, issuer.trim(), subject.trim()]);
  return rows.length;
}

/** The account a provider's subject is linked to, or null. (Whether that account may sign in is the caller's check.) */
export async function findOidcAccount(sql: Sql, issuer: string, subject: string): Promise<number | null> {
  const [row] = await sql.query<{ account_id: number }>("SELECT account_id FROM account_oidc_links WHERE issuer = $1 AND subject = $2", [issuer, subject]);
  return row ? Number(row.account_id) : null;
}

export async function oidcLinksOf(sql: Sql, accountId: number): Promise<OidcLink[]> {
  const rows = await sql.query<{ account_id: number; issuer: string; subject: string; created_at: Date }>(
    "SELECT account_id, issuer, subject, created_at FROM account_oidc_links WHERE account_id = $1 ORDER BY issuer, subject",
    [accountId],
  );
  return rows.map((r) => ({ accountId: Number(r.account_id), issuer: r.issuer, subject: r.subject, createdAt: r.created_at }));
}

export interface OidcSessionInfo {
  readonly issuer: string;
  /** The provider's session id (`sid` claim), when it gave one: back-channel logout names sessions by it. */
  readonly sid: string | null;
  /** The id token, for `id_token_hint` at RP-initiated logout. */
  readonly idToken: string;
}

/** Marks a session (by its token hash) as made by an OIDC login. */
export async function markOidcSession(sql: Sql, tokenHash: string, info: OidcSessionInfo): Promise<void> {
  await sql.query("UPDATE sessions SET oidc_issuer = $2, oidc_sid = $3, oidc_id_token = $4 WHERE token_hash = $1", [tokenHash, info.issuer, info.sid, info.idToken]);
}

/** What an OIDC session remembers of its provider, or null for a password session (or no session). */
export async function oidcSessionInfo(sql: Sql, tokenHash: string): Promise<OidcSessionInfo | null> {
  const [row] = await sql.query<{ oidc_issuer: string | null; oidc_sid: string | null; oidc_id_token: string | null }>(
    "SELECT oidc_issuer, oidc_sid, oidc_id_token FROM sessions WHERE token_hash = $1",
    [tokenHash],
  );
  return row?.oidc_issuer && row.oidc_id_token ? { issuer: row.oidc_issuer, sid: row.oidc_sid, idToken: row.oidc_id_token } : null;
}

/**
 * Ends the sessions a provider's back-channel logout names: those of its session id `sid`, or, without one, every
 * OIDC session of that issuer of the account the subject is linked to. Returns the accounts whose sessions ended.
 */
export async function endOidcSessions(sql: Sql, issuer: string, by: { sid?: string | undefined; subject?: string | undefined }): Promise<number[]> {
  let rows: { account_id: number }[] = [];
  if (by.sid) {
    rows = await sql.query("DELETE FROM sessions WHERE oidc_issuer = $1 AND oidc_sid = $2 RETURNING account_id", [issuer, by.sid]);
  } else if (by.subject) {
    rows = await sql.query(
      "DELETE FROM sessions WHERE oidc_issuer = $1 AND account_id IN (SELECT account_id FROM account_oidc_links WHERE issuer = $1 AND subject = $2) RETURNING account_id",
      [issuer, by.subject],
    );
  }
  return [...new Set(rows.map((r) => Number(r.account_id)))];
}
