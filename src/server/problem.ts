import { createRequire } from "node:module";
import { FINITE_KEYWORD, NO_NUL_PATTERN } from "./input-rules.js";

/** ajv-i18n's Dutch messages: a CommonJS function that rewrites each violation's `message` in place. */
const localizeNl = createRequire(import.meta.url)("ajv-i18n/localize/nl") as (violations: SchemaViolation[]) => void;

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

/** Why a value failed a check, in Dutch words that say what to send instead (Ajv's messages via ajv-i18n). */
function reasonOf(v: SchemaViolation): string {
  if (v.keyword === "pattern" && v.params.pattern === NO_NUL_PATTERN) return "bevat het NUL-teken (U+0000), dat geen enkele parameter mag bevatten: haal het weg";
  if (v.keyword === FINITE_KEYWORD) return "is geen eindig getal: geef een getal in cijfers";
  if (v.keyword === "propertyNames") return "heeft een sleutel die niet mag (met het NUL-teken U+0000): haal die weg";
  if (v.keyword === "additionalProperties") return "is geen bekende parameter: laat hem weg (zie de documentatie op /api/v1/docs)";
  if (v.keyword === "required") return "ontbreekt: deze parameter is verplicht";
  const allowed = v.params.allowedValues as unknown[] | undefined;
  if (allowed) return `heeft geen toegestane waarde: kies uit ${allowed.join(", ")}`;
  return v.message ?? "is niet geldig";
}

/** A request that failed its route's schema: 400 naming each bad parameter (`party/role` for a nested body field). */
export function validationProblem(violations: readonly SchemaViolation[], part: string): Problem {
  localizeNl(violations as SchemaViolation[]);
  const seen = new Set<string>();
  const invalid: InvalidParam[] = [];
  for (const v of violations) {
    const path = v.instancePath.replace(/^\//, "");
    const key = (v.params.missingProperty ?? v.params.additionalProperty) as string | undefined;
    const name = key !== undefined ? (path ? `${path}/${key}` : key) : path || part;
    const reason = reasonOf(v);
    // A value failing allOf's parts reports each part and then allOf itself: name it once per reason.
    if (v.keyword === "allOf" || seen.has(`${name}\n${reason}`)) continue;
    seen.add(`${name}\n${reason}`);
    invalid.push({ name, reason });
  }
  return new Problem(400, "Ongeldige parameter", invalid.map((i) => `Parameter "${i.name}" ${i.reason}`).join("; "), invalid);
}

/** What the router refuses before any route is found: a malformed percent-escape (400), a path parameter too long (414). */
export function frameworkProblem(error: { code?: string; statusCode?: number }): Problem {
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return new Problem(414, "Adres te lang", "Een deel van het adres is langer dan 100 tekens: gebruik een code of nummer zoals de API die geeft");
  }
  if (error.code === "FST_ERR_BAD_URL") {
    return new Problem(400, "Ongeldig adres", "Het adres bevat een ongeldige %-codering: codeer tekens als UTF-8 (bijvoorbeeld %C3%A9 voor é)");
  }
  return new Problem(error.statusCode ?? 400, "Ongeldig verzoek", "Dit verzoek past bij geen enkele route: zie /api/v1/docs voor de routes");
}

/** Fastify's own refusals of a request (body, content type, size), in Dutch; the code names the rest. */
const REQUEST_PROBLEMS: Readonly<Record<string, string>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: "De inhoud is leeg terwijl Content-Type application/json is: stuur een JSON-object of laat de header weg",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Dit soort inhoud (Content-Type) wordt niet aangenomen: stuur application/json",
  FST_ERR_CTP_BODY_TOO_LARGE: "De inhoud is te groot: stuur minder gegevens per verzoek",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "De Content-Length klopt niet met de inhoud",
  FST_ERR_CTP_INVALID_JSON_BODY: "De inhoud is geen geldige JSON: controleer aanhalingstekens en komma's",
};

/** A request Fastify refused before the route (status below 500): Dutch title and detail. */
export function requestProblem(error: { code?: string; statusCode?: number; message: string }): Problem {
  const status = error.statusCode ?? 400;
  const known = error.code ? REQUEST_PROBLEMS[error.code] : undefined;
  if (known) return new Problem(status, "Ongeldig verzoek", known);
  if (error instanceof SyntaxError || /JSON/.test(error.message)) return new Problem(status, "Ongeldig verzoek", REQUEST_PROBLEMS.FST_ERR_CTP_INVALID_JSON_BODY!);
  return new Problem(status, "Ongeldig verzoek", `Het verzoek is niet goed gevormd${error.code ? ` (${error.code})` : ""}: controleer adres, headers en inhoud`);
}

export function notFound(detail: string): Problem {
  return new Problem(404, "Niet gevonden", detail);
}

export function noData(reason: string | undefined): Problem {
  return new Problem(
    503,
    "Geen cijfers beschikbaar",
    `${reason ?? "Er zijn nog geen cijfers berekend"}: de beheerder start \`npm start\` (of \`vsv import register <map>\` en \`vsv compute\`); de server schakelt vanzelf over zodra er cijfers gepubliceerd zijn`,
  );
}
