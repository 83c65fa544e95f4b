/**
 * Configuration, read once at start from environment variables with defaults.
 * Command-line options (e.g. --data-dir) override these.
 */
import path from "node:path";

export interface Config {
  /** Folder of the embedded stores (DuckDB file and later PGlite). */
  readonly dataDir: string;
  /** Maximum number of problems an import lists before it stops collecting. */
  readonly maxImportProblems: number;
  /** PostgreSQL URL of the operational store (DATABASE_URL); without it the store is embedded PGlite in dataDir. */
  readonly databaseUrl: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: path.resolve(env.VSV_DATA_DIR ?? "data"),
    maxImportProblems: Number(env.VSV_MAX_IMPORT_PROBLEMS ?? 1000),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
  };
}

export function duckdbPath(dataDir: string): string {
  return path.join(dataDir, "vsv.duckdb");
}
