/**
 * Accounts and their scopes (tables `accounts`, `account_scopes`, migration 0001). A role fixes which scopes an
 * account has: officers and coordinators one or more RMC regions, school users one or more institutions (BRIN),
 * the national analyst the whole country (`NL`), the administrator none. docs/auth.md, "Roles and scopes".
 */
import { randomInt } from "node:crypto";
import { type Brin, type RmcRegio, parseBrin, parseRmcRegio } from "../domain/codes.js";
import { VsvError, isVsvError } from "../domain/errors.js";
import { type Actor, ROLES, type Role, isRegionalRole, isRole } from "../domain/casework/roles.js";
import { hashPassword } from "./password.js";
import { endSessionsOf } from "./sessions.js";
import type { Sql } from "./sql.js";

export interface AccountSpec {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regions?: readonly string[];
  readonly institutions?: readonly string[];
  /** A new password (hashed here); leave out for an account without a local password (OIDC only). */
  readonly password?: string;
}

export interface Account {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regions: readonly RmcRegio[];
  readonly institutions: readonly Brin[];
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
  readonly hasPassword: boolean;
}

/** What login needs of an account. */
export interface Credentials {
  readonly id: number;
  readonly username: string;
  readonly passwordHash: string | null;
  readonly disabled: boolean;
}

/** A user name: 3 to 64 characters, lower-case letters, digits and . _ - @ (stored and compared lower-cased). */
export function parseUsername(text: string): string {
  const name = text.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._@-]{2,63}$/.test(name)) {
    throw new VsvError("BAD_USERNAME", `Gebruikersnaam "${text.slice(0, 70)}" is niet geldig: gebruik 3 tot 64 letters, cijfers, punten, streepjes, liggende streepjes of @, te beginnen met een letter of cijfer`);
  }
  return name;
}

function parseDisplayName(text: string): string {
  const name = text.trim();
  if (name.length === 0 || name.length > 200) throw new VsvError("BAD_DISPLAY_NAME", "De naam moet 1 tot 200 tekens lang zijn: gebruik de naam van de persoon, bijvoorbeeld M. de Vries");
  return name;
}

export function parseRole(text: string): Role {
  if (!isRole(text)) throw new VsvError("BAD_ROLE", `Rol "${text.slice(0, 40)}" bestaat niet: kies een van ${ROLES.join(", ")}`);
  return text;
}

/** Scopes that do not fit the role; `field` names what to change. */
export class ScopeError extends VsvError {
  constructor(
    readonly field: "regions" | "institutions",
    message: string,
  ) {
    super("BAD_SCOPE", message);
  }
}

export interface Scopes {
  readonly regions: readonly RmcRegio[];
  readonly institutions: readonly Brin[];
}

/**
 * The scopes a role must have, validated: regions 01-41 for officers and coordinators (at least one), BRIN codes
 * for school users (at least one), nothing for the national analyst (always the whole country) and the administrator.
 */
export function checkScopes(role: Role, regions: readonly string[] = [], institutions: readonly string[] = []): Scopes {
  const parsedRegions = [...new Set(regions.map((r) => parseRmcRegio(r)))].sort();
  const parsedInstitutions = [...new Set(institutions.map((i) => parseBrin(i.trim().toUpperCase())))].sort();
  const refuse = (field: ScopeError["field"], message: string) => {
    throw new ScopeError(field, message);
  };
  if (isRegionalRole(role)) {
    if (parsedRegions.length === 0) refuse("regions", `Een ${role} heeft minstens één RMC-regio (01-41) nodig: geef regions mee`);
    if (parsedInstitutions.length > 0) refuse("institutions", `Een ${role} werkt voor regio's, niet voor scholen: laat institutions weg`);
  } else if (role === "school_user") {
    if (parsedInstitutions.length === 0) refuse("institutions", "Een school_user heeft minstens één school nodig (BRIN, bijvoorbeeld 27GZ): geef institutions mee");
    if (parsedRegions.length > 0) refuse("regions", "Een school_user werkt voor scholen, niet voor regio's: laat regions weg");
  } else if (parsedRegions.length > 0 || parsedInstitutions.length > 0) {
    refuse(
      parsedRegions.length > 0 ? "regions" : "institutions",
      role === "national_analyst"
        ? "Een national_analyst ziet altijd heel Nederland (bereik NL): laat regions en institutions weg"
        : "Een administrator beheert accounts en heeft geen regio's of scholen: laat ze weg",
    );
  }
  return { regions: parsedRegions, institutions: parsedInstitutions };
}

