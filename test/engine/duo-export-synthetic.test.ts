/**
 * The export on a small synthetic Netherlands (scale 0.005): for the largest institution and the largest
 * region, the written NRSP/NenR files agree per level and stage with the engine's figures, and the
 * monthly files with the engine's monthly lists.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { vsv } from "../support/cli.js";
import { withDatabase } from "../../src/engine/database.js";
import { figures } from "../../src/engine/figures.js";
import { parseDimensions } from "../../src/engine/dimensions.js";
import { monthlySignals } from "../../src/engine/monthly-signals.js";
import { duoLevelOf } from "../../src/engine/duo-export-values.js";
import { type DuoColumn, NENR_COLUMNS, NRSP_COLUMNS, SIGNAL_COLUMNS } from "../../src/domain/duo/layout.js";
import { normaliseLevel } from "../../src/domain/duo/levels.js";
import { parseDuoFileName } from "../../src/domain/duo/file-name.js";
import { STAGES, type Stage } from "../../src/domain/definition.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { IsoDate } from "../../src/domain/dates.js";

/** Rows of a DUO file as objects by column name (the layout itself is checked in duo-export.test.ts). */
function rowsOf(file: string, columns: readonly DuoColumn[]): Record<string, string>[] {
  const lines = readFileSync(file, "utf8").split("\r\n");
  expect(lines.pop()).toBe("");
  return lines.slice(1).map((l) => Object.fromEntries(l.split(";").map((v, i) => [columns[i]!.duo, v])));
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
}

const T = parseTeljaar("2022-2023");
let dataDir: string;

beforeAll(async () => {
  const dir = tempDir("vsv-duo-synth-");
  dataDir = path.join(dir, "data");
  const reg = path.join(dir, "register");
  for (const args of [
    ["generate", "--out", reg, "--scale", "0.005", "--from", "2020", "--to", "2024"],
    ["import", "register", reg, "--data-dir", dataDir],
    ["compute", "--teljaar", "2022-2023", "--data-dir", dataDir],
  ]) {
    const r = await vsv(...args, "--quiet");
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => removeTempDirs());

async function engine(scope: "institution" | "region", stage: Stage) {
  return withDatabase(dataDir, (db) => figures(db.connection, { teljaar: T, definition: 23, stage, by: parseDimensions([scope, "sector", "level"]) }), { readOnly: true });
}

async function largest(scope: "institution" | "region"): Promise<string> {
  const f = await engine(scope, "definitive");
  const totals = new Map<string, number>();
  for (const r of f.rows) {
    const k = r.keys[scope] as string | null;
    if (k !== null) totals.set(k, (totals.get(k) ?? 0) + r.start_population);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

describe.each(["institution", "region"] as const)("vsv duo export on a synthetic register: the largest %s", (scope) => {
  let code: string;
  let out: string;
  beforeAll(async () => {
    code = await largest(scope);
    out = tempDir("vsv-duo-synth-files-");
    const r = await vsv("duo", "export", `--${scope}`, code, "--teljaar", "2022-2023", "--out", out, "--data-dir", dataDir, "--quiet");
    expect(r.code, r.stderr).toBe(0);
  });

  it("writes NRSP rows per level = the engine's start population, NenR rows = its vsv'ers, in both stages", async () => {
    for (const stage of STAGES) {
      const f = await engine(scope, stage);
      const sp: Record<string, number> = {};
      const vsvs: Record<string, number> = {};
      for (const r of f.rows.filter((x) => x.keys[scope] === code)) {
        const level = duoLevelOf(r.keys.sector as string, r.keys.level as string)!;
        sp[level] = (sp[level] ?? 0) + r.start_population;
        if (r.vsv > 0) vsvs[level] = (vsvs[level] ?? 0) + r.vsv;
      }
      const letter = stage === "definitive" ? "D" : "V";
      const tag = `${scope === "institution" ? "I" : "R"}${code}`;
      const nrsp = rowsOf(path.join(out, `NRSP2023${letter}${tag}.csv`), NRSP_COLUMNS);
      const nenr = rowsOf(path.join(out, `NenR2023${letter}${tag}.csv`), NENR_COLUMNS);
      expect(nrsp.length).toBeGreaterThan(20);
      expect(countBy(nrsp, (r) => normaliseLevel(r.NIVEAU!) ?? r.NIVEAU!), stage).toEqual(sp);
      expect(countBy(nenr, (r) => normaliseLevel(r.NIVEAU!) ?? r.NIVEAU!), stage).toEqual(vsvs);
    }
  });

  it("writes the engine's monthly lists, one file per report month", async () => {
    const asOf = "2025-10-01" as IsoDate; // register.csv of the generated register
    const signals = await withDatabase(dataDir, (db) => monthlySignals(db.connection, { teljaar: T, stage: "definitive", definition: 23, scope: { kind: scope, code }, asOf }), { readOnly: true });
    const files = readdirSync(out).filter((f) => /A(04|14)/.test(f));
    expect(files).toHaveLength(15);
    for (const f of files) {
      const month = parseDuoFileName(f)!.reportMonth;
      const rows = rowsOf(path.join(out, f), SIGNAL_COLUMNS);
      const expected = signals.filter((s) => s.reportMonth === month);
      expect(rows.map((r) => `${r.PERSOONSGEBONDENNUMMER} ${r.VANAF_WANNEER}`).sort(), f).toEqual(expected.map((s) => `${s.personId} ${s.listedSince.replace("-", "")}`).sort());
    }
    expect(signals.length).toBeGreaterThan(0);
  });
});
