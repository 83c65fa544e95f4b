/**
 * `vsv accounts list|create|disable|enable|set-password|link-oidc|unlink-oidc`: managing accounts from the server's
 * shell, e.g. to create the first administrator of a production installation (docs/auth.md, "Accounts in
 * production"), or to link an account to the subject it signs in as at the OpenID Connect provider.
 * Passwords come from stdin (--password-stdin) or VSV_NEW_PASSWORD, never from an argument that `ps` would show.
 * Changes are written to the audit log with the operating-system user as actor (role `operator`).
 */
import { userInfo } from "node:os";
import { randomUUID } from "node:crypto";
import type { Command, CliIo } from "../command.js";
import { parseCommandArgs, splitList } from "../args.js";
import { type Format, parseFormat, renderTable } from "../format.js";
import { readConfig } from "../../config.js";
import { ROLE_LABELS } from "../../domain/casework/roles.js";
import { VsvError } from "../../domain/errors.js";
import { type Account, type AccountChange, createAccount, findAccountByUsername, getAccount, listAccounts, parseRole, updateAccount } from "../../store/accounts.js";
import { recordAudit } from "../../store/audit.js";
import { type OperationalStore, withOperationalStore } from "../../store/index.js";
import { PASSWORD_MIN_LENGTH } from "../../store/password.js";
import type { Sql } from "../../store/sql.js";
import { csvLine } from "../../domain/csv.js";
import { linkOidcSubject, unlinkOidcSubject } from "../../store/oidc.js";

const passwordHelp = `The password (at least ${PASSWORD_MIN_LENGTH} characters) is read from stdin with --password-stdin
(e.g. \`printf '%s' "$PW" | vsv accounts …\`), else from the environment variable VSV_NEW_PASSWORD;
never give it as an argument (other users can read arguments with ps).`;

const storeHelp = "The operational store is PostgreSQL at DATABASE_URL, else PGlite in <data-dir>/pglite (stop the server first).";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** The new password: the first line of stdin with --password-stdin, else VSV_NEW_PASSWORD. */
async function newPassword(fromStdin: boolean, usage: string): Promise<string> {
  if (fromStdin) {
    const password = (await readStdin()).split(/\r?\n/)[0] ?? "";
    if (!password) throw new VsvError("MISSING_PASSWORD", "--password-stdin was given but stdin held no password: pipe it in, e.g. printf '%s' \"$PW\" | vsv accounts …");
    return password;
  }
  const fromEnv = process.env.VSV_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  throw new VsvError("MISSING_PASSWORD", `No password given: use --password-stdin or set VSV_NEW_PASSWORD\n\n${usage}`);
}

function withStore<T>(dataDir: string, work: (store: OperationalStore) => Promise<T>): Promise<T> {
  return withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl }, work);
}

function operator(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

async function auditChange(store: Sql, action: "create" | "update", account: Account, details: Record<string, unknown>): Promise<void> {
  await recordAudit(store, {
    actor: { id: null, role: "operator" },
    action,
    activity: "account_management",
    subjectKind: "account",
    region: account.regions[0] ?? null,
    traceId: randomUUID(),
    details: { account_id: account.id, role: account.role, ...details, command: "accounts", os_user: operator() },
  });
}

async function accountNamed(store: Sql, username: string | undefined, usage: string): Promise<Account> {
  if (!username) throw new VsvError("BAD_ARGUMENTS", `Give the user name\n\n${usage}`);
  const credentials = await findAccountByUsername(store, username);
  const account = credentials ? await getAccount(store, credentials.id) : null;
  if (!account) throw new VsvError("ACCOUNT_NOT_FOUND", `There is no account "${username}": see vsv accounts list`);
  return account;
}

const listUsage = `Usage: vsv accounts list [--format table|csv|json] [--data-dir ./data]

Every account with its role, scope and state. ${storeHelp}`;

const listCommand: Command = {
  name: ["accounts", "list"],
  summary: "accounts with their role and scope",
  usage: listUsage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { format: { type: "string", short: "f" } }, listUsage);
    const format: Format = parseFormat(values.format);
    const accounts = await withStore(dataDir, (store) => listAccounts(store));
    const rows = accounts.map((a) => ({
      username: a.username,
      display_name: a.displayName,
      role: a.role,
      role_label: ROLE_LABELS[a.role],
      scope: a.role === "national_analyst" ? "NL" : [...a.regions, ...a.institutions].join(","),
      disabled: a.disabledAt ? a.disabledAt.toISOString() : "",
      created: a.createdAt.toISOString(),
    }));
    if (format === "json") io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (format === "csv") {
      io.stdout.write(csvLine(Object.keys(rows[0] ?? { username: "" })) + rows.map((r) => csvLine(Object.values(r))).join(""));
    } else io.stdout.write(rows.length ? renderTable(rows) : "No accounts yet: create one with vsv accounts create\n");
    return 0;
  },
};