async function writeScopes(sql: Sql, accountId: number, role: Role, scopes: Scopes): Promise<void> {
  await sql.query("DELETE FROM account_scopes WHERE account_id = $1", [accountId]);
  const kinds: string[] = [];
  const codes: string[] = [];
  for (const r of scopes.regions) kinds.push("region"), codes.push(r);
  for (const i of scopes.institutions) kinds.push("institution"), codes.push(i);
  if (role === "national_analyst") kinds.push("national"), codes.push("NL");
  if (kinds.length === 0) return;
  await sql.query(
    "INSERT INTO account_scopes (account_id, scope_kind, scope_code) SELECT $1, k, c FROM unnest($2::text[], $3::text[]) AS s(k, c)",
    [accountId, kinds, codes],
  );
}

/** Creates an account (user name taken: USERNAME_TAKEN). Returns its id. */
export async function createAccount(sql: Sql, spec: AccountSpec): Promise<number> {
  const username = parseUsername(spec.username);
  const displayName = parseDisplayName(spec.displayName);
  const role = parseRole(spec.role);
  const scopes = checkScopes(role, spec.regions, spec.institutions);
  const passwordHash = spec.password === undefined ? null : await hashPassword(spec.password);
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      "INSERT INTO accounts (username, display_name, password_hash, role) VALUES ($1, $2, $3, $4) ON CONFLICT (username) DO NOTHING RETURNING id",
      [username, displayName, passwordHash, role],
    );
    if (!row) throw new VsvError("USERNAME_TAKEN", `Gebruikersnaam "${username}" is al in gebruik: kies een andere`);
    await writeScopes(tx, row.id, role, scopes);
    return row.id;
  });
}

export async function findAccountByUsername(sql: Sql, username: string): Promise<Credentials | null> {
  const [row] = await sql.query<{ id: number; username: string; password_hash: string | null; disabled_at: Date | null }>(
    "SELECT id, username, password_hash, disabled_at FROM accounts WHERE username = $1",
    [username.trim().toLowerCase()],
  );
  return row ? { id: row.id, username: row.username, passwordHash: row.password_hash, disabled: row.disabled_at !== null } : null;
}

const ACCOUNT_COLUMNS = `a.id, a.username, a.display_name, a.role, a.created_at, a.disabled_at, a.password_hash IS NOT NULL AS has_password,
  coalesce((SELECT array_agg(s.scope_code ORDER BY s.scope_code) FROM account_scopes s WHERE s.account_id = a.id AND s.scope_kind = 'region'), '{}') AS regions,
  coalesce((SELECT array_agg(s.scope_code ORDER BY s.scope_code) FROM account_scopes s WHERE s.account_id = a.id AND s.scope_kind = 'institution'), '{}') AS institutions`;

interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  created_at: Date;
  disabled_at: Date | null;
  has_password: boolean;
  regions: string[];
  institutions: string[];
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regions: row.regions as RmcRegio[],
    institutions: row.institutions as Brin[],
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    hasPassword: row.has_password,
  };
}

