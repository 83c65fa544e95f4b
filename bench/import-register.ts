/**
 * Benchmark of the register import: imports a folder into a fresh store and prints wall time and
 * peak RSS.
 *
 *   npx tsx bench/import-register.ts <folder> [--data-dir <dir>] [--keep]
 *   npx tsx bench/import-register.ts --synthesise <folder> [--persons 2500000]
 *
 * Without --data-dir the store goes to a new temporary folder, removed afterwards unless --keep.
 * --synthesise writes a quick, valid, flat register (about 10 rows per person over the six files;
 * 2.5 million persons ≈ 25 million rows) for when no `vsv generate` output is at hand. It only
 * exercises the importer: its people make no demographic sense.
 */
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { formatProblem, importRegister, isRegisterRejected, type StepRunner } from "../src/engine/register-import.js";
import { REFERENCE_DIR } from "../src/engine/reference-files.js";
import { sqlString } from "../src/engine/database.js";

const { values, positionals } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    keep: { type: "boolean" },
    synthesise: { type: "string" },
    persons: { type: "string" },
  },
  allowPositionals: true,
});

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/** User + system CPU seconds of this process (all threads): steadier than wall time on a busy machine. */
function cpuSeconds(): number {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1e6;
}

/** Prints each step's wall and CPU time to stderr. */
const timedSteps: StepRunner = async (label, work) => {
  const t = performance.now();
  const c = cpuSeconds();
  const r = await work({ update() {} });
  process.stderr.write(`  ${label}: ${((performance.now() - t) / 1000).toFixed(2)} s (CPU ${(cpuSeconds() - c).toFixed(2)} s)\n`);
  return r;
};

