/**
 * The audit log's hash chain (migration 0008, src/store/audit-chain.ts; docs/audit-log.md, "Tamper evidence"): every
 * writer is chained by the trigger, and what a database owner can still do — switch the append-only trigger off and
 * delete or edit entries — is found by the verifier, which names the first broken link. Both stores.
 */
import { afterAll, describe, expect, it } from "vitest";
import { recordAudit, type AuditEntry } from "../../src/store/audit.js";
import { auditSpoolPath, drainAuditSpool, spoolAudit } from "../../src/store/audit-spool.js";
import { GENESIS_HASH, verifyAuditChain } from "../../src/store/audit-chain.js";
import { openOperationalStore, type OperationalStore, withOperationalStore } from "../../src/store/index.js";
import { migrations } from "../../src/store/migrations/index.js";
import { migrationId } from "../../src/store/migrations/migration.js";
import { runRetention } from "../../src/store/retention.js";
import type { PersonRef } from "../../src/store/pseudonym.js";
import { type Target, Targets, storeKinds } from "./store-targets.js";
import { existsSync } from "node:fs";

const kinds = await storeKinds();

const person = (n: number) => `p${n.toString(16).padStart(24, "0")}` as PersonRef;
const read = (n: number, details: Record<string, unknown> = {}): AuditEntry => ({
  actor: { id: 7, role: "regional_officer" },
  action: "read",
  activity: "case_work",
  subjectKind: "person",
  persons: [person(n)],
  region: "21",
  traceId: `trace-${n}`,
  details: { route: "/api/v1/cases/:id", ...details },
});

/** The owner's way around the append-only trigger: switch it off, change the table, switch it on again. */
async function asOwnerWithoutTrigger(store: OperationalStore, statement: string, params: unknown[] = []): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
    await tx.query(statement, params);
    await tx.query("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");
  });
}

async function ids(store: OperationalStore): Promise<number[]> {
  return (await store.query<{ id: number }>("SELECT id FROM audit_log ORDER BY chain_seq")).map((r) => r.id);
}

