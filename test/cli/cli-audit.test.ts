/**
 * Person data read on the command line is audit-logged like reads through the API (docs/audit-log.md):
 * `vsv explain` one entry for the person, `vsv persons` one entry for the population it exported; entries are
 * spooled when the embedded store is held by another process (the server) and written at the store's next open.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { enrolment, loadRegisterDirect, person, residence } from "../support/register-builder.js";
import { withDatabase } from "../../src/engine/database.js";
import { openOperationalStore, withOperationalStore } from "../../src/store/index.js";
import { auditSpoolPath } from "../../src/store/audit-spool.js";
import { loadPseudonymKey, personRef } from "../../src/store/pseudonym.js";
import { vsv } from "../support/cli.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

const people = [
  person("A1", "2005-01-01", { enrolments: [enrolment({ enrolmentId: "A1-1", level: "2", start: "2021-08-01", end: "2023-01-31" })], residences: [residence("0363", "2005-01-01")] }),
  person("A2", "2005-02-01", { enrolments: [enrolment({ enrolmentId: "A2-1", level: "3", start: "2021-08-01" })], residences: [residence("0363", "2005-01-01")] }),
];

let dir: string;
beforeAll(async () => {
  dir = tempDir("vsv-cli-audit-");
  await withDatabase(dir, (db) => loadRegisterDirect(db.connection, people));
  const r = await vsv("compute", "--data-dir", dir, "--teljaar", "2022-2023");
  expect(r.code, r.stderr).toBe(0);
}, 60_000);
afterAll(removeTempDirs);

interface Row {
  action: string;
  actor_role: string;
  subject_kind: string | null;
  subject_pseudonym: string | null;
  purpose: string;
  details: Record<string, unknown>;
}

async function log(): Promise<Row[]> {
  return withOperationalStore({ dataDir: dir }, (s) =>
    s.query<Row>("SELECT action, actor_role, subject_kind, subject_pseudonym, purpose, details FROM audit_log ORDER BY id"),
  );
}

describe("command-line reads of person data", () => {
  it("logs vsv explain as a read of that person, by reference, never the person number", async () => {
    const r = await vsv("explain", "--data-dir", dir, "--person", "A1", "--teljaar", "2022-2023");
    expect(r.code, r.stderr).toBe(0);
    const rows = (await log()).filter((e) => e.details.command === "explain");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "read", actor_role: "operator", subject_kind: "person", subject_pseudonym: personRef(loadPseudonymKey(dir), "A1") });
    expect(rows[0]!.purpose).toMatch(/^analysis: /);
    expect(JSON.stringify(rows)).not.toContain('"A1"');
  });

  it("logs vsv persons as one export of the population it selected", async () => {
    const r = await vsv("persons", "--data-dir", dir, "--teljaar", "2022-2023", "--format", "csv");
    expect(r.code, r.stderr).toBe(0);
    const rows = (await log()).filter((e) => e.details.command === "persons");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "export", subject_kind: "population", subject_pseudonym: null });
    expect(rows[0]!.details).toMatchObject({ teljaar: "2022-2023", only: "all", out: "stdout" });
  });

  it("spools the entry while the server holds the embedded store, and writes it at the next open", async () => {
    const held = await openOperationalStore({ dataDir: dir });
    try {
      const r = await vsv("explain", "--data-dir", dir, "--person", "A2", "--teljaar", "2022-2023");
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/Audit entry spooled/);
      expect(existsSync(auditSpoolPath(dir))).toBe(true);
    } finally {
      await held.close();
    }
    const ref = personRef(loadPseudonymKey(dir), "A2");
    expect((await log()).filter((e) => e.subject_pseudonym === ref)).toHaveLength(1);
    expect(existsSync(auditSpoolPath(dir))).toBe(false);
  });

  it("refuses a second opening of the same embedded store with a message that says what to do", async () => {
    const held = await openOperationalStore({ dataDir: dir });
    try {
      await expect(openOperationalStore({ dataDir: dir })).rejects.toThrow(/in use by another vsv process.*stop that process.*DATABASE_URL/s);
    } finally {
      await held.close();
    }
    await withOperationalStore({ dataDir: dir }, async (s) => expect(await s.query("SELECT 1 AS one")).toEqual([{ one: 1 }]));
  });
});
