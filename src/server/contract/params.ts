/**
 * The parameters many routes share, as TypeBox schemas (the request types come from them): which computed figures
 * (teljaar, definition, stage), the download format and the breakdowns. Enums are written with `Type.Enum` and a
 * `type`, which OpenAPI 3.0 reads (it has no `const`).
 */
import { type TProperties, type TSchema, Type } from "typebox";
import { DEFINITIONS, STAGES } from "../../domain/definition.js";
import { DIMENSIONS } from "../../engine/dimensions.js";
import { FORMATS } from "../export.js";

export const Teljaar = Type.String({ description: "Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)", examples: ["2023-2024"] });
export const DefinitionParam = Type.Enum([...DEFINITIONS], { type: "integer", description: "Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)" });
export const StageParam = Type.Enum([...STAGES], { type: "string", description: "preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is" });
export const Format = Type.Enum([...FORMATS], { type: "string", description: "json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook" });
export const By = Type.String({ description: `Uitsplitsingen, met komma's (hoogstens 3): ${DIMENSIONS.map((d) => d.name).join(", ")}`, examples: ["region,level"] });
export const AreaKind = Type.Enum(["region", "municipality", "institution"], { type: "string" });
/** What /compare takes: the rankings' kinds, and locations (vestigingen). */
export const CompareKind = Type.Enum(["region", "municipality", "institution", "location"], { type: "string" });

/** teljaar, definition and stage, each optional. */
export const SelectionQuery = { teljaar: Type.Optional(Teljaar), definition: Type.Optional(DefinitionParam), stage: Type.Optional(StageParam) };

/** The query string of a route: only the named keys (an unknown key is a 400 naming it). */
export function Query<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

/** Path parameters: every one required. */
export function Params<P extends Record<string, TSchema>>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

/** A page of a list: page number and size (default and maximum per route). */
export function Paging(defaultSize: number, maxSize: number) {
  return {
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: "Paginanummer (vanaf 1)" })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: maxSize, default: defaultSize, description: `Aantal per pagina (hoogstens ${maxSize})` })),
  };
}
