import { FINITE_KEYWORD, NO_NUL_PATTERN } from "./input-rules.js";

/**
 * Errors as application/problem+json (RFC 9457, NL GOV API Design Rules): type, title, status, detail,
 * instance and, for bad parameters, invalid_params naming each parameter and what is allowed.
 */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams: readonly InvalidParam[] = [],
  ) {
    super(detail);
    this.name = "Problem";
  }
}

const TYPES: Record<number, string> = {
  400: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1",
  401: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.2",
  403: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4",
  404: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5",
  406: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.7",
  409: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.10",
  414: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.15",
  429: "https://datatracker.ietf.org/doc/html/rfc6585#section-4",
  500: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.1",
  503: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.4",
};

export function problemBody(p: Problem, instance: string) {
  return {
    type: TYPES[p.status] ?? "about:blank",
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance,
    ...(p.invalidParams.length ? { invalid_params: p.invalidParams } : {}),
  };
}

/** A bad query or path parameter: 400 naming it and saying what is allowed. */
export function badParam(name: string, reason: string): Problem {
  return new Problem(400, "Ongeldige parameter", `Parameter "${name}": ${reason}`, [{ name, reason }]);
}

/** One failed check of a route's schema, as Ajv reports it (Fastify's `error.validation`). */
export interface SchemaViolation {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Record<string, unknown>;
  readonly message?: string | undefined;
}

/** Why a value failed a check, in words that say what to send instead. */
function reasonOf(v: SchemaViolation): string {
  if (v.keyword === "pattern" && v.params.pattern === NO_NUL_PATTERN) return "contains the NUL character (U+0000), which no parameter may hold: remove it";
  if (v.keyword === FINITE_KEYWORD) return "is not a finite number: give a number written out in digits";
  if (v.keyword === "propertyNames") return "has a key that is not allowed (it contains the NUL character U+0000): remove it";
  const allowed = v.params.allowedValues as unknown[] | undefined;
  return `${v.message ?? "is not valid"}${allowed ? `: use ${allowed.join(", ")}` : ""}`;
}

/** A request that failed its route's schema: 400 naming each bad parameter (`party/role` for a nested body field). */
export function validationProblem(violations: readonly SchemaViolation[], part: string): Problem {
  const seen = new Set<string>();
  const invalid: InvalidParam[] = [];
  for (const v of violations) {
    const name = (v.params.missingProperty as string | undefined) ?? (v.instancePath.replace(/^\//, "") || part);
    const reason = reasonOf(v);
    // A value failing allOf's parts reports each part and then allOf itself: name it once per reason.
    if (v.keyword === "allOf" || seen.has(`${name}\n${reason}`)) continue;
    seen.add(`${name}\n${reason}`);
    invalid.push({ name, reason });
  }
  return new Problem(400, "Ongeldige parameter", invalid.map((i) => `Parameter "${i.name}": ${i.reason}`).join("; "), invalid);
}

/** What the router refuses before any route is found: a malformed percent-escape (400), a path parameter too long (414). */
export function frameworkProblem(error: { code?: string; statusCode?: number }): Problem {
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return new Problem(414, "Adres te lang", "A part of the path is longer than 100 characters: use a code or id as the API gives it");
  }
  if (error.code === "FST_ERR_BAD_URL") {
    return new Problem(400, "Ongeldig adres", "The path holds a malformed percent-escape: encode it as UTF-8 (e.g. %C3%A9 for é)");
  }
  return new Problem(error.statusCode ?? 400, "Ongeldig verzoek", "The request could not be routed: see /api/v1/docs for the routes");
}

export function notFound(detail: string): Problem {
  return new Problem(404, "Niet gevonden", detail);
}

export function noData(reason: string | undefined): Problem {
  return new Problem(
    503,
    "Geen cijfers beschikbaar",
    `${reason ?? "No figures are computed"}: run \`npm start\` (or \`vsv import register <folder>\` and \`vsv compute\`) and restart the server`,
  );
}
