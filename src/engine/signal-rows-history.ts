/**
 * The school career of every person on the signal lists, for the person page (`person_history`, migration 0009;
 * docs/signal-lists.md, "Person history"): what the analytics store holds about them —
 * - from the register: their enrolments (with the school's name from the reference data), diplomas and jobs;
 * - the months they were on the possible list: the engine's monthly signalling of the teljaar its possible list is
 *   taken from (up to that list's month), and the report months of DUO's imported A04/A14 files that name them.
 * Read with the lists (src/engine/signal-rows.ts) by `vsv signals load` and the demo.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { PersonHistoryFact } from "../domain/person-history.js";
import { queryRows, sqlString, tableExists, withDatabase } from "./database.js";
import { monthlySignalsSql, startPopulationSql } from "./monthly-signals.js";
import { readSignalLists, type SignalLists } from "./signal-rows.js";

/** Every column of a fact, in this order, in each SELECT below. */
const FACT_COLUMNS = [
  "person_key", "kind", "from_date", "to_date", "institution", "institution_name", "location", "sector", "level", "leerweg",
  "programme", "programme_name", "funded", "hours_per_week", "reason", "source",
] as const;
type FactColumn = (typeof FACT_COLUMNS)[number];

function select(exprs: Readonly<Record<FactColumn, string>>): string {
  const types: Partial<Record<FactColumn, string>> = { from_date: "DATE", to_date: "DATE", funded: "BOOLEAN", hours_per_week: "DOUBLE" };
  return FACT_COLUMNS.map((c) => `CAST(${exprs[c]} AS ${types[c] ?? "VARCHAR"}) AS ${c}`).join(", ");
}

const NONE = { institution: "NULL", institution_name: "NULL", location: "NULL", sector: "NULL", level: "NULL", leerweg: "NULL", programme: "NULL", programme_name: "NULL", funded: "NULL", hours_per_week: "NULL", reason: "NULL" };

/** The facts of the listed persons (relation `listed(person_key)`), each kind a SELECT. */
async function factSelects(conn: DuckDBConnection, lists: SignalLists): Promise<string[]> {
  const parts: string[] = [];
  if (await tableExists(conn, "register", "meta")) {
    const hasInstitutions = await tableExists(conn, "reference", "institutions");
    const named = hasInstitutions ? "LEFT JOIN reference.institutions i ON i.institution = x.institution" : "";
    const name = hasInstitutions ? "i.name" : "NULL";
    parts.push(`SELECT ${select({
      ...NONE, person_key: "x.person_id", kind: "'enrolment'", from_date: "x.start_date", to_date: "x.end_date", institution: "x.institution", institution_name: name,
      location: "x.location", sector: "x.sector", level: "x.level", leerweg: "x.leerweg", programme: "x.programme", funded: "x.funded", source: "'engine'",
    })} FROM register.enrolments x SEMI JOIN listed l ON l.person_key = x.person_id ${named}`);
    parts.push(`SELECT ${select({
      ...NONE, person_key: "x.person_id", kind: "'diploma'", from_date: "x.date", to_date: "NULL", institution: "x.institution", institution_name: name, level: "x.level", source: "'engine'",
    })} FROM register.diplomas x SEMI JOIN listed l ON l.person_key = x.person_id ${named}`);
    parts.push(`SELECT ${select({
      ...NONE, person_key: "x.person_id", kind: "'job'", from_date: "x.from_date", to_date: "x.to_date", hours_per_week: "x.hours_per_week", source: "'engine'",
    })} FROM register.jobs x SEMI JOIN listed l ON l.person_key = x.person_id`);
  }
  const p = lists.engine.possible;
  if (p) {
    const q = { teljaar: p.teljaar, stage: p.stage, definition: p.definition, scope: { kind: "national" as const }, asOf: p.asOf };
    // Only the listed persons of the start population: the signalling per person needs nobody else.
    const population = `(SELECT person_id FROM (${startPopulationSql(q)}) SEMI JOIN listed l ON l.person_key = person_id)`;
    parts.push(`SELECT ${select({
      ...NONE, person_key: "s.person_id", kind: "'signal_month'", from_date: "CAST(s.report_month || '-01' AS DATE)", to_date: "NULL", reason: "'GEEN INSCHRIJVING'", source: "'engine'",
    })} FROM (${monthlySignalsSql(q, population)}) s WHERE s.month_index <= ${p.month.index}`);
  }
  if ((await tableExists(conn, "duo", "files")) && (await tableExists(conn, "duo", "signal_rows"))) {
    // One row per person and report month: DUO may name a person in an institution's and a region's file.
    parts.push(`SELECT ${select({
      ...NONE, person_key: "r.person_key", kind: "'signal_month'", from_date: "CAST(f.report_month || '-01' AS DATE)", to_date: "NULL",
      institution: "coalesce(r.brin, r.brin_nr)", institution_name: "coalesce(i.name, r.institution_name, r.institution_name_short)",
      programme: "r.crebo", programme_name: "r.crebo_name", level: "coalesce(r.level, r.level_raw)", leerweg: "coalesce(r.leerweg, r.leerweg_raw)", reason: "r.reason", source: "'duo'",
    })} FROM (
      SELECT r.*, row_number() OVER (PARTITION BY r.person_key, f.report_month ORDER BY f.scope_kind = 'region' DESC, f.file_id DESC, r.line) AS nth
      FROM duo.signal_rows r JOIN duo.files f ON f.file_id = r.file_id
      WHERE f.kind IN ('A04', 'A14') AND r.person_key IN (SELECT person_key FROM listed)
    ) r JOIN duo.files f ON f.file_id = r.file_id
    LEFT JOIN reference.institutions i ON i.institution = coalesce(r.brin, r.brin_nr)
    WHERE r.nth = 1`);
  }
  return parts;
}

