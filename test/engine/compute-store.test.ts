/**
 * How computed results are stored (src/engine/compute-store.ts, results-tables.ts): one table per computation,
 * read through the view results.persons with one row per teljaar, stage and person as before.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { enrolment, loadRegisterDirect, person } from "../support/register-builder.js";
import { computeResults } from "../../src/engine/compute.js";
import { ensureResultTables } from "../../src/engine/results-tables.js";
import { loadReference } from "../../src/engine/reference.js";
import { queryRows } from "../../src/engine/database.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { PersonFacts } from "../../src/domain/register.js";

const T = parseTeljaar("2023-2024");

const people: PersonFacts[] = [
  // Leaves in June 2024 without a diploma: a vsv'er in both stages.
  person("100000001", "2006-05-01", { enrolments: [enrolment({ enrolmentId: "A1", level: "2", start: "2022-08-01", end: "2024-06-30" })] }),
  // Stays: in the start population, no vsv'er.
  person("100000002", "2005-01-01", { enrolments: [enrolment({ enrolmentId: "B1", level: "3", start: "2022-08-01" })] }),
  // A level-4 enrolment recorded after the preliminary cut-off (1 February 2025) but before the definitive one:
  // the main enrolment is C1 in the preliminary stage and C2 in the definitive stage.
  person("100000003", "2004-02-01", {
    enrolments: [
      enrolment({ enrolmentId: "C1", level: "2", start: "2023-08-01", end: "2024-06-30" }),
      enrolment({ enrolmentId: "C2", level: "4", start: "2023-08-01", end: "2024-06-30", recordedOn: "2025-03-01" }),
    ],
  }),
];

let db: DuckDBInstance;
let conn: DuckDBConnection;

beforeEach(async () => {
  db = await DuckDBInstance.create(":memory:");
  conn = await db.connect();
  await loadRegisterDirect(conn, people);
});
afterEach(() => {
  conn.closeSync();
  db.closeSync();
});

interface Row {
  teljaar: string;
  stage: string;
  person_id: string;
  vsv: boolean;
  enrolment_id: string;
  level: string;
}
const rows = () =>
  queryRows<Row>(conn, "SELECT teljaar, stage, person_id, vsv, enrolment_id, level FROM results.persons ORDER BY teljaar, stage DESC, person_id");
const storedTables = async () =>
  (await queryRows<{ table_name: string }>(conn, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'results' AND table_name <> 'runs' AND table_name <> 'stored' ORDER BY 1")).map(
    (r) => r.table_name,
  );

describe("stored results", () => {
  it("give one row per teljaar, stage and person, with each stage's own main enrolment", async () => {
    await computeResults(conn, { teljaren: [T] });
    expect(await rows()).toEqual([
      { teljaar: T, stage: "preliminary", person_id: "100000001", vsv: true, enrolment_id: "A1", level: "2" },
      { teljaar: T, stage: "preliminary", person_id: "100000002", vsv: false, enrolment_id: "B1", level: "3" },
      { teljaar: T, stage: "preliminary", person_id: "100000003", vsv: true, enrolment_id: "C1", level: "2" },
      { teljaar: T, stage: "definitive", person_id: "100000001", vsv: true, enrolment_id: "A1", level: "2" },
      { teljaar: T, stage: "definitive", person_id: "100000002", vsv: false, enrolment_id: "B1", level: "3" },
      { teljaar: T, stage: "definitive", person_id: "100000003", vsv: true, enrolment_id: "C2", level: "4" },
    ]);
    // The view keeps the old table's columns and types.
    const columns = await queryRows<{ column_name: string; data_type: string }>(
      conn,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'results' AND table_name = 'persons' ORDER BY ordinal_position",
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual([
      "teljaar VARCHAR", "stage VARCHAR", "person_id VARCHAR", "in_sp23 BOOLEAN", "in_sp27 BOOLEAN", "vsv BOOLEAN", "exclusion VARCHAR",
      "enrolment_id VARCHAR", "institution VARCHAR", "location VARCHAR", "programme VARCHAR", "sector VARCHAR", "level VARCHAR",
      "grade INTEGER", "leerweg VARCHAR", "municipality_code VARCHAR", "age INTEGER", "sex VARCHAR",
    ]);
  });

  it("keep a stage computed earlier when another stage is computed again, and drop tables no stage uses", async () => {
    await computeResults(conn, { teljaren: [T] });
    const before = await rows();
    expect(await storedTables()).toEqual(["computed_1"]);
    await computeResults(conn, { teljaren: [T], stages: ["definitive"] });
    expect(await rows()).toEqual(before);
    expect(await storedTables()).toEqual(["computed_1", "computed_2"]);
    await computeResults(conn, { teljaren: [T], stages: ["preliminary"] });
    expect(await rows()).toEqual(before);
    expect(await storedTables()).toEqual(["computed_2", "computed_3"]);
    await computeResults(conn, { teljaren: [T] });
    expect(await rows()).toEqual(before);
    expect(await storedTables()).toEqual(["computed_4"]);
    const runs = await queryRows<{ stage: string; start_population_27: bigint; vsv_27: bigint }>(conn, "SELECT stage, start_population_27, vsv_27 FROM results.runs ORDER BY stage DESC");
    expect(runs.map((r) => [r.stage, Number(r.start_population_27), Number(r.vsv_27)])).toEqual([["preliminary", 3, 2], ["definitive", 3, 2]]);
  });

  it("of a store with the old results table keep being read until their teljaar is computed again", async () => {
    await conn.run("CREATE SCHEMA results");
    await conn.run(`CREATE TABLE results.persons (
      teljaar VARCHAR NOT NULL, stage VARCHAR NOT NULL, person_id VARCHAR NOT NULL,
      in_sp23 BOOLEAN NOT NULL, in_sp27 BOOLEAN NOT NULL, vsv BOOLEAN NOT NULL, exclusion VARCHAR,
      enrolment_id VARCHAR, institution VARCHAR, location VARCHAR, programme VARCHAR, sector VARCHAR, level VARCHAR,
      grade INTEGER, leerweg VARCHAR, municipality_code VARCHAR, age INTEGER, sex VARCHAR)`);
    await conn.run(`INSERT INTO results.persons VALUES
      ('2022-2023', 'definitive', '100000009', true, true, true, NULL, 'Z9', '27GZ', NULL, NULL, 'MBO', '2', NULL, 'BOL', '0363', 18, NULL),
      ('2023-2024', 'definitive', '100000009', true, true, false, NULL, 'Z9', '27GZ', NULL, NULL, 'MBO', '2', NULL, 'BOL', '0363', 19, NULL)`);
    await loadReference(conn);
    await ensureResultTables(conn);
    expect((await rows()).map((r) => [r.teljaar, r.person_id])).toEqual([["2022-2023", "100000009"], ["2023-2024", "100000009"]]);
    await computeResults(conn, { teljaren: [T] });
    const after = await rows();
    expect(after.filter((r) => r.teljaar === "2022-2023").map((r) => r.person_id)).toEqual(["100000009"]);
    expect(after.filter((r) => r.teljaar === T).map((r) => r.person_id)).toEqual(["100000001", "100000002", "100000003", "100000001", "100000002", "100000003"]);
    expect(await storedTables()).toEqual(["computed_1", "persons_old_layout"]);
  });
});
