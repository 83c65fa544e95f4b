/**
 * Writes realistic, full-width DUO vsv files for benchmarks (bench/support/duo-generator.ts):
 * per institution one teljaar's 19 files (12 A04, 3 A14, NRSP V/D, NenR V/D) in `<out>/<BRIN>/`,
 * and every file once more in `<out>/all/` (hard links: the region-scale folder).
 *
 *   npx tsx bench/duo-files.ts --out tmp/duo-bench [--institutions 20] [--students 12500]
 *                              [--teljaar 2022-2023] [--seed 1] [--region 28] [--messy] [--reuse]
 *
 * --students is the mean start population (NRSP rows) per institution (each is 80–120 % of it).
 * The default, 12,500, gives the file sizes the peer benchmark reports (shared/peer-bench):
 * about 11 MB for one ROC's year and 212 MB for twenty. --region 28 also writes `<out>/R28/`,
 * region-scoped files of the same shape with every generated row of region 28's residents.
 * --messy writes files like the ones institutions really get, where checks fail on many rows:
 * every person number fails its check and a quarter of the people have an unknown municipality code.
 * --reuse keeps files written earlier with the same options. Deterministic for a seed.
 */
import { parseArgs } from "node:util";
import { type DuoBenchSummary, generateDuoBench, reuseDuoBench } from "./support/duo-generator.js";

/** The peer's sizes (shared/peer-bench/README.md). */
export const PEER_ONE_MB = 11;
export const PEER_TWENTY_MB = 212;

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "tmp/duo-bench" },
    institutions: { type: "string", default: "20" },
    students: { type: "string", default: "12500" },
    teljaar: { type: "string", default: "2022-2023" },
    seed: { type: "string", default: "1" },
    region: { type: "string" },
    messy: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
  },
});

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export function printSummary(s: DuoBenchSummary, reused: boolean): void {
  const n = s.institutions.length;
  console.log(`${reused ? "reused" : "wrote"} ${s.options.messy ? "messy " : ""}${s.all.files} files, ${mb(s.all.bytes)} MB, for ${n} institutions, teljaar ${s.teljaar}, seed ${s.options.seed}${reused ? "" : ` in ${s.seconds} s`}`);
  for (const f of s.institutions) {
    console.log(`  ${f.name}: ${f.files} files, ${mb(f.bytes).padStart(5)} MB, start population (NRSP D) ${f.startPopulation}, vsv (NenR D) ${f.vsv} (${((100 * f.vsv) / f.startPopulation).toFixed(1)} %)`);
  }
  if (s.region) console.log(`  ${s.region.name}: ${s.region.files} files, ${mb(s.region.bytes)} MB, start population ${s.region.startPopulation}, vsv ${s.region.vsv} (${s.region.folder})`);
  console.log(`  rows: ${Object.entries(s.rows).map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`).join(", ")}`);
  const mean = s.all.bytes / n / 1e6;
  console.log(`  per institution ${mean.toFixed(1)} MB (peer: one ROC's year ≈ ${PEER_ONE_MB} MB, twenty ≈ ${PEER_TWENTY_MB} MB); all files: ${s.all.folder}`);
}

const options = {
  out: values.out!,
  institutions: Number(values.institutions),
  students: Number(values.students),
  teljaar: values.teljaar!,
  seed: Number(values.seed),
  ...(values.region !== undefined ? { region: values.region } : {}),
  ...(values.messy ? { messy: true } : {}),
};
const reused = values.reuse ? reuseDuoBench(options) : undefined;
printSummary(reused ?? generateDuoBench(options), reused !== undefined);
