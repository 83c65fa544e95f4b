/**
 * The server log (docs/architecture.md, "Server log"): Fastify's logger (pino), one JSON object per line. Each
 * request gives an "incoming request" and a "request completed" line with its request id (`reqId`, the trace id of
 * its audit entries), method, route pattern, status and time; an answer 500 also logs the error. Never logged:
 * request bodies, headers, the URL as sent (its query string can hold a name: the route pattern is logged instead),
 * and — should an object ever carry them — the fields in REDACTED_FIELDS and REDACTED_HEADERS, which are censored.
 */
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from "fastify";
import type { LogLevel } from "../config.js";

/** Fields that hold person data or secrets: censored wherever they appear in a logged object (up to three levels deep). */
export const REDACTED_FIELDS = ["person_ref", "bsn", "family_name", "given_names", "street", "house_number", "postcode", "residence", "phone", "email", "name", "search", "password", "username"] as const;
export const REDACTED_HEADERS = ["cookie", "x-csrf-token", "authorization", "set-cookie"] as const;
export const CENSOR = "[redacted]";

export interface ServerLogOptions {
  readonly level: LogLevel;
  /** Where the lines go (default: stdout); tests pass a stream that collects them. */
  readonly stream?: { write(line: string): void };
}

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const h of REDACTED_HEADERS) paths.push(`headers["${h}"]`, `*.headers["${h}"]`);
  for (const f of REDACTED_FIELDS) paths.push(f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`);
  return paths;
}

/** A request as logged: never its URL or headers, only the route it matched. */
function requestForLog(request: FastifyRequest) {
  return { method: request.method, route: request.routeOptions?.url ?? null, remoteAddress: request.ip };
}

function replyForLog(reply: Pick<FastifyReply, "statusCode">) {
  return { statusCode: reply.statusCode };
}

/** PostgreSQL's class 22 (data exception) messages quote the value that was refused, which may be what a user typed. */
function scrubbed(message: string, code: unknown): string {
  return typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code) ? message.replace(/"[^"]*"/g, '"…"') : message;
}

/**
 * An error as logged: its class, code, message and stack. Other properties are left out: a database error's
 * `detail` names the values of a row ("Key (username)=(…)"), a query's parameters are person data.
 */
export interface LoggedError {
  readonly [key: string]: unknown;
  readonly type: string;
  readonly message: string;
  readonly stack: string;
}

export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error)", stack: "" };
  const code = (error as { code?: unknown }).code;
  const message = scrubbed(error.message, code);
  const stack = (error.stack ?? "").replace(error.message, message);
  return {
    type: error.constructor?.name ?? "Error",
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    message,
    stack,
    ...(error.cause !== undefined && depth < 3 ? { cause: errorForLog(error.cause, depth + 1) } : {}),
  };
}

/** Fastify's `logger` option. */
export function loggerOptions(options: ServerLogOptions): Exclude<FastifyServerOptions["logger"], boolean | undefined> {
  return {
    level: options.level,
    redact: { paths: redactPaths(), censor: CENSOR },
    serializers: { req: requestForLog, res: replyForLog, err: errorForLog },
    ...(options.stream ? { stream: options.stream } : {}),
  };
}