async function synthesise(folder: string, persons: number): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  const file = (name: string) => sqlString(path.join(folder, `${name}.csv`));
  const municipalities = sqlString(path.join(REFERENCE_DIR, "municipalities", "2026.csv"));
  await conn.run(`CREATE TABLE codes AS SELECT list(municipality_code ORDER BY municipality_code) AS c FROM read_csv(${municipalities}, all_varchar = true)`);
  // 8 digits from i, then the 9th digit that makes the BSN 11-check hold; a remainder of 10 has no such digit: pseudonym.
  await conn.run(`CREATE TABLE p AS SELECT i, s % 11 AS d9, (10000000 + i)::VARCHAR AS p8 FROM (
      SELECT i, 9 * (n // 10000000 % 10) + 8 * (n // 1000000 % 10) + 7 * (n // 100000 % 10) + 6 * (n // 10000 % 10)
        + 5 * (n // 1000 % 10) + 4 * (n // 100 % 10) + 3 * (n // 10 % 10) + 2 * (n % 10) AS s
      FROM (SELECT i, 10000000 + i AS n FROM range(${persons}) t(i)))`);
  await conn.run(`CREATE TABLE ids AS SELECT i, CASE WHEN d9 < 10 THEN p8 || d9::VARCHAR ELSE 'P' || i::VARCHAR END AS person_id,
      DATE '1995-01-01' + CAST(i * 7919 % 5000 AS INTEGER) AS birth FROM p`);
  const copy = (name: string, select: string) => conn.run(`COPY (${select}) TO ${file(name)} (HEADER, DELIMITER ',')`);
  await copy("persons", `SELECT person_id, birth AS birth_date, CASE i % 4 WHEN 0 THEN 'M' WHEN 1 THEN 'V' WHEN 2 THEN 'X' END AS sex FROM ids ORDER BY i`);
  await copy(
    "residences",
    `SELECT person_id, DATE '2000-01-01' + CAST(k * 5844 AS INTEGER) AS from_date,
       CASE WHEN k = 0 AND i % 5 < 3 THEN DATE '2015-12-31' END AS to_date,
       (SELECT c FROM codes)[1 + (i + k) % 342] AS municipality_code, CASE WHEN i % 3 > 0 THEN (1000 + i % 9000)::VARCHAR END AS postcode4,
       CASE WHEN i % 7 = 0 THEN DATE '2016-02-01' END AS recorded_on
     FROM ids, range(2) r(k) WHERE k = 0 OR i % 5 < 3 ORDER BY i, k`,
  );
  await copy(
    "enrolments",
    `SELECT 'E' || (i * 4 + k)::VARCHAR AS enrolment_id, person_id, chr(65 + (i % 26)::INTEGER) || chr(65 + (i // 26 % 26)::INTEGER) || lpad(((i // 676) % 100)::VARCHAR, 2, '0') AS institution,
       CASE WHEN i % 2 = 0 THEN lpad((i % 10)::VARCHAR, 2, '0') END AS location,
       CASE WHEN k < 2 THEN 'VO' ELSE 'MBO' END AS sector,
       CASE WHEN k < 2 THEN ['VMBO-BB', 'VMBO-KB', 'VMBO-GT', 'HAVO', 'VWO', 'VO-ONDERBOUW'][1 + i % 6] ELSE (1 + i % 4)::VARCHAR END AS level,
       CASE WHEN k < 2 THEN 1 + (i + k) % 6 END AS grade, CASE WHEN k >= 2 THEN CASE WHEN i % 3 = 0 THEN 'BBL' ELSE 'BOL' END END AS leerweg,
       CASE WHEN k >= 2 THEN (25000 + i % 1000)::VARCHAR END AS programme, CASE WHEN i % 50 = 0 THEN 'false' ELSE 'true' END AS funded,
       birth + CAST(365.25 * (12 + k) AS INTEGER) AS start_date, CASE WHEN k < 3 OR i % 2 = 0 THEN birth + CAST(365.25 * (13 + k) AS INTEGER) - 1 END AS end_date,
       NULL AS recorded_on
     FROM ids, range(4) r(k) WHERE k < 3 OR i % 5 < 3 ORDER BY i, k`,
  );
  await copy(
    "diplomas",
    `SELECT person_id, birth + CAST(365.25 * (16 + k) AS INTEGER) AS date, ['VMBO-GT', 'MBO-2', 'HAVO', 'MBO-1'][1 + (i + k) % 4] AS level,
       CASE WHEN i % 2 = 0 THEN 'AB12' END AS institution, CASE WHEN i % 11 = 0 THEN birth + CAST(365.25 * (16 + k) AS INTEGER) + 120 END AS recorded_on
     FROM ids, range(2) r(k) WHERE k = 0 OR i % 3 = 0 ORDER BY i, k`,
  );
  await copy(
    "statuses",
    `SELECT person_id, ['EXEMPTION', 'NEWCOMER', 'DEFENCE_POLICE', 'DECEASED', 'EMIGRATED'][1 + i % 5] AS kind, birth + 6000 AS from_date,
       CASE WHEN i % 2 = 0 THEN birth + 6300 END AS to_date, NULL AS recorded_on
     FROM ids WHERE i % 2 = 0 OR i % 3 = 0 ORDER BY i`,
  );
  await copy(
    "jobs",
    `SELECT person_id, birth + CAST(365.25 * (16 + k) AS INTEGER) AS from_date, CASE WHEN k = 0 THEN birth + CAST(365.25 * (17 + k) AS INTEGER) END AS to_date,
       round(4 + (i * 13 + k) % 360 / 10.0, 1) AS hours_per_week, NULL AS recorded_on
     FROM ids, range(2) r(k) WHERE k = 0 OR i % 2 = 0 ORDER BY i, k`,
  );
  conn.closeSync();
  db.closeSync();
}

if (values.synthesise !== undefined) {
  const t = performance.now();
  await synthesise(path.resolve(values.synthesise), Number(values.persons ?? 2_500_000));
  process.stdout.write(`synthesised ${values.synthesise} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
} else {
  const folder = positionals[0];
  if (folder === undefined) {
    process.stderr.write("usage: npx tsx bench/import-register.ts <folder> [--data-dir <dir>] [--keep] | --synthesise <folder> [--persons N]\n");
    process.exit(2);
  }
  const dataDir = values["data-dir"] ?? mkdtempSync(path.join(os.tmpdir(), "vsv-bench-import-"));
  const started = performance.now();
  const timing = () =>
    `wall time ${((performance.now() - started) / 1000).toFixed(1)} s, CPU time ${cpuSeconds().toFixed(1)} s, peak RSS ${mb(process.resourceUsage().maxRSS)}, ${os.cpus().length} cores\n`;
  try {
    const summary = await importRegister(dataDir, folder, { step: timedSteps, force: true });
    const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    process.stdout.write(`import-register: ${rows.toLocaleString("en-US")} rows (${Object.entries(summary.counts).map(([t, n]) => `${t} ${n}`).join(", ")})\n${timing()}`);
  } catch (e) {
    if (!isRegisterRejected(e)) throw e;
    // The error path is worth timing too: it reads the files with problems once more.
    process.stdout.write(`${e.problems.slice(0, 10).map(formatProblem).join("\n")}\nimport-register: rejected with ${e.problems.length}${e.truncated ? "+" : ""} problems\n${timing()}`);
  } finally {
    if (values["data-dir"] === undefined && !values.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}