const createUsage = `Usage: vsv accounts create <username> --role <role> --name "<display name>" [--regions 21,22] [--institutions 27GZ] [--password-stdin | --no-password] [--data-dir ./data]

Creates an account. Roles and their scopes:
  regional_officer, regional_coordinator   --regions (RMC regions 01-41, at least one)
  school_user                              --institutions (BRIN codes, at least one)
  national_analyst                         none (always the whole country)
  administrator                            none (manages accounts, sees no person data)
${passwordHelp}
--no-password: an account without a local password, that signs in through the OpenID Connect provider only
(link it with vsv accounts link-oidc).
${storeHelp}`;

const createCommand: Command = {
  name: ["accounts", "create"],
  summary: "create an account (e.g. the first administrator)",
  usage: createUsage,
  async run(args, io) {
    const { values, positionals, dataDir } = parseCommandArgs(
      args,
      { role: { type: "string" }, name: { type: "string" }, regions: { type: "string" }, institutions: { type: "string" }, "password-stdin": { type: "boolean" }, "no-password": { type: "boolean" } },
      createUsage,
    );
    const username = positionals[0];
    if (!username || positionals.length > 1) throw new VsvError("BAD_ARGUMENTS", `Give one user name\n\n${createUsage}`);
    if (typeof values.role !== "string") throw new VsvError("BAD_ARGUMENTS", `--role is required\n\n${createUsage}`);
    const role = parseRole(values.role);
    if (values["no-password"] === true && values["password-stdin"] === true) throw new VsvError("BAD_ARGUMENTS", `Give --password-stdin or --no-password, not both\n\n${createUsage}`);
    const password = values["no-password"] === true ? undefined : await newPassword(values["password-stdin"] === true, createUsage);
    const account = await withStore(dataDir, (store) =>
      store.transaction(async (tx) => {
        const id = await createAccount(tx, {
          username,
          displayName: typeof values.name === "string" ? values.name : username,
          role,
          regions: splitList(values.regions as string | undefined),
          institutions: splitList(values.institutions as string | undefined),
          ...(password === undefined ? {} : { password }),
        });
        const created = (await getAccount(tx, id))!;
        await auditChange(tx, "create", created, { regions: created.regions, institutions: created.institutions });
        return created;
      }),
    );
    io.stdout.write(`Created ${account.username} (${ROLE_LABELS[account.role]}${account.regions.length ? `, regions ${account.regions.join(", ")}` : ""}${account.institutions.length ? `, institutions ${account.institutions.join(", ")}` : ""})\n`);
    return 0;
  },
};

function changeCommand(word: string, summary: string, usage: string, change: (values: Record<string, unknown>) => Promise<AccountChange>, done: string): Command {
  return {
    name: ["accounts", word],
    summary,
    usage,
    async run(args, io: CliIo) {
      const { values, positionals, dataDir } = parseCommandArgs(args, word === "set-password" ? { "password-stdin": { type: "boolean" } } : {}, usage);
      if (positionals.length !== 1) throw new VsvError("BAD_ARGUMENTS", `Give one user name\n\n${usage}`);
      const what = await change(values);
      const account = await withStore(dataDir, (store) =>
        store.transaction(async (tx) => {
          const current = await accountNamed(tx, positionals[0], usage);
          const updated = await updateAccount(tx, current.id, what);
          await auditChange(tx, "update", updated, { fields: Object.keys(what), disabled: updated.disabledAt !== null });
          return updated;
        }),
      );
      io.stdout.write(`${account.username}: ${done}\n`);
      return 0;
    },
  };
}

