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
  /** Session cookies with the Secure flag (VSV_SECURE_COOKIES=true): set it when the server is reached over HTTPS. */
  readonly secureCookies: boolean;
  /**
   * Behind a reverse proxy (VSV_TRUST_PROXY): the proxy's address(es) or hop count, so the client address (used by
   * the login rate limit) is the real client's, not the proxy's. Unset: trust nobody's X-Forwarded-For.
   */
  readonly trustProxy: string | number | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: path.resolve(env.VSV_DATA_DIR ?? "data"),
    maxImportProblems: Number(env.VSV_MAX_IMPORT_PROBLEMS ?? 1000),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    secureCookies: env.VSV_SECURE_COOKIES === "true",
    trustProxy: parseTrustProxy(env.VSV_TRUST_PROXY),
  };
}

/** "2" → 2 hops; "10.0.0.1,10.0.0.2" or "loopback" → those addresses; unset or empty → undefined. */
function parseTrustProxy(text: string | undefined): string | number | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

export function duckdbPath(dataDir: string): string {
  return path.join(dataDir, "vsv.duckdb");
}
