import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();

describe.each(kinds)("queries and transactions on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
    await store.query(`CREATE TABLE samples (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      label text, at timestamptz, doc jsonb, amount numeric, flag boolean
    )`);
  });
  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  it("round-trips text, timestamptz, jsonb, numeric, boolean and null through $n parameters", async () => {
    const at = new Date("2024-10-01T08:30:00.123Z");
    const doc = { reason: "verhuisd", hours: 16, nested: { list: [1, "twee", null] } };
    const label = `O'Brien; DROP TABLE samples; -- "quoted" café`;
    const [inserted] = await store.query<{ id: number }>(
      "INSERT INTO samples (label, at, doc, amount, flag) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [label, at, doc, "12.50", true],
    );
    expect(typeof inserted?.id).toBe("number");
    const [row] = await store.query("SELECT label, at, doc, amount, flag FROM samples WHERE id = $1", [inserted?.id]);
    expect(row).toEqual({ label, at, doc, amount: "12.50", flag: true });

    const [empty] = await store.query<{ id: number }>(
      "INSERT INTO samples (label, at, doc, amount, flag) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [null, null, null, null, null],
    );
    const [nulls] = await store.query("SELECT label, at, doc, amount, flag FROM samples WHERE id = $1", [empty?.id]);
    expect(nulls).toEqual({ label: null, at: null, doc: null, amount: null, flag: null });
  });

  it("gives bigint values (ids, counts) as numbers on both stores", async () => {
    const [row] = await store.query<{ n: unknown; big: unknown }>("SELECT count(*) AS n, 9007199254740991::bigint AS big FROM samples");
    expect(typeof row?.n).toBe("number");
    expect(row?.big).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses a bigint too large for a JavaScript number instead of losing digits", async () => {
    await expect(store.query("SELECT 9007199254740993::bigint AS big")).rejects.toThrow(/too large.*cast it to text/);
    const [row] = await store.query<{ big: string }>("SELECT 9007199254740993::bigint::text AS big");
    expect(row?.big).toBe("9007199254740993");
  });

  it("returns an empty list for statements without rows", async () => {
    expect(await store.query("UPDATE samples SET flag = flag WHERE false")).toEqual([]);
  });

  it("commits a transaction that succeeds and returns its value", async () => {
    const id = await store.transaction(async (tx) => {
      const [row] = await tx.query<{ id: number }>("INSERT INTO samples (label) VALUES ($1) RETURNING id", ["committed"]);
      return row?.id;
    });
    expect(await store.query("SELECT label FROM samples WHERE id = $1", [id])).toEqual([{ label: "committed" }]);
  });

  it("rolls back everything of a transaction that throws, and rethrows the error", async () => {
    const failure = store.transaction(async (tx) => {
      await tx.query("INSERT INTO samples (label) VALUES ($1)", ["rolled back"]);
      await tx.query("INSERT INTO samples (label) VALUES ($1)", ["also rolled back"]);
      throw new Error("the officer's save failed");
    });
    await expect(failure).rejects.toThrow("the officer's save failed");
    expect(await store.query("SELECT 1 FROM samples WHERE label LIKE '%rolled back'")).toEqual([]);
  });

  it("rolls back a transaction whose statement fails in the database", async () => {
    const failure = store.transaction(async (tx) => {
      await tx.query("INSERT INTO samples (label) VALUES ($1)", ["before the error"]);
      await tx.query("INSERT INTO samples (id) VALUES (1)"); // GENERATED ALWAYS: refused
    });
    await expect(failure).rejects.toThrow(/GENERATED ALWAYS|cannot insert/i);
    expect(await store.query("SELECT 1 FROM samples WHERE label = 'before the error'")).toEqual([]);
    // The store is usable afterwards.
    expect(await store.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("undoes only the failed part of a nested transaction (a savepoint)", async () => {
    await store.transaction(async (tx) => {
      await tx.query("INSERT INTO samples (label) VALUES ($1)", ["outer kept"]);
      await expect(
        tx.transaction(async (inner) => {
          await inner.query("INSERT INTO samples (label) VALUES ($1)", ["inner undone"]);
          throw new Error("inner failure");
        }),
      ).rejects.toThrow("inner failure");
      await tx.transaction((inner) => inner.query("INSERT INTO samples (label) VALUES ($1)", ["inner kept"]));
    });
    const rows = await store.query<{ label: string }>(
      "SELECT label FROM samples WHERE label IN ('outer kept', 'inner undone', 'inner kept') ORDER BY label",
    );
    expect(rows.map((r) => r.label)).toEqual(["inner kept", "outer kept"]);
  });

  it("does not let a transaction close the store", async () => {
    await expect(store.transaction((tx) => tx.close())).rejects.toThrow(/inside a transaction/);
    expect(await store.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });
});