describe.each(kinds)("the audit log's hash chain on %s", (kind) => {
  const targets = new Targets(kind);
  afterAll(() => targets.cleanup());

  /** A fresh store with `n` entries, one statement each. */
  async function storeWith(n: number): Promise<{ store: OperationalStore; target: Target }> {
    const target = await targets.fresh();
    const store = await openOperationalStore(target);
    for (let i = 1; i <= n; i++) await recordAudit(store, read(i));
    return { store, target };
  }

  it("verifies as intact an empty log and one written by every path: the server, a page of persons, the spool, the retention job", async () => {
    const { store, target } = await storeWith(0);
    try {
      expect(await verifyAuditChain(store)).toEqual({ verified: 0, head: { entries: 0, hash: GENESIS_HASH, id: null, at: null }, broken: null });
      await recordAudit(store, read(1, { note: "ünïcödé, \"quotes\", \\ and \u0001", nested: { b: [1, 2.50, null], a: true } }));
      await recordAudit(store, { ...read(2), persons: [person(2), person(3), person(4)] });
      await recordAudit(store, { actor: { id: null, role: "anonymous" }, action: "denied", activity: "authentication" });
      spoolAudit(target.dataDir, [
        { at: "2020-02-29T23:59:59.123456Z", actor_id: null, actor_role: "operator", action: "read", subject_kind: "person", subject_pseudonym: person(9), purpose: "analysis: x", details: { command: "explain" }, region: null, trace_id: "t" },
        { at: "2020-03-01T00:00:00Z", actor_id: null, actor_role: "operator", action: "export", subject_kind: "population", subject_pseudonym: null, purpose: "analysis: x", details: null, region: null, trace_id: "t" },
      ]);
      expect(await drainAuditSpool(store, target.dataDir)).toBe(2);
      expect(existsSync(auditSpoolPath(target.dataDir))).toBe(false);
      await runRetention(store, new Date());
      const report = await verifyAuditChain(store, { batchSize: 3 });
      expect(report.broken).toBeNull();
      expect(report.verified).toBe(8);
      const [last] = await store.query<{ id: number; hash: Uint8Array; chain_seq: number }>("SELECT id, hash, chain_seq FROM audit_log ORDER BY chain_seq DESC LIMIT 1");
      expect(report.head).toMatchObject({ entries: 8, id: last!.id, hash: Buffer.from(last!.hash).toString("hex") });
      expect(last!.chain_seq).toBe(8);
    } finally {
      await store.close();
    }
  });

  it("chains the entries written before the migration, in id order", async () => {
    const target = await targets.fresh();
    const before = migrations.filter((m) => m.version < 8);
    await withOperationalStore({ ...target, migrations: before }, async (store) => {
      for (let i = 1; i <= 5; i++) await recordAudit(store, read(i));
    });
    await withOperationalStore(target, async (store) => {
      expect(store.migrationsApplied).toEqual(migrations.filter((m) => m.version >= 8).map(migrationId));
      const rows = await store.query<{ id: number; chain_seq: number }>("SELECT id, chain_seq FROM audit_log ORDER BY id");
      expect(rows.map((r) => r.chain_seq)).toEqual([1, 2, 3, 4, 5]);
      await recordAudit(store, read(6));
      const report = await verifyAuditChain(store);
      expect(report.broken).toBeNull();
      expect(report.head.entries).toBe(6);
    });
  });

  it("sets the chain's columns itself, whatever an inserter gives", async () => {
    const { store } = await storeWith(2);
    try {
      await store.query(
        `INSERT INTO audit_log (actor_role, action, purpose, chain_seq, prev_hash, hash) VALUES ('administrator', 'login', 'aanmelden', 1, '\\x00', '\\x01')`,
      );
      const [row] = await store.query<{ chain_seq: number; hash: Uint8Array }>("SELECT chain_seq, hash FROM audit_log ORDER BY chain_seq DESC LIMIT 1");
      expect(row!.chain_seq).toBe(3);
      expect(row!.hash).toHaveLength(32);
      expect((await verifyAuditChain(store)).broken).toBeNull();
    } finally {
      await store.close();
    }
  });

  it("reports a deleted entry in the middle as a row missing, at the entry after it", async () => {
    const { store } = await storeWith(5);
    try {
      const [, , third, fourth] = await ids(store);
      await asOwnerWithoutTrigger(store, "DELETE FROM audit_log WHERE id = $1", [third]);
      const report = await verifyAuditChain(store);
      expect(report.broken).toMatchObject({ problem: "row_missing", id: fourth, seq: 3 });
      expect(report.broken!.message).toContain("1 entry is missing after entry id");
      expect(report.verified).toBe(2);
    } finally {
      await store.close();
    }
  });

  it("reports an edited entry as content changed, at that entry", async () => {
    const { store } = await storeWith(5);
    try {
      const [, second] = await ids(store);
      await asOwnerWithoutTrigger(store, `UPDATE audit_log SET details = '{"route": "/api/v1/cases/:id", "note": "nothing to see"}' WHERE id = $1`, [second]);
      expect((await verifyAuditChain(store)).broken).toMatchObject({ problem: "content_changed", id: second, seq: 2 });
    } finally {
      await store.close();
    }
  });

  it("reports an edited entry whose own hash was recomputed as a previous-hash mismatch at the next entry", async () => {
    const { store } = await storeWith(4);
    try {
      const [, second, third] = await ids(store);
      await asOwnerWithoutTrigger(store, "UPDATE audit_log SET actor_id = 8 WHERE id = $1", [second]);
      await asOwnerWithoutTrigger(store, "UPDATE audit_log l SET hash = sha256(l.prev_hash || convert_to(audit_log_chain_content(l), 'UTF8')) WHERE id = $1", [second]);
      expect((await verifyAuditChain(store)).broken).toMatchObject({ problem: "previous_hash_mismatch", id: third, seq: 3 });
    } finally {
      await store.close();
    }
  });

  it("reports the newest entry deleted as a row missing at the end, from the chain's head", async () => {
    const { store } = await storeWith(3);
    try {
      const [, second, third] = await ids(store);
      await asOwnerWithoutTrigger(store, "DELETE FROM audit_log WHERE id = $1", [third]);
      const report = await verifyAuditChain(store);
      expect(report.broken).toMatchObject({ problem: "row_missing", id: third, seq: 3 });
      expect(report.broken!.message).toContain(`the chain ends at position 2 (entry id ${second}), its head records 3`);
    } finally {
      await store.close();
    }
  });

  it("still shows the deleted newest entry once later entries are written: they point at it", async () => {
    const { store } = await storeWith(3);
    try {
      const [, , third] = await ids(store);
      await asOwnerWithoutTrigger(store, "DELETE FROM audit_log WHERE id = $1", [third]);
      await recordAudit(store, read(4));
      const [fourth] = (await ids(store)).slice(-1);
      expect((await verifyAuditChain(store)).broken).toMatchObject({ problem: "row_missing", id: fourth, seq: 3 });
    } finally {
      await store.close();
    }
  });

  it("chains a statement that writes thousands of entries, one after the other", async () => {
    const { store } = await storeWith(1);
    try {
      await store.query(
        `INSERT INTO audit_log (actor_role, action, purpose, details) SELECT 'system', 'read', 'analysis: x', jsonb_build_object('i', g) FROM generate_series(1, 2000) g`,
      );
      await recordAudit(store, read(2));
      const report = await verifyAuditChain(store, { batchSize: 700 });
      expect(report.broken).toBeNull();
      expect(report.head.entries).toBe(2002);
    } finally {
      await store.close();
    }
  });

  it("cannot see a log rewritten from a point on, hashes and head included, without a checkpoint; a noted head hash does", async () => {
    const { store } = await storeWith(4);
    try {
      const noted = (await verifyAuditChain(store)).head;
      const [, second] = await ids(store);
      // The owner deletes entry 2 and recomputes every later position, hash and the head: the documented limit.
      await store.transaction(async (tx) => {
        await tx.query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
        await tx.query("DELETE FROM audit_log WHERE id = $1", [second]);
        await tx.query(`DO $$
          DECLARE e audit_log; prev bytea := decode(repeat('00', 32), 'hex'); seq bigint := 0;
          BEGIN
            FOR e IN SELECT * FROM audit_log ORDER BY chain_seq LOOP
              seq := seq + 1; e.chain_seq := seq;
              UPDATE audit_log SET chain_seq = seq, prev_hash = prev, hash = sha256(prev || convert_to(audit_log_chain_content(e), 'UTF8')) WHERE id = e.id
                RETURNING hash INTO prev;
            END LOOP;
            UPDATE audit_log_chain_head SET last_seq = seq, last_hash = prev;
          END $$`);
        await tx.query("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");
      });
      expect((await verifyAuditChain(store)).broken).toBeNull();
      const report = await verifyAuditChain(store, { checkpoint: { id: noted.id!, hash: noted.hash } });
      expect(report.broken).toMatchObject({ problem: "checkpoint_mismatch", id: noted.id });
    } finally {
      await store.close();
    }
  });

  // Several connections writing at once: only a server has them (PGlite is one connection).
  if (kind === "postgres") {
    it("keeps one unbroken chain when many connections write at once", async () => {
      const target = await targets.fresh();
      await withOperationalStore(target, async () => {});
      const writers = await Promise.all(Array.from({ length: 6 }, () => openOperationalStore(target)));
      try {
        await Promise.all(
          writers.map(async (w, k) => {
            for (let i = 0; i < 40; i++) await recordAudit(w, { ...read(k * 100 + i), persons: [person(k * 100 + i), person(k * 100 + i + 50)] });
          }),
        );
        const report = await verifyAuditChain(writers[0]!);
        expect(report.broken).toBeNull();
        expect(report.head.entries).toBe(6 * 40 * 2);
      } finally {
        await Promise.all(writers.map((w) => w.close()));
      }
    });
  }
});
