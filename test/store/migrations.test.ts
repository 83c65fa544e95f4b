import { afterAll, describe, expect, it } from "vitest";
import { openOperationalStore, withOperationalStore } from "../../src/store/index.js";
import { migrations } from "../../src/store/migrations/index.js";
import { Targets, storeKinds } from "./store-targets.js";
import { first, rejection, second } from "./test-migrations.js";

const kinds = await storeKinds();

describe.each(kinds)("migrations of the operational store on %s", (kind) => {
  const targets = new Targets(kind);
  afterAll(() => targets.cleanup());

  it("applies every migration to an empty store, and nothing on the next open", async () => {
    const target = await targets.fresh();
    const store = await openOperationalStore(target);
    expect(store.kind).toBe(kind);
    expect(store.migrationsApplied).toEqual(migrations.map((m) => `${String(m.version).padStart(4, "0")}_${m.name}`));
    const rows = await store.query<{ version: number; name: string; checksum: string; applied_at: Date }>(
      "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version",
    );
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.applied_at).toBeInstanceOf(Date);
    await store.close();

    await withOperationalStore(target, async (again) => {
      expect(again.migrationsApplied).toEqual([]);
      const count = await again.query<{ n: number }>("SELECT count(*) AS n FROM schema_migrations");
      expect(count[0]?.n).toBe(migrations.length);
    });
  });

  it("applies only the new migrations, in order, when the list grows", async () => {
    const target = await targets.fresh();
    await withOperationalStore({ ...target, migrations: [first] }, async (s) => expect(s.migrationsApplied).toEqual(["0001_first"]));
    await withOperationalStore({ ...target, migrations: [first, second] }, async (s) => {
      expect(s.migrationsApplied).toEqual(["0002_second"]);
      await s.query("INSERT INTO things (id, label, note) VALUES (1, 'a', 'b')");
    });
  });

  // PGlite is one process's store, so only a server sees two processes migrating at once.
  if (kind === "postgres") {
    it("lets processes that start together migrate once (an advisory lock serialises them)", async () => {
      const target = await targets.fresh();
      const stores = await Promise.all([openOperationalStore(target), openOperationalStore(target), openOperationalStore(target)]);
      try {
        expect(stores.map((s) => s.migrationsApplied.length).sort()).toEqual([0, 0, migrations.length]);
        const [row] = await stores[0]!.query<{ n: number }>("SELECT count(*) AS n FROM schema_migrations");
        expect(row?.n).toBe(migrations.length);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  }

  it("keeps its data across close and open", async () => {
    const target = await targets.fresh();
    await withOperationalStore(target, (s) =>
      s.query("INSERT INTO accounts (username, display_name, role) VALUES ($1, $2, $3)", ["jansen", "A. Jansen", "regional_officer"]),
    );
    await withOperationalStore(target, async (s) => {
      const rows = await s.query<{ username: string }>("SELECT username FROM accounts");
      expect(rows).toEqual([{ username: "jansen" }]);
    });
  });
});

describe("the list of migrations", () => {
  it("is checked before any store is opened: versions must increase", async () => {
    const e = await rejection(openOperationalStore({ dataDir: "/nonexistent/never-created", migrations: [second, first] }));
    expect(e.code).toBe("MIGRATION_ORDER");
  });

  it("is checked before any store is opened: names are lowercase words with underscores", async () => {
    const e = await rejection(openOperationalStore({ dataDir: "/nonexistent/never-created", migrations: [{ ...first, name: "First Table" }] }));
    expect(e.code).toBe("MIGRATION_NAME");
  });
});

describe("opening a PostgreSQL store that is not there", () => {
  it("says to start the server or unset DATABASE_URL, without showing the password", async () => {
    const e = await rejection(openOperationalStore({ dataDir: "/nonexistent/never-created", databaseUrl: "postgres://officer:geheim@127.0.0.1:1/vsv" }));
    expect(e.code).toBe("STORE_UNREACHABLE");
    expect(e.message).toMatch(/start the server.*unset it to use the embedded PGlite store/);
    expect(e.message).not.toContain("geheim");
  });
});
