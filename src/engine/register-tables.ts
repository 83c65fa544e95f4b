/**
 * Where an imported register lives in the store: schema `register`, one table per file of the
 * exchange format, typed. The importer fills them (all at once, atomically); the engine reads them.
 */
import type { RegisterTable } from "../domain/register-format.js";

export const REGISTER_SCHEMA = "register";

/** Column definitions of the stored tables (names as in the exchange format). */
export const REGISTER_DDL: Readonly<Record<RegisterTable, string>> = {
  persons: "person_id VARCHAR NOT NULL, birth_date DATE NOT NULL, sex VARCHAR",
  residences:
    "person_id VARCHAR NOT NULL, from_date DATE NOT NULL, to_date DATE, municipality_code VARCHAR NOT NULL, postcode4 VARCHAR, recorded_on DATE",
  enrolments:
    "enrolment_id VARCHAR NOT NULL, person_id VARCHAR NOT NULL, institution VARCHAR NOT NULL, location VARCHAR, sector VARCHAR NOT NULL, level VARCHAR NOT NULL, grade INTEGER, leerweg VARCHAR, programme VARCHAR, funded BOOLEAN NOT NULL, start_date DATE NOT NULL, end_date DATE, recorded_on DATE",
  diplomas: "person_id VARCHAR NOT NULL, date DATE NOT NULL, level VARCHAR NOT NULL, institution VARCHAR, recorded_on DATE",
  statuses: "person_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, from_date DATE NOT NULL, to_date DATE, recorded_on DATE",
  jobs: "person_id VARCHAR NOT NULL, from_date DATE NOT NULL, to_date DATE, hours_per_week DOUBLE NOT NULL, recorded_on DATE",
};

/**
 * One row describing the register currently in the store. `register_id` is a checksum of the
 * imported files' contents: computed results carry it, so figures from an older register are never shown.
 */
export const REGISTER_META_DDL =
  "register_id VARCHAR NOT NULL, source VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL, persons BIGINT NOT NULL, residences BIGINT NOT NULL, enrolments BIGINT NOT NULL, diplomas BIGINT NOT NULL, statuses BIGINT NOT NULL, jobs BIGINT NOT NULL";