const disableUsage = `Usage: vsv accounts disable <username> [--data-dir ./data]

Disables the account: it can no longer log in and its open sessions end at once. ${storeHelp}`;
const enableUsage = `Usage: vsv accounts enable <username> [--data-dir ./data]

Enables a disabled account again. ${storeHelp}`;
const setPasswordUsage = `Usage: vsv accounts set-password <username> [--password-stdin] [--data-dir ./data]

Sets a new password and ends the account's open sessions.
${passwordHelp}
${storeHelp}`;

const linkUsage = `Usage: vsv accounts link-oidc <username> --subject <sub> [--issuer <url>] [--data-dir ./data]

Links the account to a subject of the OpenID Connect provider: whoever signs in there as that subject (the id
token's sub) is signed in here as this account, with its role and scope. --issuer defaults to VSV_OIDC_ISSUER.
A subject is linked to one account at most. ${storeHelp}`;
const unlinkUsage = `Usage: vsv accounts unlink-oidc <username> [--subject <sub>] [--issuer <url>] [--data-dir ./data]

Removes the account's link to a subject of the provider (without --subject: all its links of that issuer).
Sessions already open end at their idle or absolute timeout, or with vsv accounts disable. ${storeHelp}`;

function oidcLinkCommand(word: "link-oidc" | "unlink-oidc"): Command {
  const usage = word === "link-oidc" ? linkUsage : unlinkUsage;
  return {
    name: ["accounts", word],
    summary: word === "link-oidc" ? "link an account to its subject at the OpenID Connect provider" : "remove an account's link to the OpenID Connect provider",
    usage,
    async run(args, io) {
      const { values, positionals, dataDir } = parseCommandArgs(args, { subject: { type: "string" }, issuer: { type: "string" } }, usage);
      if (positionals.length !== 1) throw new VsvError("BAD_ARGUMENTS", `Give one user name\n\n${usage}`);
      const issuer = typeof values.issuer === "string" ? values.issuer : readConfig().oidc?.issuer;
      if (!issuer) throw new VsvError("BAD_ARGUMENTS", `Give --issuer, or set VSV_OIDC_ISSUER\n\n${usage}`);
      const subject = typeof values.subject === "string" ? values.subject : undefined;
      if (word === "link-oidc" && !subject) throw new VsvError("BAD_ARGUMENTS", `--subject is required\n\n${usage}`);
      const result = await withStore(dataDir, (store) =>
        store.transaction(async (tx) => {
          const account = await accountNamed(tx, positionals[0], usage);
          const count = word === "link-oidc" ? (await linkOidcSubject(tx, account.id, issuer, subject!), 1) : await unlinkOidcSubject(tx, account.id, issuer, subject);
          // The subject is not logged: a provider may use a personal number as subject.
          if (count > 0) await auditChange(tx, "update", account, { fields: ["oidc_link"], oidc_link: word === "link-oidc" ? "added" : "removed", issuer });
          return { account, count };
        }),
      );
      io.stdout.write(
        word === "link-oidc"
          ? `${result.account.username}: linked to a subject of ${issuer}; it can sign in there now\n`
          : `${result.account.username}: ${result.count} link(s) to ${issuer} removed\n`,
      );
      return 0;
    },
  };
}

/** The `vsv accounts …` commands. */
export const accountsCommands: readonly Command[] = [
  listCommand,
  createCommand,
  changeCommand("disable", "disable an account (ends its sessions)", disableUsage, async () => ({ disabled: true }), "disabled; its sessions have ended"),
  changeCommand("enable", "enable a disabled account", enableUsage, async () => ({ disabled: false }), "enabled"),
  changeCommand(
    "set-password",
    "set an account's password (from stdin or VSV_NEW_PASSWORD)",
    setPasswordUsage,
    async (values) => ({ password: await newPassword(values["password-stdin"] === true, setPasswordUsage) }),
    "password set; its sessions have ended",
  ),
  oidcLinkCommand("link-oidc"),
  oidcLinkCommand("unlink-oidc"),
];
