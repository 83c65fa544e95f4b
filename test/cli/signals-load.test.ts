import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vsv } from "../support/cli.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { queryRows, withDatabase } from "../../src/engine/database.js";
import { withOperationalStore } from "../../src/store/index.js";
import { loadPseudonymKey, personRef } from "../../src/store/pseudonym.js";
import { demoData } from "../support/demo-data.js";

// The command writes to DATABASE_URL when it is set: keep this test on the data folder's PGlite.
const databaseUrl = process.env.DATABASE_URL;
delete process.env.DATABASE_URL;
const dir = tempDir("vsv-signals-");

beforeAll(async () => {
  demoData(dir);
}, 180_000);
afterAll(() => {
  if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  removeTempDirs();
});

const stored = () =>
  withOperationalStore({ dataDir: dir }, (store) =>
    store.query<{ list: string; region: string; source: string; person_ref: string; person_key: string }>("SELECT list, region, source, person_ref, person_key FROM signals"),
  );

describe("vsv signals load, on the demo data of vsv start", () => {
  let stdout: string;

  beforeAll(async () => {
    const r = await vsv("signals", "load", "--data-dir", dir);
    expect(r.code, r.stderr).toBe(0);
    stdout = r.stdout;
  }, 60_000);

  it("loads both lists and prints their sizes, the number of regions and each region's source", async () => {
    const rows = await stored();
    const possible = rows.filter((r) => r.list === "possible").length;
    const definitive = rows.filter((r) => r.list === "definitive").length;
    expect(possible).toBeGreaterThan(0);
    expect(definitive).toBeGreaterThan(0);
    const targetGroup = rows.filter((r) => r.list === "target_group").length;
    expect(targetGroup).toBeGreaterThan(0);
    const regions = new Set(rows.map((r) => r.region)).size;
    expect(stdout).toContain(`Loaded the signal lists: ${possible} possible and ${definitive} definitive vsv'ers, ${targetGroup} young people in the target group, in ${regions} regions`);
    expect(stdout).toMatch(/^region\s+possible\s+definitive\s+target_group$/m);
  });

  it("takes the demo region's lists from its DUO files and the other regions' from the engine, never both", async () => {
    const demoRegion = await withDatabase(dir, async (db) => (await queryRows<{ code: string }>(db.connection, "SELECT DISTINCT scope_code AS code FROM duo.files WHERE scope_kind = 'region'"))[0]!.code, { readOnly: true });
    const rows = await stored();
    const sources = new Map<string, Set<string>>();
    for (const r of rows) sources.set(`${r.list} ${r.region}`, (sources.get(`${r.list} ${r.region}`) ?? new Set()).add(r.source));
    expect([...sources.values()].every((s) => s.size === 1)).toBe(true);
    expect(sources.get(`possible ${demoRegion}`)).toEqual(new Set(["duo"]));
    expect(sources.get(`definitive ${demoRegion}`)).toEqual(new Set(["duo"]));
    expect([...sources.values()].filter((s) => s.has("engine")).length).toBeGreaterThan(10);
    // The target group is always the engine's: DUO sends no such list.
    expect(sources.get(`target_group ${demoRegion}`) ?? new Set(["engine"])).toEqual(new Set(["engine"]));
    expect(new RegExp(`^${demoRegion}\\s+\\d+ \\(duo\\)\\s+\\d+ \\(duo\\)(\\s+\\d+ \\(engine\\))?\\s*$`, "m").test(stdout)).toBe(true);
  });

  it("stores each person's reference under the data folder's key, and prints no person number", async () => {
    const key = loadPseudonymKey(dir);
    const rows = await stored();
    expect(rows.every((r) => r.person_ref === personRef(key, r.person_key))).toBe(true);
    for (const r of rows.slice(0, 50)) expect(stdout).not.toContain(r.person_key);
  });

  it("loads the school career of everyone on a list and nobody else's, and the demo's young people have names", async () => {
    const { rows, history } = await withOperationalStore({ dataDir: dir }, async (store) => ({
      rows: await store.query<{ person_ref: string; family_name: string | null; given_names: string | null }>("SELECT person_ref, family_name, given_names FROM signals"),
      history: await store.query<{ person_ref: string; kind: string; source: string }>("SELECT person_ref, kind, source FROM person_history"),
    }));
    const listed = new Set(rows.map((r) => r.person_ref));
    expect(history.length).toBeGreaterThan(listed.size);
    expect(history.every((h) => listed.has(h.person_ref))).toBe(true);
    const kinds = new Set(history.map((h) => h.kind));
    expect(kinds.has("enrolment") && kinds.has("signal_month")).toBe(true);
    // The demo region's months come from its DUO files, the others' from the engine.
    expect(new Set(history.map((h) => h.source))).toEqual(new Set(["engine", "duo"]));
    expect(stdout).toMatch(new RegExp(`; ${history.length.toLocaleString("en-US")} facts of their school career`));
    // The synthetic register names everyone (src/synth/names.ts), through DUO's files too.
    expect(rows.every((r) => r.family_name && r.given_names)).toBe(true);
  });

  it("replaces the lists when run again, rather than adding to them", async () => {
    const before = (await stored()).length;
    const r = await vsv("signals", "load", "--data-dir", dir, "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect((await stored()).length).toBe(before);
  }, 60_000);
});
