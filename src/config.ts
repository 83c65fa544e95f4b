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
  /** Sign-in through an OpenID Connect provider (VSV_OIDC_*); undefined when not configured (the feature is off). */
  readonly oidc: OidcSettings | undefined;
}

/** What sign-in through an OpenID Connect provider needs (docs/auth.md, "Login through OpenID Connect"). */
export interface OidcSettings {
  /** VSV_OIDC_ISSUER: the provider's issuer URL; its metadata is read from <issuer>/.well-known/openid-configuration. */
  readonly issuer: string;
  /** VSV_OIDC_CLIENT_ID: this application's client id at the provider. */
  readonly clientId: string;
  /** VSV_OIDC_CLIENT_SECRET: client_secret_basic; or VSV_OIDC_PRIVATE_KEY (PEM, PKCS#8) for private_key_jwt. */
  readonly clientSecret: string | undefined;
  readonly privateKeyPem: string | undefined;
  /** VSV_OIDC_PRIVATE_KEY_ID: the key's `kid` as registered at the provider (optional). */
  readonly privateKeyId: string | undefined;
  /** VSV_OIDC_REDIRECT_URI: https://<host>/api/v1/auth/oidc/callback, as registered at the provider. */
  readonly redirectUri: string;
  /** VSV_OIDC_POST_LOGOUT_REDIRECT_URI: where the provider sends the browser after logout; default <origin>/inloggen. */
  readonly postLogoutRedirectUri: string;
  /** VSV_OIDC_ACR: the required authentication level (acr_values; the id_token's acr must equal it); optional. */
  readonly acr: string | undefined;
  /** VSV_OIDC_NAME: the provider's name on the login page's button ("Inloggen via <name>"). */
  readonly name: string;
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
    oidc: parseOidc(env),
  };
}

/**
 * The VSV_OIDC_* variables: none set → undefined (OIDC sign-in off); issuer, client id and redirect URI all set with
 * a client secret or a private key → the settings; anything in between is refused, naming what to add.
 */
export function parseOidc(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const get = (name: string) => env[name]?.trim() || undefined;
  const issuer = get("VSV_OIDC_ISSUER");
  const clientId = get("VSV_OIDC_CLIENT_ID");
  const redirectUri = get("VSV_OIDC_REDIRECT_URI");
  const clientSecret = get("VSV_OIDC_CLIENT_SECRET");
  const privateKeyPem = get("VSV_OIDC_PRIVATE_KEY");
  if (!issuer && !clientId && !redirectUri && !clientSecret && !privateKeyPem) return undefined;
  const missing = [issuer ? "" : "VSV_OIDC_ISSUER", clientId ? "" : "VSV_OIDC_CLIENT_ID", redirectUri ? "" : "VSV_OIDC_REDIRECT_URI"].filter(Boolean);
  if (!clientSecret && !privateKeyPem) missing.push("VSV_OIDC_CLIENT_SECRET or VSV_OIDC_PRIVATE_KEY");
  if (missing.length) throw new VsvError("BAD_OIDC_CONFIG", `OIDC sign-in is half configured: set ${missing.join(", ")} too (or unset every VSV_OIDC_* variable to turn it off)`);
  const url = (name: string, text: string) => {
    try {
      const u = new URL(text);
      if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error();
      return u;
    } catch {
      throw new VsvError("BAD_OIDC_CONFIG", `${name} "${text}" is not an http(s) URL`);
    }
  };
  url("VSV_OIDC_ISSUER", issuer!);
  const redirect = url("VSV_OIDC_REDIRECT_URI", redirectUri!);
  const postLogout = get("VSV_OIDC_POST_LOGOUT_REDIRECT_URI") ?? `${redirect.origin}/inloggen`;
  url("VSV_OIDC_POST_LOGOUT_REDIRECT_URI", postLogout);
  return {
    issuer: issuer!,
    clientId: clientId!,
    clientSecret,
    privateKeyPem,
    privateKeyId: get("VSV_OIDC_PRIVATE_KEY_ID"),
    redirectUri: redirectUri!,
    postLogoutRedirectUri: postLogout,
    acr: get("VSV_OIDC_ACR"),
    name: get("VSV_OIDC_NAME") ?? "uw organisatie",
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
