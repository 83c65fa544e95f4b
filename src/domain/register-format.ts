/**
 * The register exchange format (docs/register-format.md) as data: the files, their columns and
 * the rule each column must follow. The importer validates against it; the generator writes it.
 */
import { DIPLOMA_LEVELS, LEERWEGEN, SECTORS } from "./education.js";

export type ColumnKind =
  | { readonly type: "person_id" }
  | { readonly type: "text"; readonly maxLength?: number }
  | { readonly type: "date" }
  | { readonly type: "boolean" }
  | { readonly type: "integer"; readonly min?: number; readonly max?: number }
  | { readonly type: "number"; readonly min?: number }
  | { readonly type: "enum"; readonly values: readonly string[] }
  | { readonly type: "municipality" }
  | { readonly type: "postcode4" }
  /** A Dutch postcode written `1234 AB` (four digits, the first not 0, a space, two capitals). */
  | { readonly type: "postcode" }
  /** An e-mail address: one @, no spaces, a dot in the domain, at most 254 characters. */
  | { readonly type: "email" }
  /** A phone number: digits, spaces, `+`, `-`, `(`, `)`; 8 to 20 characters. */
  | { readonly type: "phone" };

/**
 * What a column's values are once read, whatever rule they follow: the stored register (src/engine/register-tables.ts)
 * and the generator's Parquet files (src/synth/parquet.ts) give each column the database type of its value type.
 */
export type ValueType = "text" | "date" | "boolean" | "integer" | "number";

const VALUE_TYPES: Readonly<Record<ColumnKind["type"], ValueType>> = {
  person_id: "text",
  text: "text",
  date: "date",
  boolean: "boolean",
  integer: "integer",
  number: "number",
  enum: "text",
  municipality: "text",
  postcode4: "text",
  postcode: "text",
  email: "text",
  phone: "text",
};

export const valueType = (kind: ColumnKind): ValueType => VALUE_TYPES[kind.type];

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
}

export interface TableSpec {
  readonly name: RegisterTable;
  readonly columns: readonly ColumnSpec[];
  /** Columns whose combined value must be unique over the file. */
  readonly key?: readonly string[];
  /** [start column, end column] where end must not be before start. */
  readonly period?: readonly [string, string];
}

export const REGISTER_TABLES = ["persons", "residences", "enrolments", "diplomas", "statuses", "jobs"] as const;
export type RegisterTable = (typeof REGISTER_TABLES)[number];

export const STATUS_KINDS = ["EXEMPTION", "NEWCOMER", "DEFENCE_POLICE", "DECEASED", "EMIGRATED"] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

const col = (name: string, kind: ColumnKind, required = false): ColumnSpec => ({ name, kind, required });

/** The person columns that name and locate a person (optional; closed output only: docs/signal-lists.md). */
export const PERSON_DETAIL_COLUMNS = ["family_name", "given_names", "street", "house_number", "postcode", "residence", "phone", "email"] as const;
const recordedOn = col("recorded_on", { type: "date" });

export const REGISTER_FORMAT: Readonly<Record<RegisterTable, TableSpec>> = {
  persons: {
    name: "persons",
    columns: [
      col("person_id", { type: "person_id" }, true),
      col("birth_date", { type: "date" }, true),
      col("sex", { type: "enum", values: ["M", "V", "X"] }),
      // Optional: who the person is and how to reach them, for the signal lists (docs/register-format.md).
      col("family_name", { type: "text", maxLength: 200 }),
      col("given_names", { type: "text", maxLength: 200 }),
      col("street", { type: "text", maxLength: 200 }),
      col("house_number", { type: "text", maxLength: 20 }),
      col("postcode", { type: "postcode" }),
      col("residence", { type: "text", maxLength: 100 }),
      col("phone", { type: "phone" }),
      col("email", { type: "email" }),
    ],
    key: ["person_id"],
  },
  residences: {
    name: "residences",
    columns: [
      col("person_id", { type: "person_id" }, true),
      col("from_date", { type: "date" }, true),
      col("to_date", { type: "date" }),
      col("municipality_code", { type: "municipality" }, true),
      col("postcode4", { type: "postcode4" }),
      recordedOn,
    ],
    period: ["from_date", "to_date"],
  },
  enrolments: {
    name: "enrolments",
    columns: [
      col("enrolment_id", { type: "text" }, true),
      col("person_id", { type: "person_id" }, true),
      col("institution", { type: "text" }, true),
      col("location", { type: "text" }),
      col("sector", { type: "enum", values: SECTORS }, true),
      col("level", { type: "text" }, true),
      col("grade", { type: "integer", min: 1, max: 6 }),
      col("leerweg", { type: "enum", values: LEERWEGEN }),
      col("programme", { type: "text" }),
      col("funded", { type: "boolean" }, true),
      col("start_date", { type: "date" }, true),
      col("end_date", { type: "date" }),
      recordedOn,
    ],
    key: ["enrolment_id"],
    period: ["start_date", "end_date"],
  },
  diplomas: {
    name: "diplomas",
    columns: [
      col("person_id", { type: "person_id" }, true),
      col("date", { type: "date" }, true),
      col("level", { type: "enum", values: DIPLOMA_LEVELS }, true),
      col("institution", { type: "text" }),
      recordedOn,
    ],
  },
  statuses: {
    name: "statuses",
    columns: [
      col("person_id", { type: "person_id" }, true),
      col("kind", { type: "enum", values: STATUS_KINDS }, true),
      col("from_date", { type: "date" }, true),
      col("to_date", { type: "date" }),
      recordedOn,
    ],
    period: ["from_date", "to_date"],
  },
  jobs: {
    name: "jobs",
    columns: [
      col("person_id", { type: "person_id" }, true),
      col("from_date", { type: "date" }, true),
      col("to_date", { type: "date" }),
      col("hours_per_week", { type: "number", min: 0 }, true),
      recordedOn,
    ],
    period: ["from_date", "to_date"],
  },
};

/** Files every register must have; the others may be absent (no such facts). */
export const REQUIRED_TABLES: readonly RegisterTable[] = ["persons", "enrolments"];
