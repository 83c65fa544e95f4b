import { afterAll, describe, expect, it } from "vitest";
import { openOperationalStore, withOperationalStore, type Migration } from "../../src/store/index.js";
import { Targets, storeKinds } from "./store-targets.js";
import { first, rejection, second } from "./test-migrations.js";

const kinds = await storeKinds();

describe.each(kinds)("the migration guards on %s", (kind) => {
  const targets = new Targets(kind);
  afterAll(() => targets.cleanup());

  it("refuses to open a store whose applied migration was edited, and says what to do", async () => {
    const target = await targets.fresh();
    await withOperationalStore({ ...target, migrations: [first] }, async () => {});
    const edited: Migration = { ...first, sql: first.sql.replace("label text NOT NULL", "label text") };
    const e = await rejection(openOperationalStore({ ...target, migrations: [edited] }));
    expect(e.code).toBe("MIGRATION_CHANGED");
    expect(e.message).toContain("0001_first");
    expect(e.message).toMatch(/restore its original text.*new migration/);
  });

  it("does not take CRLF line endings for an edit", async () => {
    const target = await targets.fresh();
    const multiline: Migration = { version: 1, name: "multiline", sql: "CREATE TABLE a (x int);\nCREATE TABLE b (y int);\n" };
    await withOperationalStore({ ...target, migrations: [multiline] }, async () => {});
    const crlf = { ...multiline, sql: multiline.sql.replaceAll("\n", "\r\n") };
    await withOperationalStore({ ...target, migrations: [crlf] }, async (s) => expect(s.migrationsApplied).toEqual([]));
  });

  it("leaves nothing of a failing migration behind, and the earlier ones intact", async () => {
    const target = await targets.fresh();
    const broken: Migration = {
      version: 2,
      name: "broken",
      sql: "CREATE TABLE half_done (x int);\nINSERT INTO half_done VALUES (1);\nINSERT INTO no_such_table VALUES (1);",
    };
    const e = await rejection(openOperationalStore({ ...target, migrations: [first, broken] }));
    expect(e.code).toBe("MIGRATION_FAILED");
    expect(e.message).toContain("0002_broken");
    expect(e.message).toContain("no_such_table");

    await withOperationalStore({ ...target, migrations: [first] }, async (s) => {
      expect(s.migrationsApplied).toEqual([]);
      const versions = await s.query<{ version: number }>("SELECT version FROM schema_migrations");
      expect(versions).toEqual([{ version: 1 }]);
      const tables = await s.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
      expect(tables).toEqual([]);
    });
  });

  it("refuses a store with a migration this version does not know", async () => {
    const target = await targets.fresh();
    await withOperationalStore({ ...target, migrations: [first, second] }, async () => {});
    const e = await rejection(openOperationalStore({ ...target, migrations: [first] }));
    expect(e.code).toBe("MIGRATION_UNKNOWN");
    expect(e.message).toContain("0002_second");
  });

  it("refuses a new migration numbered before one already applied", async () => {
    const target = await targets.fresh();
    const third: Migration = { version: 3, name: "third", sql: "CREATE TABLE c (x int);" };
    await withOperationalStore({ ...target, migrations: [first, third] }, async () => {});
    const e = await rejection(openOperationalStore({ ...target, migrations: [first, second, third] }));
    expect(e.code).toBe("MIGRATION_ORDER");
    expect(e.message).toContain("renumber it after 3");
  });
});
