/** `vsv accounts …` (docs/auth.md, "Accounts in production") on PGlite and PostgreSQL. */
import { spawn } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findAccountByUsername, getActor } from "../../src/store/accounts.js";
import { withOperationalStore } from "../../src/store/index.js";
import { verifyPassword } from "../../src/store/password.js";
import { type Target, Targets, storeKinds } from "../store/store-targets.js";
import { vsv } from "../support/cli.js";

const kinds = await storeKinds();
const PASSWORD = "wachtwoord van de beheerder";

describe.each(kinds)("vsv accounts on %s", (kind) => {
  const targets = new Targets(kind);
  let target: Target;
  const saved = { url: process.env.DATABASE_URL, password: process.env.VSV_NEW_PASSWORD };

  beforeAll(async () => {
    target = await targets.fresh();
    // The CLI reads DATABASE_URL like the server: point it at this target's store (PGlite: none).
    if (target.databaseUrl) process.env.DATABASE_URL = target.databaseUrl;
    else delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    if (saved.password === undefined) delete process.env.VSV_NEW_PASSWORD;
    else process.env.VSV_NEW_PASSWORD = saved.password;
  });
  afterAll(async () => {
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.url;
    await targets.cleanup();
  });

  const inStore = <T>(work: Parameters<typeof withOperationalStore<T>>[1]) => withOperationalStore(target, work);

  it("creates an account with the password from VSV_NEW_PASSWORD, audited with the OS user as operator", async () => {
    process.env.VSV_NEW_PASSWORD = PASSWORD;
    const r = await vsv("accounts", "create", "eerste.beheerder", "--role", "administrator", "--name", "Eerste Beheerder", "--data-dir", target.dataDir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Created eerste.beheerder (Beheerder)\n");
    await inStore(async (sql) => {
      const account = await findAccountByUsername(sql, "eerste.beheerder");
      expect(await verifyPassword(account!.passwordHash, PASSWORD)).toBe(true);
      const [entry] = await sql.query<{ actor_role: string; action: string; details: Record<string, unknown> }>("SELECT actor_role, action, details FROM audit_log WHERE action = 'create'");
      expect(entry).toMatchObject({ actor_role: "operator", action: "create", details: { role: "administrator", command: "accounts" } });
      expect(JSON.stringify(entry)).not.toContain(PASSWORD);
    });
  });

  it("creates a regional officer with regions, and refuses scopes that do not fit the role", async () => {
    process.env.VSV_NEW_PASSWORD = PASSWORD;
    const ok = await vsv("accounts", "create", "officer.cli", "--role", "regional_officer", "--regions", "21,MC22", "--data-dir", target.dataDir);
    expect(ok.code, ok.stderr).toBe(0);
    const bad = await vsv("accounts", "create", "school.cli", "--role", "school_user", "--regions", "21", "--data-dir", target.dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("heeft minstens één school nodig");
    await inStore(async (sql) => {
      expect((await getActor(sql, (await findAccountByUsername(sql, "officer.cli"))!.id))?.regions).toEqual(["21", "22"]);
      expect(await findAccountByUsername(sql, "school.cli")).toBeNull();
    });
  });

  it("refuses to run without a password, and never takes one as an argument", async () => {
    delete process.env.VSV_NEW_PASSWORD;
    const none = await vsv("accounts", "create", "zonder.wachtwoord", "--role", "administrator", "--data-dir", target.dataDir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("use --password-stdin or set VSV_NEW_PASSWORD");
    const asArgument = await vsv("accounts", "create", "zonder.wachtwoord", "--role", "administrator", "--password", PASSWORD, "--data-dir", target.dataDir);
    expect(asArgument.code).toBe(1);
    expect(asArgument.stderr).toContain("Unknown option '--password'");
  });

  it("lists accounts as a table and as JSON", async () => {
    const table = await vsv("accounts", "list", "--data-dir", target.dataDir);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/officer\.cli\s+officer\.cli\s+regional_officer\s+Trajectbegeleider Doorstroompunt\s+21,22/);
    const json = JSON.parse((await vsv("accounts", "list", "--format", "json", "--data-dir", target.dataDir)).stdout);
    expect(json.map((a: { username: string }) => a.username)).toEqual(["eerste.beheerder", "officer.cli"]);
  });

  it("disables and enables an account; an unknown name says so", async () => {
    const off = await vsv("accounts", "disable", "officer.cli", "--data-dir", target.dataDir);
    expect(off.code, off.stderr).toBe(0);
    await inStore(async (sql) => expect((await findAccountByUsername(sql, "officer.cli"))?.disabled).toBe(true));
    expect((await vsv("accounts", "enable", "officer.cli", "--data-dir", target.dataDir)).code).toBe(0);
    await inStore(async (sql) => expect((await findAccountByUsername(sql, "officer.cli"))?.disabled).toBe(false));
    const unknown = await vsv("accounts", "disable", "niemand", "--data-dir", target.dataDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no account "niemand"');
  });

  it("sets a password read from stdin (--password-stdin)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "accounts", "set-password", "officer.cli", "--password-stdin", "--data-dir", target.dataDir], {
      env: { ...process.env, VSV_NEW_PASSWORD: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdin.end("nieuw wachtwoord via stdin\n");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(0);
    await inStore(async (sql) => {
      const account = await findAccountByUsername(sql, "officer.cli");
      expect(await verifyPassword(account!.passwordHash, "nieuw wachtwoord via stdin")).toBe(true);
    });
  }, 30_000);
});
