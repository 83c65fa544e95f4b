/**
 * Configuration, read once at start from environment variables with defaults.
 * Command-line options (e.g. --data-dir) override these.
 */
import path from "node:path";
import { VsvError } from "./domain/errors.js";
import { DEFAULT_MAX_IMPORT_PROBLEMS } from "./domain/import-limits.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
  /** The server log's level (VSV_LOG_LEVEL, default info): JSON lines on stdout (docs/architecture.md, "Server log"). */
  readonly logLevel: LogLevel;
  /** Who answers for the API, in its OpenAPI document (VSV_API_CONTACT_NAME, _EMAIL, _URL); defaults: the project's. */
  readonly apiContact: ApiContact;
}

export interface ApiContact {
  readonly name: string;
  readonly email: string;
  readonly url: string;
}

/** The open-source project's own contact, used until an operator names its own. */
export const PROJECT_CONTACT: ApiContact = { name: "vsv-monitor (open source)", email: "vsv-monitor@example.org", url: "https://github.com/" };

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: path.resolve(env.VSV_DATA_DIR ?? "data"),
    maxImportProblems: Number(env.VSV_MAX_IMPORT_PROBLEMS ?? DEFAULT_MAX_IMPORT_PROBLEMS),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    secureCookies: env.VSV_SECURE_COOKIES === "true",
    trustProxy: parseTrustProxy(env.VSV_TRUST_PROXY),
    logLevel: parseLogLevel(env.VSV_LOG_LEVEL),
    apiContact: {
      name: env.VSV_API_CONTACT_NAME?.trim() || PROJECT_CONTACT.name,
      email: env.VSV_API_CONTACT_EMAIL?.trim() || PROJECT_CONTACT.email,
      url: env.VSV_API_CONTACT_URL?.trim() || PROJECT_CONTACT.url,
    },
  };
}

/** "warn", "DEBUG", … → that level; unset or empty → info; anything else is refused with the levels to choose from. */
function parseLogLevel(text: string | undefined): LogLevel {
  const t = text?.trim().toLowerCase();
  if (!t) return "info";
  if ((LOG_LEVELS as readonly string[]).includes(t)) return t as LogLevel;
  throw new VsvError("BAD_LOG_LEVEL", `VSV_LOG_LEVEL "${text}" is not a log level: use one of ${LOG_LEVELS.join(", ")}`);
}

/** "2" → 2 hops; "10.0.0.1,10.0.0.2" or "loopback" → those addresses; unset or empty → undefined. */
function parseTrustProxy(text: string | undefined): string | number | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}
