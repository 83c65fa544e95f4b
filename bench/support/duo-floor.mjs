// The floor for `vsv import duo` + `vsv duo figures` (bench/duo-import.ts --floor): plain DuckDB, no
// checks, no typing, no line numbers. One read_csv per kind with every column declared as text
// into a database file (or memory with --memory), then the start population and vsv per stage and
// level and the monthly counts, as ceda_like.R computes them. Plain JavaScript so that Node runs it
// without a compiler's start-up time.
//   node bench/support/duo-floor.mjs <folder> [--memory]
import { DuckDBInstance } from "@duckdb/node-api";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = process.argv[2];
const memory = process.argv.includes("--memory");
const files = readdirSync(dir).filter((f) => f.endsWith(".csv")).map((f) => path.join(dir, f));
const tmp = mkdtempSync(path.join(os.tmpdir(), "vsv-duo-floor-"));
const quote = (s) => `'${s.replaceAll("'", "''")}'`;
try {
  const db = await DuckDBInstance.create(memory ? ":memory:" : path.join(tmp, "floor.duckdb"));
  const c = await db.connect();
  for (const [table, pattern] of [["signals", /A04|A14/], ["nrsp", /NRSP/], ["nenr", /NenR/]]) {
    const list = files.filter((f) => pattern.test(path.basename(f)));
    const header = readFileSync(list[0], "utf8").split(/\r?\n/)[0].replace(/^#/, "").split(";");
    const columns = header.map((h) => `${quote(h)}: 'VARCHAR'`).join(", ");
    await c.run(
      `CREATE TABLE ${table} AS SELECT * FROM read_csv([${list.map(quote).join(", ")}], header = true, auto_detect = false, delim = ';', quote = '', escape = '', columns = {${columns}}, filename = true)`,
    );
  }
  const key = `CASE WHEN BURGERSERVICENUMMER = '0' THEN ONDERWIJSNUMMER ELSE BURGERSERVICENUMMER END`;
  const stage = `regexp_extract(filename, '\\d{4}([DV])I', 1)`;
  const totals = await c.runAndReadAll(
    `SELECT n.stage, n.NIVEAU, count(*) AS start_population, count(v.pkey) AS vsv
     FROM (SELECT ${key} AS pkey, ${stage} AS stage, NIVEAU FROM nrsp) n
     LEFT JOIN (SELECT DISTINCT ${key} AS pkey, ${stage} AS stage FROM nenr) v USING (pkey, stage) GROUP BY ALL`,
  );
  const monthly = await c.runAndReadAll(`SELECT filename, RAPPORTAGEMAAND, count(DISTINCT PERSOONSGEBONDENNUMMER) FROM signals GROUP BY ALL`);
  const rows = totals.getRowObjects();
  const d = rows.filter((r) => String(r.stage).endsWith("D"));
  const sum = (k) => d.reduce((s, r) => s + Number(r[k]), 0);
  console.log(`${rows.length} rows; ${sum("start_population")} start (D); ${sum("vsv")} vsv matched (D); ${monthly.getRows().length} monthly rows`);
  c.closeSync();
  db.closeSync();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
