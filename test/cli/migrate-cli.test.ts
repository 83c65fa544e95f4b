/**
 * `vsv migrate [--grant <role>]`, `vsv audit verify` and `vsv serve` on a store that is behind
 * (docs/operational-store.md, "Roles"; docs/audit-log.md, "Tamper evidence"), on PGlite and PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/store/audit.js";
import { quoteIdent } from "../../src/store/grants.js";
import { migrationId, withOperationalStore } from "../../src/store/index.js";
import { migrations } from "../../src/store/migrations/index.js";
import { adminQuery, type Target, Targets, storeKinds } from "../store/store-targets.js";
import { vsv } from "../support/cli.js";

const kinds = await storeKinds();

describe.each(kinds)("vsv migrate and vsv audit verify on %s", (kind) => {
  const targets = new Targets(kind);
  const saved = process.env.DATABASE_URL;
  let target: Target;

  /** The CLI reads DATABASE_URL like the server: point it at this target's store (PGlite: none). */
  function use(t: Target): void {
    if (t.databaseUrl) process.env.DATABASE_URL = t.databaseUrl;
    else delete process.env.DATABASE_URL;
  }

  beforeAll(async () => {
    target = await targets.fresh();
    use(target);
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await targets.cleanup();
  });

  it("applies every migration to a new store, then says it is up to date", async () => {
    const first = await vsv("migrate", "--data-dir", target.dataDir);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(migrations.map((m) => `Applied ${migrationId(m)}\n`).join(""));
    const again = await vsv("migrate", "--data-dir", target.dataDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`The operational store is up to date (${migrationId(migrations.at(-1)!)}).\n`);
  });

  it("verifies an intact audit log, printing the head hash and how to check it later", async () => {
    await withOperationalStore(target, async (s) => {
      for (let i = 0; i < 4; i++) await recordAudit(s, { actor: { id: 1, role: "regional_officer" }, action: "read", activity: "case_work", region: "21", details: { i } });
    });
    const r = await vsv("audit", "verify", "--data-dir", target.dataDir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const m = /^Audit log intact: 4 entries, head hash ([0-9a-f]{64}) \(entry id (\d+) of \d{4}-\d\d-\d\dT[\d:.]+Z\)\.\n/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(r.stdout).toContain(`vsv audit verify --checkpoint ${m![2]}:${m![1]}`);
    const checked = await vsv("audit", "verify", "--checkpoint", `${m![2]}:${m![1]}`, "--data-dir", target.dataDir);
    expect(checked.code).toBe(0);
  });

  it("reports the first broken link with exit code 1 after the owner deleted an entry", async () => {
    await withOperationalStore(target, async (s) => {
      const [second] = await s.query<{ id: number }>("SELECT id FROM audit_log WHERE chain_seq = 2");
      await s.transaction(async (tx) => {
        await tx.query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
        await tx.query("DELETE FROM audit_log WHERE id = $1", [second!.id]);
        await tx.query("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");
      });
    });
    const r = await vsv("audit", "verify", "--data-dir", target.dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Audit log BROKEN at entry id \d+: row missing: 1 entry is missing after entry id \d+ \(position 2\)/);
    expect(r.stdout).toContain("The entry before it verifies (up to hash");
  });

  it("refuses a checkpoint that is not <id>:<hash>", async () => {
    const r = await vsv("audit", "verify", "--checkpoint", "12:abc", "--data-dir", target.dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--checkpoint "12:abc" is not <entry id>:<hash>');
  });

  if (kind === "pglite") {
    it("refuses --grant on the embedded store, saying it is for PostgreSQL", async () => {
      const r = await vsv("migrate", "--grant", "vsv_app", "--data-dir", target.dataDir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("--grant is for PostgreSQL: set DATABASE_URL");
    });
  }

  if (kind === "postgres") {
    it("grants an existing login role the server's privileges, and refuses a role that is missing or all-powerful", async () => {
      const role = `vsv_app_${randomBytes(5).toString("hex")}`;
      await adminQuery(`CREATE ROLE ${quoteIdent(role)} LOGIN`);
      try {
        const ok = await vsv("migrate", "--grant", role, "--data-dir", target.dataDir);
        expect(ok.stderr).toBe("");
        expect(ok.code).toBe(0);
        expect(ok.stdout).toMatch(new RegExp(`Granted ${role} the server's privileges on \\d+ tables`));
        await withOperationalStore(target, async (s) => {
          const [held] = await s.query<{ insert: boolean; update: boolean }>(
            "SELECT has_table_privilege($1, 'audit_log', 'INSERT') AS insert, has_table_privilege($1, 'audit_log', 'UPDATE') AS update",
            [role],
          );
          expect(held).toEqual({ insert: true, update: false });
        });
        const missing = await vsv("migrate", "--grant", `${role}_nobody`, "--data-dir", target.dataDir);
        expect(missing.code).toBe(1);
        expect(missing.stderr).toContain(`There is no database role "${role}_nobody": create it first`);
        const owner = new URL(target.databaseUrl!).username;
        const mighty = await vsv("migrate", "--grant", owner, "--data-dir", target.dataDir);
        expect(mighty.code).toBe(1);
        expect(mighty.stderr).toContain("so grants would limit nothing");
      } finally {
        await withOperationalStore(target, (s) => s.query(`DROP OWNED BY ${quoteIdent(role)}`)); // its grants
        await adminQuery(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
      }
    });

    it("vsv serve refuses a store that is behind, saying what to run, and changes nothing", async () => {
      const behind = await targets.fresh();
      await withOperationalStore({ ...behind, migrations: migrations.slice(0, -1) }, async () => {});
      use(behind);
      const r = await vsv("serve", "--port", "0", "--data-dir", behind.dataDir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `The operational store is at migration ${migrations.at(-2)!.version}, this version needs ${migrations.at(-1)!.version} (${migrationId(migrations.at(-1)!)} not applied): run \`vsv migrate\` as the database owner`,
      );
      await withOperationalStore({ ...behind, migrations: migrations.slice(0, -1) }, async (s) => expect(s.migrationsApplied).toEqual([]));
      const migrated = await vsv("migrate", "--data-dir", behind.dataDir);
      expect(migrated.stdout).toBe(`Applied ${migrationId(migrations.at(-1)!)}\n`);
      use(target);
    });
  }
});
