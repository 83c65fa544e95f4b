/**
 * Building blocks of the route schemas (TypeBox): one schema per route is its validator, its reply type (through
 * Fastify's TypeBox type provider, so a wrong field does not compile) and its OpenAPI documentation. Response
 * schemas are an allow-list: Fastify's serializer drops every field a schema does not declare.
 */
import { type TSchema, Type } from "typebox";

/** The MIME types of the downloads (src/server/export.ts). */
export const CSV_TYPE = "text/csv";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PROBLEM_TYPE = "application/problem+json";

/** RFC 9457 problem details, as src/server/problem.ts writes them. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: "URI van de soort fout" }),
    title: Type.String({ description: "Korte titel" }),
    status: Type.Integer({ description: "HTTP-status" }),
    detail: Type.String({ description: "Wat er mis is en wat u kunt doen" }),
    instance: Type.String({ description: "Het pad van het verzoek" }),
    invalid_params: Type.Optional(
      Type.Array(Type.Object({ name: Type.String({ description: "Naam van de parameter (of veld/veld in de inhoud)" }), reason: Type.String({ description: "Waarom de waarde niet klopt" }) }, { additionalProperties: false }), {
        description: "De parameters die niet kloppen",
      }),
    ),
  },
  { additionalProperties: false, description: "Foutmelding (RFC 9457 problem details)" },
);

/** A problem answer (4xx/5xx) in the document. */
export function problem(description: string) {
  return { description, content: { [PROBLEM_TYPE]: { schema: ProblemSchema } } } as const;
}

/** The problems a route can answer besides 400 (which src/server/openapi-conformance.ts adds to every operation). */
export const NOT_FOUND = { 404: problem("Niet gevonden") } as const;
export const NOT_SIGNED_IN = { 401: problem("Niet ingelogd") } as const;
export const FORBIDDEN = { 403: problem("Geen toegang") } as const;
export const CONFLICT = { 409: problem("Conflict: de gegevens zijn intussen gewijzigd of bestaan al") } as const;
export const NO_DATA = { 503: problem("Nog geen cijfers berekend") } as const;

/** A JSON answer (200 unless given). */
export function json<T extends TSchema>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}

/**
 * An answer that is JSON, or the same table as a download: `format=csv` / `csv-machine` or `Accept: text/csv` gives
 * CSV, `format=xlsx` an Excel workbook (src/server/export.ts).
 */
export function jsonOrDownload<T extends TSchema>(schema: T, description: string) {
  return {
    description,
    content: {
      "application/json": { schema },
      [CSV_TYPE]: { schema: Type.String({ description: "CSV (Nederlandse Excel: `;` en decimale komma; format=csv-machine: `,` en decimale punt)" }) },
      [XLSX_TYPE]: { schema: Type.String({ format: "binary", description: "Excel-werkmap" }) },
    },
  } as const;
}

/** A value that may be hidden: the number, or null with the field named in the row's `suppressed`. */
export function Hideable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/** The field names of a row that are hidden (small counts and what would reveal them), docs/privacy-public.md. */
export const Suppressed = Type.Array(Type.String(), { description: "Velden die zijn afgeschermd (kleine aantallen)" });

/** An object whose undeclared fields are dropped by the serializer and refused by the validator. */
export function Strict<P extends Record<string, TSchema>>(properties: P, options: { description?: string } = {}) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/**
 * A calendar date as text, YYYY-MM-DD. Every field named `date`/`datum` or ending in `_date` is one
 * (NL GOV API Design Rules /core/date-time: format date, not date-time); checked by test/server/api-design-rules.test.ts.
 */
export function DateText(options: { description?: string } = {}) {
  return Type.String({ format: "date", ...options });
}
