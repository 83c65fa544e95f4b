import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();

const pseudonym = "3f1c9a0b7d2e4f6a8c0e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a";

describe.each(kinds)("the base schema on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
  });
  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  async function addEntry(action = "read"): Promise<number> {
    const [row] = await store.query<{ id: number }>(
      `INSERT INTO audit_log (actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [7, "regional_officer", action, "person", pseudonym, "contact opnemen (RMC-taak)", { route: "/cases/1" }],
    );
    return row!.id;
  }

  describe("the audit log (Logboek dataverwerkingen)", () => {
    it("accepts new entries, stamping the time", async () => {
      const before = Date.now();
      const id = await addEntry();
      const [row] = await store.query<{ at: Date; action: string; details: unknown }>("SELECT at, action, details FROM audit_log WHERE id = $1", [id]);
      expect(row?.action).toBe("read");
      expect(row?.details).toEqual({ route: "/cases/1" });
      expect(row!.at.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    });

    it("refuses UPDATE, saying it is append-only", async () => {
      const id = await addEntry();
      await expect(store.query("UPDATE audit_log SET purpose = 'changed' WHERE id = $1", [id])).rejects.toThrow(
        "audit_log is append-only: UPDATE is not allowed",
      );
      expect(await store.query("SELECT purpose FROM audit_log WHERE id = $1", [id])).toEqual([{ purpose: "contact opnemen (RMC-taak)" }]);
    });

    it("refuses DELETE, saying it is append-only", async () => {
      const id = await addEntry();
      await expect(store.query("DELETE FROM audit_log WHERE id = $1", [id])).rejects.toThrow("audit_log is append-only: DELETE is not allowed");
      expect(await store.query("SELECT id FROM audit_log WHERE id = $1", [id])).toEqual([{ id }]);
    });

    it("refuses TRUNCATE, saying it is append-only", async () => {
      await addEntry();
      await expect(store.query("TRUNCATE audit_log")).rejects.toThrow("audit_log is append-only: TRUNCATE is not allowed");
      const [row] = await store.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
      expect(row!.n).toBeGreaterThan(0);
    });

    it("refuses an unknown action, an empty purpose and a BSN in place of a pseudonym", async () => {
      const insert = (action: string, bsnOrPseudonym: string, purpose: string) =>
        store.query("INSERT INTO audit_log (actor_role, action, subject_pseudonym, purpose) VALUES ('regional_officer', $1, $2, $3)", [
          action,
          bsnOrPseudonym,
          purpose,
        ]);
      await expect(insert("peek", pseudonym, "toezicht")).rejects.toThrow(/check constraint/);
      await expect(insert("read", pseudonym, "")).rejects.toThrow(/check constraint/);
      await expect(insert("read", "123456782", "toezicht")).rejects.toThrow(/check constraint/);
    });

    it("keeps entries of a transaction that is rolled back out of the log, like any other write", async () => {
      const [before] = await store.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
      await expect(
        store.transaction(async (tx) => {
          await tx.query("INSERT INTO audit_log (actor_role, action, purpose) VALUES ('administrator', 'login', 'aanmelden')");
          throw new Error("login failed later");
        }),
      ).rejects.toThrow("login failed later");
      const [after] = await store.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
      expect(after!.n).toBe(before!.n);
    });
  });

  describe("accounts and their scopes", () => {
    it("stores an account with its scopes and refuses an unknown role or a duplicate username", async () => {
      const [account] = await store.query<{ id: number }>(
        "INSERT INTO accounts (username, display_name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id",
        ["de.vries", "M. de Vries", "$argon2id$v=19$m=65536,t=3,p=4$placeholder", "regional_coordinator"],
      );
      await store.query("INSERT INTO account_scopes (account_id, scope_kind, scope_code) VALUES ($1, 'region', '22'), ($1, 'region', '23')", [account!.id]);
      const scopes = await store.query("SELECT scope_kind, scope_code FROM account_scopes WHERE account_id = $1 ORDER BY scope_code", [account!.id]);
      expect(scopes).toEqual([
        { scope_kind: "region", scope_code: "22" },
        { scope_kind: "region", scope_code: "23" },
      ]);
      await expect(store.query("INSERT INTO accounts (username, display_name, role) VALUES ('x', 'X', 'superuser')")).rejects.toThrow(/check constraint/);
      await expect(store.query("INSERT INTO accounts (username, display_name, role) VALUES ('de.vries', 'Other', 'administrator')")).rejects.toThrow(
        /unique|duplicate/i,
      );
    });

    it("accepts the national scope only with code NL", async () => {
      const [account] = await store.query<{ id: number }>(
        "INSERT INTO accounts (username, display_name, role) VALUES ('analist', 'Analist', 'national_analyst') RETURNING id",
      );
      await store.query("INSERT INTO account_scopes (account_id, scope_kind, scope_code) VALUES ($1, 'national', 'NL')", [account!.id]);
      await expect(store.query("INSERT INTO account_scopes (account_id, scope_kind, scope_code) VALUES ($1, 'national', '22')", [account!.id])).rejects.toThrow(
        /check constraint/,
      );
      await expect(store.query("INSERT INTO account_scopes (account_id, scope_kind, scope_code) VALUES ($1, 'region', 'NL')", [account!.id])).rejects.toThrow(
        /check constraint/,
      );
    });
  });
});
