/**
 * DUO files, side by side with the peer (shared/peer-bench): the R pipeline `ceda_like.R`
 * (readr + dplyr) against `vsv import duo` + `vsv duo figures`, whole processes, on the same
 * generated files (bench/support/duo-generator.ts), several runs each in one session.
 *
 *   npm run build && npx tsx bench/duo-import.ts [--out tmp/duo-bench] [--runs 5] [--institution 90AR]
 *        [--institutions 20] [--students 12500] [--seed 1] [--messy] [--skip-r] [--skip-ours] [--steps] [--floor] [--cli dist/cli/main.js]
 *
 * Cases: (a) one institution's year (19 files) — R on its folder; ours: import of the folder into a
 * fresh data dir, then figures by level for the institution (both processes together are our whole
 * process; import alone is reported too); (b) the twenty institutions in one folder (380 files) —
 * R on that folder; ours: import of the folder, then the same figures. Each process is timed by
 * `/usr/bin/time -f '%e %M %U %S'` (wall from this script's clock, peak RSS and CPU from time). The
 * runs of R and ours alternate, after one untimed warm-up each, so a change in machine load hits both.
 * The institution of case (a) is the one whose files are closest to the peer's 11 MB. --steps adds
 * one more import per case without --quiet, for the import's own step timings. --floor adds the
 * floor: plain DuckDB without checks (bench/support/duo-floor.mjs), into a database file and in memory.
 * --messy measures files like the ones institutions really get, where checks fail on many rows
 * (bench/duo-files.ts --messy: every person number fails its check, a quarter of the municipality
 * codes unknown); give it its own --out. The import's warnings are printed with each case.
 * Needs Rscript with readr/dplyr/purrr/stringr, GNU time, and `npm run build`. Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type DuoBenchSummary, generateDuoBench, reuseDuoBench } from "./support/duo-generator.js";
import { machine } from "./measure.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "tmp/duo-bench" },
    runs: { type: "string", default: "5" },
    institution: { type: "string" },
    institutions: { type: "string", default: "20" },
    students: { type: "string", default: "12500" },
    teljaar: { type: "string", default: "2022-2023" },
    seed: { type: "string", default: "1" },
    messy: { type: "boolean", default: false },
    peer: { type: "string", default: path.resolve(ROOT, "../shared/peer-bench/ceda_like.R") },
    cli: { type: "string", default: path.join(ROOT, "dist/cli/main.js") },
    "skip-r": { type: "boolean", default: false },
    "skip-ours": { type: "boolean", default: false },
    steps: { type: "boolean", default: false },
    floor: { type: "boolean", default: false },
  },
});

const RUNS = Number(values.runs);
const TIME = "/usr/bin/time";

interface Sample {
  readonly seconds: number;
  readonly peakMb: number;
  readonly cpuSeconds: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Failed extends Error {}

/** Runs one process under GNU time; wall from our clock, peak RSS and CPU from time's last stderr line. */
function run(cmd: string, args: readonly string[]): Sample {
  const t0 = performance.now();
  const r = spawnSync(TIME, ["-f", "%e %M %U %S", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  const lines = (r.stderr ?? "").trimEnd().split("\n");
  const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(lines.at(-1) ?? "");
  const stderr = lines.slice(0, m ? -1 : undefined).join("\n");
  if (r.status !== 0 || !m) {
    throw new Failed(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status ?? r.signal}):\n${stderr.slice(-3000)}\n${(r.stdout ?? "").slice(-1000)}`);
  }
  return { seconds, peakMb: Number(m[2]) / 1024, cpuSeconds: Number(m[3]) + Number(m[4]), stdout: r.stdout, stderr };
}

/** Several processes in a row as one: times and CPU add up, the peak is the largest. */
function chain(samples: readonly Sample[]): Sample {
  return {
    seconds: samples.reduce((s, x) => s + x.seconds, 0),
    peakMb: Math.max(...samples.map((x) => x.peakMb)),
    cpuSeconds: samples.reduce((s, x) => s + x.cpuSeconds, 0),
    stdout: samples.map((x) => x.stdout).join(""),
    stderr: samples.map((x) => x.stderr).join("\n"),
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

interface Row {
  readonly caseName: string;
  readonly tool: string;
  readonly samples: Sample[];
}

const rows: Row[] = [];
const FIGURES_ALONE = "  of which duo figures";
const notes: string[] = [];

function row(caseName: string, tool: string): Row {
  const r: Row = { caseName, tool, samples: [] };
  rows.push(r);
  return r;
}

// ---- files -------------------------------------------------------------------------------------
const options = {
  out: values.out!,
  institutions: Number(values.institutions),
  students: Number(values.students),
  teljaar: values.teljaar!,
  seed: Number(values.seed),
  ...(values.messy ? { messy: true } : {}),
};
let files: DuoBenchSummary | undefined = reuseDuoBench(options);
if (files) console.log(`reusing the files in ${path.resolve(options.out)}`);
else {
  files = generateDuoBench(options);
  console.log(`generated the files in ${files.seconds} s`);
}
const one =
  (values.institution !== undefined
    ? files.institutions.find((f) => f.name === values.institution)
    : [...files.institutions].sort((a, b) => Math.abs(a.bytes - 11e6) - Math.abs(b.bytes - 11e6))[0]) ??
  (() => {
    throw new Error(`no institution ${values.institution} in ${options.out}`);
  })();
console.log(`machine: ${machine()}`);
console.log(`load average at start: ${load()}`);
console.log(`(a) ${one.name}: ${one.files} files, ${(one.bytes / 1e6).toFixed(1)} MB, NRSP D ${one.startPopulation} rows, NenR D ${one.vsv} rows`);
console.log(`files: ${options.messy ? "messy (every person number fails its check, a quarter of the municipality codes unknown)" : "clean"}`);
console.log(`(b) all: ${files.all.files} files, ${(files.all.bytes / 1e6).toFixed(1)} MB in ${files.all.folder}`);

// ---- the two pipelines ---------------------------------------------------------------------------
const FLOOR = fileURLToPath(new URL("./support/duo-floor.mjs", import.meta.url));

function floor(folder: string, memory: boolean): Sample {
  return run(process.execPath, [FLOOR, folder, ...(memory ? ["--memory"] : [])]);
}

function peer(folder: string): Sample {
  return run("Rscript", [values.peer!, folder]);
}

/** Rows and warnings the last import stored, from its summary line. */
let lastImport = "";

interface Ours {
  readonly import: Sample;
  readonly figures: Sample;
}

function ours(folder: string, brin: string, quiet = true): Ours {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vsv-bench-duo-"));
  try {
    const imported = run(process.execPath, [values.cli!, "import", "duo", folder, "--data-dir", dataDir, ...(quiet ? ["--quiet"] : [])]);
    const stored = /([\d,]+) rows and ([\d,]+) warnings? stored/.exec(imported.stdout);
    if (stored) lastImport = `${stored[1]} rows, ${stored[2]} warnings`;
    const figures = run(process.execPath, [
      values.cli!, "duo", "figures", "--institution", brin, "--teljaar", files!.teljaar, "--by", "level", "--format", "json", "--data-dir", dataDir,
    ]);
    return { import: imported, figures };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Start population and vsv summed over the figures' rows (the JSON's shape is the CLI's: rows at the top or under `rows`). */
function figureTotals(json: string): string {
  try {
    const parsed = JSON.parse(json) as unknown;
    const list = (Array.isArray(parsed) ? parsed : ((parsed as { rows?: unknown[] }).rows ?? [])) as Record<string, unknown>[];
    const sum = (k: string) => list.reduce((s, r) => s + (typeof r[k] === "number" ? (r[k] as number) : 0), 0);
    return `${list.length} rows; start population ${sum("start_population")}, vsv ${sum("vsv")}`;
  } catch {
    return `(not JSON: ${json.slice(0, 200)})`;
  }
}

const rLine = (s: Sample) => s.stdout.trim().split("\n").at(-1) ?? "";

function benchCase(caseName: string, folder: string, brin: string): void {
  console.log(`\n${caseName}: load ${load()}`);
  const rRow = values["skip-r"] ? undefined : row(caseName, "R ceda_like.R");
  const oursRow = values["skip-ours"] ? undefined : row(caseName, "vsv import duo + duo figures");
  const importRow = values["skip-ours"] ? undefined : row(caseName, "  of which import duo");
  const figuresRow = values["skip-ours"] ? undefined : row(caseName, FIGURES_ALONE);
  const floorRows = values.floor ? [row(caseName, "plain DuckDB floor, database file"), row(caseName, "plain DuckDB floor, in memory")] : [];
  let oursOk = oursRow !== undefined;
  // warm-up, untimed: page cache, R's libraries, and the check that our commands exist and work
  if (rRow) console.log(`  R warm-up: ${rLine(peer(folder))}`);
  if (oursRow) {
    try {
      const w = ours(folder, brin);
      console.log(`  ours warm-up: import ${w.import.seconds.toFixed(2)} s (${lastImport}); figures ${figureTotals(w.figures.stdout)}`);
    } catch (e) {
      if (!(e instanceof Failed)) throw e;
      oursOk = false;
      notes.push(`${caseName}: ours failed: ${e.message}`);
      console.log(`  ours FAILED:\n${e.message}`);
    }
  }
  for (let i = 0; i < RUNS; i++) {
    const parts: string[] = [];
    if (rRow) {
      const s = peer(folder);
      rRow.samples.push(s);
      parts.push(`R ${s.seconds.toFixed(2)} s ${Math.round(s.peakMb)} MB`);
    }
    if (oursOk && oursRow && importRow && figuresRow) {
      const o = ours(folder, brin);
      importRow.samples.push(o.import);
      figuresRow.samples.push(o.figures);
      oursRow.samples.push(chain([o.import, o.figures]));
      parts.push(`ours ${(o.import.seconds + o.figures.seconds).toFixed(2)} s (import ${o.import.seconds.toFixed(2)} s ${Math.round(o.import.peakMb)} MB, figures ${o.figures.seconds.toFixed(2)} s)`);
    }
    floorRows.forEach((r, k) => {
      const s = floor(folder, k === 1);
      r.samples.push(s);
      parts.push(`floor${k === 1 ? " (memory)" : ""} ${s.seconds.toFixed(2)} s`);
    });
    console.log(`  run ${i + 1}: ${parts.join("; ")}; load ${load()}`);
  }
  if (rRow?.samples[0]) console.log(`  R says: ${rLine(rRow.samples[0])}`);
  if (floorRows[0]?.samples[0]) console.log(`  floor says: ${rLine(floorRows[0].samples[0])}`);
  if (oursRow?.samples[0]) console.log(`  our figures: ${figureTotals(figuresRow!.samples[0]!.stdout)}`);
  if (oursOk && values.steps) {
    // the import's own step timings (it prints them without --quiet), one more run, untimed
    const p = ours(folder, brin, false);
    const steps = `${p.import.stderr}\n${p.import.stdout}`.split("\n").filter((l) => /^(Checking|Reading|Storing)|stored in/.test(l) && !l.includes(" … "));
    console.log(`  import steps (one more run, not quiet; total ${p.import.seconds.toFixed(2)} s):\n${steps.map((l) => `    ${l}`).join("\n")}`);
    notes.push(`${caseName}: import steps ${steps.join(" | ")}`);
  }
}

for (const tool of [values["skip-r"] ? null : "Rscript", values["skip-ours"] ? null : values.cli!, TIME]) {
  if (tool === null) continue;
  const found = tool.includes("/") ? existsSync(tool) : spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
  if (!found) throw new Error(`${tool} is missing (R: apt-get install r-base-core r-cran-readr r-cran-dplyr r-cran-purrr r-cran-stringr; time: apt-get install time; ours: npm run build)`);
}

benchCase(`(a) one institution (${one.files} files, ${(one.bytes / 1e6).toFixed(0)} MB)`, one.folder, one.name);
benchCase(`(b) ${files.institutions.length} institutions (${files.all.files} files, ${(files.all.bytes / 1e6).toFixed(0)} MB)`, files.all.folder, one.name);

// ---- table ---------------------------------------------------------------------------------------
const table: string[] = [
  "| case | tool | median s | min s | CPU s (median) | peak MB | ratio R / ours: medians (mins) |",
  "|---|---|---|---|---|---|---|",
];
for (const r of rows) {
  if (r.samples.length === 0) {
    table.push(`| ${r.caseName} | ${r.tool} | – | – | – | – | – |`);
    continue;
  }
  const med = median(r.samples.map((s) => s.seconds));
  const min = Math.min(...r.samples.map((s) => s.seconds));
  const cpu = median(r.samples.map((s) => s.cpuSeconds));
  const peak = Math.max(...r.samples.map((s) => s.peakMb));
  const rRow = rows.find((x) => x.caseName === r.caseName && x.tool.startsWith("R "));
  // R's whole process against ours, and against our import alone; the figures alone are no match for R's whole
  const comparable = rRow !== undefined && rRow !== r && rRow.samples.length > 0 && r.tool !== FIGURES_ALONE;
  const rMin = rRow ? Math.min(...rRow.samples.map((s) => s.seconds)) : 0;
  const ratio = comparable && rRow ? `${(median(rRow.samples.map((s) => s.seconds)) / med).toFixed(1)}× (min ${(rMin / min).toFixed(1)}×)` : "";
  table.push(`| ${r.caseName} | ${r.tool} | ${med.toFixed(2)} | ${min.toFixed(2)} | ${cpu.toFixed(2)} | ${Math.round(peak)} | ${ratio} |`);
}
console.log(`\n${RUNS} runs each, alternating; load average at the end: ${load()}\n`);
console.log(table.join("\n"));
for (const n of notes) console.log(`\nNOTE ${n}`);
const resultFile = path.join(path.resolve(options.out), "duo-import-results.json");
writeFileSync(
  resultFile,
  `${JSON.stringify(
    {
      machine: machine(),
      runs: RUNS,
      institution: one.name,
      rows: rows.map((r) => ({ case: r.caseName, tool: r.tool, seconds: r.samples.map((s) => s.seconds), peakMb: r.samples.map((s) => s.peakMb), cpu: r.samples.map((s) => s.cpuSeconds) })),
      notes,
    },
    null,
    2,
  )}\n`,
);
console.log(`\n(samples in ${resultFile})`);
