/**
 * Reference data from the versioned files in `reference/` (never from outside the repository):
 * municipalities with their RMC/Doorstroompunt and labour-market region per year, mbo norms,
 * national targets and the published national series. Loaded into the store's `reference` schema.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { REFERENCE_DIR, municipalityTableYears, municipalityYearFor } from "./reference-files.js";

export const REFERENCE_SCHEMA = "reference";

function csv(file: string): string {
  return `read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ',', quote = '"', auto_detect = false, columns = `;
}

/** (Re)loads every reference table into the store. Cheap: a few hundred rows. */
export async function loadReference(conn: DuckDBConnection, dir: string = REFERENCE_DIR): Promise<void> {
  const years = municipalityTableYears(dir);
  const municipalityCols = "{'municipality_code': 'VARCHAR', 'municipality_name': 'VARCHAR', 'rmc_region': 'VARCHAR', 'rmc_region_name': 'VARCHAR', 'labour_market_region': 'VARCHAR', 'labour_market_region_name': 'VARCHAR'}";
  const municipalitySelects = years
    .map((y) => `SELECT ${y} AS year, * FROM ${csv(path.join(dir, "municipalities", `${y}.csv`))}${municipalityCols})`)
    .join(" UNION ALL ");
  await conn.run(`CREATE SCHEMA IF NOT EXISTS ${REFERENCE_SCHEMA}`);
  await conn.run(`CREATE OR REPLACE TABLE ${REFERENCE_SCHEMA}.municipalities AS ${municipalitySelects}`);
  await conn.run(
    `CREATE OR REPLACE TABLE ${REFERENCE_SCHEMA}.mbo_norms AS SELECT teljaar, mbo_level, CAST(norm_pct AS DOUBLE) AS norm_pct, source FROM ${csv(path.join(dir, "mbo-norms.csv"))}{'teljaar': 'VARCHAR', 'mbo_level': 'VARCHAR', 'norm_pct': 'VARCHAR', 'source': 'VARCHAR'})`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE ${REFERENCE_SCHEMA}.targets AS SELECT scope, CAST(target_year AS INTEGER) AS target_year, teljaar, CAST(definition AS INTEGER) AS definition, CAST(max_new_vsv AS INTEGER) AS max_new_vsv, source FROM ${csv(path.join(dir, "targets.csv"))}{'scope': 'VARCHAR', 'target_year': 'VARCHAR', 'teljaar': 'VARCHAR', 'definition': 'VARCHAR', 'max_new_vsv': 'VARCHAR', 'source': 'VARCHAR'})`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE ${REFERENCE_SCHEMA}.institutions AS SELECT * FROM ${
      existsSync(path.join(dir, "institutions.csv"))
        ? `${csv(path.join(dir, "institutions.csv"))}{'institution': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'sectors': 'VARCHAR', 'municipality_code': 'VARCHAR', 'funded': 'VARCHAR'})`
        : "(SELECT NULL::VARCHAR AS institution, NULL::VARCHAR AS name, NULL::VARCHAR AS kind, NULL::VARCHAR AS sectors, NULL::VARCHAR AS municipality_code, NULL::VARCHAR AS funded LIMIT 0)"
    }`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE ${REFERENCE_SCHEMA}.locations AS SELECT * FROM ${
      existsSync(path.join(dir, "locations.csv"))
        ? `${csv(path.join(dir, "locations.csv"))}{'institution': 'VARCHAR', 'location': 'VARCHAR', 'name': 'VARCHAR', 'municipality_code': 'VARCHAR'})`
        : "(SELECT NULL::VARCHAR AS institution, NULL::VARCHAR AS location, NULL::VARCHAR AS name, NULL::VARCHAR AS municipality_code LIMIT 0)"
    }`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE ${REFERENCE_SCHEMA}.national_series AS SELECT teljaar, sector, TRY_CAST(new_vsv AS INTEGER) AS new_vsv, TRY_CAST(vsv_pct AS DOUBLE) AS vsv_pct, stage, definition, source FROM ${csv(path.join(dir, "national-series.csv"))}{'teljaar': 'VARCHAR', 'sector': 'VARCHAR', 'new_vsv': 'VARCHAR', 'vsv_pct': 'VARCHAR', 'stage': 'VARCHAR', 'definition': 'VARCHAR', 'source': 'VARCHAR'})`,
  );
}

export interface MunicipalityRow {
  readonly year: number;
  readonly municipality_code: string;
  readonly municipality_name: string;
  readonly rmc_region: string;
  readonly rmc_region_name: string;
  readonly labour_market_region: string;
  readonly labour_market_region_name: string;
}

/** Every municipality code that appears in any reference year (the importer accepts these). */
export async function knownMunicipalityCodes(conn: DuckDBConnection): Promise<Set<string>> {
  const rows = await queryRows<{ municipality_code: string }>(conn, `SELECT DISTINCT municipality_code FROM ${REFERENCE_SCHEMA}.municipalities`);
  return new Set(rows.map((r) => r.municipality_code));
}

export async function municipalitiesFor(conn: DuckDBConnection, t: Teljaar): Promise<MunicipalityRow[]> {
  const year = municipalityYearFor(t, municipalityTableYears());
  return queryRows<MunicipalityRow>(conn, `SELECT * FROM ${REFERENCE_SCHEMA}.municipalities WHERE year = ${year} ORDER BY municipality_code`);
}
