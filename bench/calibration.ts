/**
 * Calibration report of the synthetic Netherlands: generates a register, evaluates the vsv
 * definition for every person and prints, per teljaar and stage, the start population, the new
 * vsv'ers against the published target, the vo/mbo split, the exclusions and the regional
 * contrasts the letters describe. Counts are divided by the scale, so they read as national numbers.
 *
 * By default every person is evaluated in memory with the reference implementation
 * (evaluatePerson): fine up to scale ~0.1. With --engine the register is imported into a
 * temporary store and computed by the SQL engine (vsv import register, vsv compute): for scale 1.
 *
 *   npx tsx bench/calibration.ts --scale 0.02 [--seed 1] [--from 2015 --to 2025] [--out folder]
 *   npx tsx bench/calibration.ts --scale 1 --engine
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { STAGES } from "../src/domain/definition.js";
import { EXCLUSIONS, type Exclusion } from "../src/domain/exclusions.js";
import { teljaarStartingIn } from "../src/domain/teljaar.js";
import { withDatabase } from "../src/engine/database.js";
import { computeResults } from "../src/engine/compute.js";
import { parseDimensions } from "../src/engine/dimensions.js";
import { figures as engineFigures } from "../src/engine/figures.js";
import { importRegister } from "../src/engine/register-import.js";
import { generateRegister } from "../src/synth/index.js";
import { type Count, type TeljaarFigures, evaluateRegister, rate, readRegisterFolder } from "../src/synth/check.js";
import { targetFor } from "../src/synth/targets.js";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "0.02" },
    seed: { type: "string", default: "1" },
    from: { type: "string", default: "2015" },
    to: { type: "string", default: "2025" },
    out: { type: "string" },
    definition27: { type: "boolean", default: false },
    engine: { type: "boolean", default: false },
  },
});
const scale = Number(values.scale);
const fromYear = Number(values.from);
const toYear = Number(values.to);
const out = values.out ?? mkdtempSync(path.join(os.tmpdir(), "vsv-calibration-"));

const t0 = performance.now();
const summary = await generateRegister({ out, scale, seed: Number(values.seed), fromYear, toYear });
const t1 = performance.now();
const years = Array.from({ length: toYear - fromYear }, (_, k) => fromYear + k);
let persons = 0;
let figures: TeljaarFigures[];
let figures27: TeljaarFigures[] = [];
if (values.engine) {
  ({ figures, figures27 } = await viaEngine(out, years));
  persons = summary.rows.persons;
} else {
  const people = await readRegisterFolder(out);
  persons = people.length;
  figures = evaluateRegister(people, years, STAGES);
  figures27 = values.definition27 ? evaluateRegister(people, years, ["definitive"], 27) : [];
}
const t2 = performance.now();
if (!values.out) rmSync(out, { recursive: true, force: true });

/** The same figures from the SQL engine: import into a temporary store, compute, query the breakdowns. */
async function viaEngine(folder: string, teljaarYears: readonly number[]): Promise<{ figures: TeljaarFigures[]; figures27: TeljaarFigures[] }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vsv-calibration-store-"));
  try {
    await importRegister(dataDir, folder);
    return await withDatabase(dataDir, async (db) => {
      const teljaren = teljaarYears.map(teljaarStartingIn);
      await computeResults(db.connection, { teljaren });
      const collect = async (definition: 23 | 27, stages: readonly ("preliminary" | "definitive")[]) => {
        const out: TeljaarFigures[] = [];
        for (const teljaar of teljaren) {
          for (const stage of stages) {
            const q = async (by: string[]) => (await engineFigures(db.connection, { teljaar, definition, stage, by: parseDimensions(by) })).rows;
            const count = (r: { start_population: number; vsv: number } | undefined) => ({ population: r?.start_population ?? 0, vsv: r?.vsv ?? 0 });
            const byKey = async (dim: string) => Object.fromEntries((await q([dim])).map((r) => [String(r.keys[dim] ?? ""), count(r)]));
            const national = (await q([]))[0];
            const voMbo = await byKey("vo_mbo");
            out.push({
              teljaar, stage, definition, total: count(national), vo: voMbo.vo ?? count(undefined), mbo: voMbo.mbo ?? count(undefined),
              exclusions: (national?.exclusions ?? Object.fromEntries(EXCLUSIONS.map((e) => [e, 0]))) as Record<Exclusion, number>,
              municipalities: await byKey("municipality"), regions: await byKey("region"),
              educationTypes: await byKey("education_type"), leerwegen: await byKey("leerweg"),
            });
          }
        }
        return out;
      };
      return { figures: await collect(23, STAGES), figures27: values.definition27 ? await collect(27, ["definitive"]) : [] };
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const n = (x: number) => Math.round(x / scale).toLocaleString("en-US");
const pct = (x: number, d = 2) => `${(x * 100).toFixed(d)}%`;
const pad = (s: string, w: number) => s.padStart(w);

process.stdout.write(`scale ${scale}, seed ${values.seed}, teljaren ${fromYear}-${fromYear + 1} … ${toYear - 1}-${toYear}; generated in ${((t1 - t0) / 1000).toFixed(1)} s, evaluated ${persons.toLocaleString("en-US")} persons ${values.engine ? "with the SQL engine (import + compute + figures)" : "with evaluatePerson"} in ${((t2 - t1) / 1000).toFixed(1)} s\n`);
process.stdout.write(`counts divided by the scale (national equivalents); target = published figure for that stage (or the assumed series)\n\n`);
const header = ["teljaar", "stage", "start pop", "vo", "mbo", "vsv", "target", "diff", "rate", "vo vsv", "mbo vsv", "vo %", "mbo %", "UNF", "M1J", "EXE", "NEW", "LSK", "DEF", "D/E"];
const widths = [9, 6, 10, 9, 9, 8, 8, 7, 6, 7, 8, 6, 6, 6, 6, 5, 5, 5, 4, 5];
process.stdout.write(`${header.map((h, k) => pad(h, widths[k]!)).join(" ")}\n`);
for (const f of figures) {
  const t = targetFor(Number(f.teljaar.slice(0, 4)));
  const isTargetStage = t.stage === f.stage;
  const target = isTargetStage ? t.total : null;
  const e = f.exclusions;
  const row = [
    f.teljaar, f.stage === "preliminary" ? "prel" : "def", n(f.total.population), n(f.vo.population), n(f.mbo.population), n(f.total.vsv),
    target === null ? "" : `${t.source === "published" ? "" : "~"}${target.toLocaleString("en-US")}`,
    target === null ? "" : `${(((f.total.vsv / scale - target) / target) * 100).toFixed(1)}%`,
    pct(rate(f.total)), n(f.vo.vsv), n(f.mbo.vsv), pct(rate(f.vo)), pct(rate(f.mbo)),
    n(e.UNFUNDED), n(e.MBO1_JOB), n(e.EXEMPTION), n(e.NEWCOMER), n(e.LATE_SK), n(e.DEFENCE_POLICE), n(e.DECEASED_EMIGRATED),
  ];
  process.stdout.write(`${row.map((c, k) => pad(String(c), widths[k]!)).join(" ")}\n`);
}

// Breakdowns over all teljaren together (definitive), as ratios to the national rate.
const definitive = figures.filter((f) => f.stage === "definitive");
const sum = (pick: (f: TeljaarFigures) => Count | undefined): Count =>
  definitive.reduce((s, f) => {
    const c = pick(f);
    return { population: s.population + (c?.population ?? 0), vsv: s.vsv + (c?.vsv ?? 0) };
  }, { population: 0, vsv: 0 });
const national = rate(sum((f) => f.total));
const line = (label: string, c: Count, target?: string) =>
  process.stdout.write(`  ${label.padEnd(34)} ${pct(rate(c)).padStart(7)}  ×${(rate(c) / national).toFixed(2)}  (start pop ${n(c.population / definitive.length)}/yr)${target ? `  letters: ${target}` : ""}\n`);
process.stdout.write(`\nall teljaren together, definitive: national ${pct(national)}\n`);
line("gemeente Amsterdam (0363)", sum((f) => f.municipalities["0363"]), "3.4% at 2.1% national (×1.62)");
line("gemeente Rotterdam (0599)", sum((f) => f.municipalities["0599"]), "3.8% (×1.81)");
line("gemeente 's-Gravenhage (0518)", sum((f) => f.municipalities["0518"]), "3.6% (×1.71)");
line("gemeente Utrecht (0344)", sum((f) => f.municipalities["0344"]), "3.5% (×1.67)");
line("region 21 Agglomeratie Amsterdam", sum((f) => f.regions["21"]), "2.7% (×1.29)");
line("region 29 Rijnmond", sum((f) => f.regions["29"]), "2.9% (×1.38)");
line("region 28 Haaglanden", sum((f) => f.regions["28"]), "2.8% (×1.33)");
line("region 19 Utrecht", sum((f) => f.regions["19"]), "2.4% (×1.14)");
line("region 05 Zuid-West Friesland", sum((f) => f.regions["05"]), "1.2% (×0.57)");
line("region 23 Kop van Noord-Holland", sum((f) => f.regions["23"]), "above average");
line("region 32 Walcheren", sum((f) => f.regions["32"]), "above average");
process.stdout.write(`\nby sort of education (definitive, all teljaren)\n`);
for (const k of ["VO-ONDERBOUW", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO", "MBO-1", "MBO-2", "MBO-3", "MBO-4", "VAVO"]) line(k, sum((f) => f.educationTypes[k]));
line("vo", sum((f) => f.vo), "0.6% (2012-13)");
line("mbo incl. vavo", sum((f) => f.mbo), "5.7% (2012-13)");
line("mbo bol", sum((f) => f.leerwegen.BOL), "5.2% (2012-13)");
line("mbo bbl", sum((f) => f.leerwegen.BBL), "7.6% (2012-13)");
const regions = Object.entries(definitive[0]?.regions ?? {}).map(([r]) => [r, rate(sum((f) => f.regions[r]))] as const).sort((a, b) => a[1] - b[1]);
process.stdout.write(`\nregions present: ${regions.length}; lowest ${regions[0]?.[0]} ${pct(regions[0]?.[1] ?? 0)}, highest ${regions.at(-1)?.[0]} ${pct(regions.at(-1)?.[1] ?? 0)}\n`);
for (const f of figures27) process.stdout.write(`definition 27, ${f.teljaar} definitive: start pop ${n(f.total.population)}, vsv ${n(f.total.vsv)} (${pct(rate(f.total))})\n`);
process.stdout.write(`\nrows: ${JSON.stringify(summary.rows)}\n`);