/** The history facts of every person on `lists`, ordered by person, date and kind. */
export async function readPersonHistory(conn: DuckDBConnection, lists: SignalLists): Promise<PersonHistoryFact[]> {
  const keys = [...new Set(lists.rows.map((r) => r.person_key))];
  if (keys.length === 0) return [];
  const parts = await factSelects(conn, lists);
  if (parts.length === 0) return [];
  const listed = `listed AS MATERIALIZED (SELECT DISTINCT unnest([${keys.map(sqlString).join(", ")}]) AS person_key)`;
  const rows = await queryRows<Record<FactColumn, unknown>>(
    conn,
    `WITH ${listed}
     SELECT ${FACT_COLUMNS.map((c) => (c === "from_date" || c === "to_date" ? `strftime(${c}, '%Y-%m-%d') AS ${c}` : c)).join(", ")}
     FROM (${parts.map((p) => `(${p})`).join("\nUNION ALL\n")})
     ORDER BY person_key, from_date NULLS LAST, kind, source`,
  );
  return rows.map((r) => ({
    person_key: String(r.person_key),
    kind: r.kind as PersonHistoryFact["kind"],
    from_date: (r.from_date as string | null) ?? null,
    to_date: (r.to_date as string | null) ?? null,
    institution: (r.institution as string | null) ?? null,
    institution_name: (r.institution_name as string | null) ?? null,
    location: (r.location as string | null) ?? null,
    sector: (r.sector as string | null) ?? null,
    level: (r.level as string | null) ?? null,
    leerweg: (r.leerweg as string | null) ?? null,
    programme: (r.programme as string | null) ?? null,
    programme_name: (r.programme_name as string | null) ?? null,
    funded: (r.funded as boolean | null) ?? null,
    hours_per_week: r.hours_per_week === null || r.hours_per_week === undefined ? null : Number(r.hours_per_week),
    reason: (r.reason as string | null) ?? null,
    source: r.source as PersonHistoryFact["source"],
  }));
}

/** The signal lists and their persons' history as a load writes them, read together from the analytics store (read-only). */
export async function readListsWithHistory(dataDir: string): Promise<{ lists: SignalLists; history: PersonHistoryFact[] }> {
  return withDatabase(
    dataDir,
    async (db) => {
      const lists = await readSignalLists(db.connection);
      return { lists, history: await readPersonHistory(db.connection, lists) };
    },
    { readOnly: true },
  );
}