export async function getAccount(sql: Sql, accountId: number): Promise<Account | null> {
  const [row] = await sql.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1`, [accountId]);
  return row ? toAccount(row) : null;
}

/** The actor of an account for access checks, or null when it does not exist or is disabled. */
export async function getActor(sql: Sql, accountId: number): Promise<Actor | null> {
  const account = await getAccount(sql, accountId);
  if (!account || account.disabledAt) return null;
  return actorOf(account);
}

export function actorOf(account: Account): Actor {
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    regions: account.regions,
    institutions: account.institutions,
  };
}

/** Accounts by user name; with `regions`, only the accounts with a region scope among them (the coordinator's view). */
export async function listAccounts(sql: Sql, filter: { regions?: readonly string[] } = {}): Promise<Account[]> {
  const rows = filter.regions
    ? await sql.query<AccountRow>(
        `SELECT ${ACCOUNT_COLUMNS} FROM accounts a
         WHERE EXISTS (SELECT 1 FROM account_scopes s WHERE s.account_id = a.id AND s.scope_kind = 'region' AND s.scope_code = ANY($1::text[]))
         ORDER BY a.username`,
        [filter.regions],
      )
    : await sql.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a ORDER BY a.username`);
  return rows.map(toAccount);
}

export interface AccountChange {
  readonly displayName?: string;
  readonly regions?: readonly string[];
  readonly institutions?: readonly string[];
  /** true: disable (ends its sessions); false: enable again. */
  readonly disabled?: boolean;
  readonly password?: string;
}

/**
 * Changes an account (ACCOUNT_NOT_FOUND when there is none). The scopes after the change must fit the role.
 * Disabling it or setting its password ends its sessions. Returns the account as changed.
 */
export async function updateAccount(sql: Sql, accountId: number, change: AccountChange, now: Date = new Date()): Promise<Account> {
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return sql.transaction(async (tx) => {
    const [locked] = await tx.query<{ id: number }>("SELECT id FROM accounts WHERE id = $1 FOR UPDATE", [accountId]);
    const current = locked ? await getAccount(tx, accountId) : null;
    if (!current) throw new VsvError("ACCOUNT_NOT_FOUND", `Er is geen account ${accountId}: kies een account uit de lijst`);
    if (change.displayName !== undefined) {
      await tx.query("UPDATE accounts SET display_name = $2 WHERE id = $1", [accountId, parseDisplayName(change.displayName)]);
    }
    if (change.regions !== undefined || change.institutions !== undefined) {
      const scopes = checkScopes(current.role, change.regions ?? current.regions, change.institutions ?? current.institutions);
      await writeScopes(tx, accountId, current.role, scopes);
    }
    if (change.disabled === true && !current.disabledAt) {
      await tx.query("UPDATE accounts SET disabled_at = $2 WHERE id = $1", [accountId, now]);
      await endSessionsOf(tx, accountId);
    } else if (change.disabled === false && current.disabledAt) {
      await tx.query("UPDATE accounts SET disabled_at = NULL WHERE id = $1", [accountId]);
    }
    if (passwordHash !== undefined) {
      await tx.query("UPDATE accounts SET password_hash = $2 WHERE id = $1", [accountId, passwordHash]);
      await endSessionsOf(tx, accountId);
    }
    return (await getAccount(tx, accountId))!;
  });
}

/** Sets an account's password (at least 12 characters) and ends its sessions. */
export async function setPassword(sql: Sql, accountId: number, password: string): Promise<void> {
  await updateAccount(sql, accountId, { password });
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied (no 0/O, 1/l/I). */
const RESET_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A new random password for a reset: four groups of five characters from RESET_ALPHABET (about 98 bits), joined
 * with dashes so it can be read out or typed; shown once to whoever reset it, never stored in plain text.
 */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    // randomInt draws without modulo bias.
    for (let i = 0; i < 5; i++) group += RESET_ALPHABET[randomInt(RESET_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

/** The account errors a caller shows as a bad request (400) rather than a failure. */
export function isAccountInputError(e: unknown): e is VsvError {
  return isVsvError(e) && ["BAD_USERNAME", "BAD_DISPLAY_NAME", "BAD_ROLE", "BAD_SCOPE", "BAD_REGION", "BAD_BRIN", "BAD_PASSWORD"].includes(e.code);
}
