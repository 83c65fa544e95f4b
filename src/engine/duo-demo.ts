/**
 * Demo DUO files for `vsv start`: so that `vsv duo figures` has something to show on a fresh machine,
 * the largest institution's and its main region's files for the latest teljaar with definitive
 * results are written from the computed register (`vsv duo export`) and imported (`vsv import duo`).
 */
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { officialDefinition } from "../domain/definition.js";
import type { DuoScope } from "../domain/duo/file-name.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString, tableExists } from "./database.js";
import { exportDuoFiles } from "./duo-export.js";
import type { StepRunner } from "./register-import.js";
import { currentRuns } from "./runs.js";

export interface DemoDuoChoice {
  readonly teljaar: Teljaar;
  readonly institution: DuoScope;
  readonly region: DuoScope;
}

/** True when any DUO file is imported. */
export async function hasDuoFiles(conn: DuckDBConnection): Promise<boolean> {
  if (!(await tableExists(conn, "duo", "files"))) return false;
  const rows = await queryRows<{ n: bigint }>(conn, "SELECT count(*) AS n FROM duo.files");
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * The latest teljaar with complete definitive results, the institution with the largest start
 * population in it, and the region where most of that institution's students live. Undefined
 * when nothing definitive is computed.
 */
export async function chooseDemoDuoScopes(conn: DuckDBConnection): Promise<DemoDuoChoice | undefined> {
  const runs = (await currentRuns(conn)).filter((r) => r.stage === "definitive" && r.complete);
  const teljaar = runs.at(-1)?.teljaar;
  if (teljaar === undefined) return undefined;
  const inSp = officialDefinition(teljaar) === 23 ? "in_sp23" : "in_sp27";
  const rows = await queryRows<{ institution: string; region: string | null }>(
    conn,
    `WITH sp AS (SELECT institution, region FROM results.person_results
                 WHERE teljaar = ${sqlString(teljaar)} AND stage = 'definitive' AND ${inSp} AND institution IS NOT NULL),
          top AS (SELECT institution FROM sp GROUP BY institution ORDER BY count(*) DESC, institution LIMIT 1)
     SELECT institution, (SELECT region FROM sp WHERE institution = top.institution AND region IS NOT NULL
                          GROUP BY region ORDER BY count(*) DESC, region LIMIT 1) AS region
     FROM top`,
  );
  const top = rows[0];
  if (!top || top.region === null) return undefined;
  return { teljaar, institution: { kind: "institution", code: top.institution }, region: { kind: "region", code: top.region } };
}

/** Writes the chosen institution's and region's files into `<folder>/<scope>/`; returns the folders. */
export async function writeDemoDuoFiles(conn: DuckDBConnection, choice: DemoDuoChoice, folder: string, step?: StepRunner): Promise<string[]> {
  const out: string[] = [];
  for (const scope of [choice.institution, choice.region]) {
    const dir = path.join(folder, `${scope.kind === "institution" ? "I" : "R"}${scope.code}-${choice.teljaar}`);
    await exportDuoFiles(conn, { teljaar: choice.teljaar, scope, outDir: dir, ...(step ? { step } : {}) });
    out.push(dir);
  }
  return out;
}
