/**
 * The old plain JSON schema helpers, still used by routes not yet converted to TypeBox (src/server/contract/ holds the
 * building blocks that replace them). Delete this file when nothing imports it.
 */
import { DEFINITIONS, STAGES } from "../domain/definition.js";
import { FORMATS } from "./export.js";

export const teljaar = { type: "string", description: "Teljaar, e.g. 2023-2024 (default: the latest computed)", examples: ["2023-2024"] } as const;
export const definition = { type: "integer", enum: [...DEFINITIONS], description: "Age limit: 23 or 27 (default: the official definition for the teljaar)" } as const;
export const stage = { type: "string", enum: [...STAGES], description: "preliminary or definitive (default: definitive when computed on a complete register, else preliminary)" } as const;
export const format = { type: "string", enum: [...FORMATS], description: "json (default), csv or xlsx (a download); Accept: text/csv works too" } as const;

export const selectionQuery = { teljaar, definition, stage } as const;

/** An object schema of named parameters; `required` only when some are (OpenAPI 3.0 refuses an empty list). */
export function query(properties: Record<string, unknown>, required: string[] = []) {
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false } as const;
}

export function params(properties: Record<string, unknown>) {
  return { type: "object", properties, required: Object.keys(properties) } as const;
}

/** Response documentation: a described object (fields are listed in docs/api.md). */
export function ok(description: string) {
  return { 200: { description, type: "object", additionalProperties: true } } as const;
}

// The rules every route's parameters obey whatever these schemas say (no NUL in text, integers in PostgreSQL's
// range, finite numbers) are added to each route when it is registered: src/server/input-rules.ts.
