/**
 * The target group of the Wet van school naar duurzaam werk in SQL (docs/target-group.md): who is in it on the
 * reference day, with their region and group; the Doorstroompunt's worklist (signal rows with list `target_group`,
 * loaded by `vsv signals load` with the other lists) and the public counts per region and group are both read from
 * targetGroupPersonsSql, so they never disagree. Pure twin: src/domain/target-group.ts; test/engine/target-group.test.ts
 * judges the two against each other.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type IsoDate } from "../domain/dates.js";
import { officialDefinition } from "../domain/definition.js";
import { WORK_MIN_HOURS } from "../domain/steering/follow-up-facts.js";
import { TARGET_AGE_LIMIT, TARGET_GROUPS, type TargetGroup, recentVsvTeljaren, windowStartOf } from "../domain/target-group.js";
import { type Teljaar, teljaarStartingIn } from "../domain/teljaar.js";
import { queryRows, sqlString, tableExists } from "./database.js";
import { leerwegSql } from "./duo-export-values.js";
import { municipalityTableYears, municipalityYearFor } from "./reference-files.js";
import { latestFactDate, readRegisterState } from "./register-state.js";
import { REGISTER_SCHEMA } from "./register-tables.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";
import { currentRuns } from "./runs.js";
import { ageSql, duoLevelSql, selectList } from "./signal-rows-sql.js";

/** What a target-group computation is about. */
export interface TargetGroupDay {
  /** The latest day the register's facts reach: `facts_until`, else `as_of`, else its latest fact. */
  readonly referenceDay: IsoDate;
  /** The first day of the window (domain windowStartOf). */
  readonly windowStart: IsoDate;
  /** The teljaar the reference day falls in (1 October t up to 30 September t+1): the list rows' teljaar. */
  readonly teljaar: Teljaar;
  /** The teljaren whose definitive vsv'ers (official definition) make the vsv group: computed and recent. */
  readonly vsvTeljaren: readonly Teljaar[];
  /** The municipality table that places the reference day's residence in a region. */
  readonly municipalityYear: number;
  /** The optional person columns (names, address, contact; docs/register-format.md) the register has. */
  readonly personColumns: readonly PersonDetail[];
}

/** The register's optional person columns a worklist row shows, named as the row's fields. */
const PERSON_DETAILS = ["family_name", "given_names", "street", "house_number", "postcode", "residence", "phone", "email"] as const;
type PersonDetail = (typeof PERSON_DETAILS)[number];

/** The teljaar a day falls in: from 1 October t up to and including 30 September t+1. */
export function teljaarOfDay(d: IsoDate): Teljaar {
  const y = Number(d.slice(0, 4));
  return teljaarStartingIn(d.slice(5) >= "10-01" ? y : y - 1);
}

/** The reference day and the vsv teljaren of the register in the store; null without a register or any fact. */
export async function chooseTargetGroupDay(conn: DuckDBConnection): Promise<TargetGroupDay | null> {
  if (!(await tableExists(conn, REGISTER_SCHEMA, "meta"))) return null;
  const state = await readRegisterState(conn);
  const referenceDay = state.factsUntil ?? state.asOf ?? (await latestFactDate(conn));
  if (referenceDay === null) return null;
  const definitive = (await currentRuns(conn)).filter((r) => r.stage === "definitive").map((r) => r.teljaar);
  const teljaar = teljaarOfDay(referenceDay);
  const columns = new Set((await queryRows<{ column_name: string }>(conn, `SELECT column_name FROM duckdb_columns() WHERE schema_name = '${REGISTER_SCHEMA}' AND table_name = 'persons'`)).map((r) => r.column_name));
  return {
    personColumns: PERSON_DETAILS.filter((c) => columns.has(c)),
    referenceDay,
    windowStart: windowStartOf(referenceDay),
    teljaar,
    vsvTeljaren: recentVsvTeljaren(referenceDay, definitive),
    municipalityYear: municipalityYearFor(teljaar, municipalityTableYears()),
  };
}

/** The rank of an enrolment's programme group (1 vso, 2 pro, 3 entree, 4 mbo-2 BOL; domain `inGroup`), null for others. */
const groupRank = (a = "") => `CASE WHEN ${a}sector = 'VSO' THEN 1 WHEN ${a}sector = 'PRO' THEN 2 WHEN ${a}sector = 'MBO' AND ${a}level = '1' THEN 3
  WHEN ${a}sector = 'MBO' AND ${a}level = '2' AND ${a}leerweg = 'BOL' THEN 4 END`;
/** The rank of the vsv group: after the four programme groups (TARGET_GROUPS order). */
const VSV_RANK = TARGET_GROUPS.indexOf("vsv") + 1;
const GROUP_NAME = (rank: string) => `CASE ${rank} ${TARGET_GROUPS.map((g, i) => `WHEN ${i + 1} THEN ${sqlString(g)}`).join(" ")} END`;

/**
 * One row per person in the target group on the reference day: person_id, target_group, rank (1–5, the group's
 * place in TARGET_GROUPS), left_on (the end of the last enrolment of the group; for vsv'ers the end of their last
 * funded enrolment), municipality_code, region and region_name (the residence on the reference day; null when the
 * register has none).
 */
export function targetGroupPersonsSql(day: TargetGroupDay): string {
  const r = `DATE ${sqlString(day.referenceDay)}`;
  const active = (from: string, to: string) => `(${from} <= ${r} AND (${to} IS NULL OR ${to} >= ${r}))`;
  const vsv = day.vsvTeljaren.length === 0
    ? "SELECT NULL::VARCHAR AS person_id WHERE false"
    : `SELECT DISTINCT person_id FROM ${PERSON_RESULTS_VIEW} WHERE stage = 'definitive' AND vsv AND (${day.vsvTeljaren.map((t) => `(teljaar = ${sqlString(t)} AND in_sp${officialDefinition(t)})`).join(" OR ")})`;
  return `WITH
  grp AS (
    SELECT person_id, rank, max(end_date) AS left_on, bool_or(end_date IS NULL OR end_date > ${r}) AS running
    FROM (SELECT person_id, end_date, ${groupRank()} AS rank FROM ${REGISTER_SCHEMA}.enrolments WHERE funded AND start_date <= ${r})
    WHERE rank IS NOT NULL GROUP BY person_id, rank
  ),
  left_group AS (SELECT person_id, min(rank) AS rank, arg_min(left_on, rank) AS left_on FROM grp WHERE NOT running AND left_on >= DATE ${sqlString(day.windowStart)} GROUP BY person_id),
  vsv AS (${vsv}),
  last_funded AS (SELECT person_id, max(end_date) AS left_on FROM ${REGISTER_SCHEMA}.enrolments WHERE funded AND end_date <= ${r} GROUP BY person_id),
  candidates AS (
    SELECT person_id, rank, left_on FROM left_group
    UNION ALL
    SELECT v.person_id, ${VSV_RANK} AS rank, l.left_on FROM vsv v LEFT JOIN last_funded l USING (person_id)
    WHERE v.person_id NOT IN (SELECT person_id FROM left_group)
  ),
  edu AS (SELECT DISTINCT person_id FROM ${REGISTER_SCHEMA}.enrolments WHERE ${active("start_date", "end_date")}),
  wrk AS (SELECT person_id FROM ${REGISTER_SCHEMA}.jobs WHERE ${active("from_date", "to_date")} GROUP BY person_id HAVING sum(hours_per_week) >= ${WORK_MIN_HOURS}),
  gone AS (SELECT DISTINCT person_id FROM ${REGISTER_SCHEMA}.statuses WHERE kind IN ('DECEASED', 'EMIGRATED') AND ${active("from_date", "to_date")}),
  home AS (SELECT person_id, arg_min(municipality_code, from_date) AS municipality_code FROM ${REGISTER_SCHEMA}.residences WHERE ${active("from_date", "to_date")} GROUP BY person_id)
SELECT c.person_id, ${GROUP_NAME("c.rank")} AS target_group, c.rank, c.left_on, h.municipality_code,
  m.municipality_name, m.rmc_region AS region, m.rmc_region_name AS region_name
FROM candidates c
JOIN ${REGISTER_SCHEMA}.persons p ON p.person_id = c.person_id
LEFT JOIN home h ON h.person_id = c.person_id
LEFT JOIN reference.municipalities m ON m.year = ${day.municipalityYear} AND m.municipality_code = h.municipality_code
WHERE ${ageSql("p.birth_date", r)} < ${TARGET_AGE_LIMIT}
  AND c.person_id NOT IN (SELECT person_id FROM edu)
  AND c.person_id NOT IN (SELECT person_id FROM wrk)
  AND c.person_id NOT IN (SELECT person_id FROM gone)`;
}

/**
 * The worklist as signal rows (SIGNAL_ROW_COLUMNS), one per person with a region: the institution, programme, level
 * and leerweg of the enrolment they left (the last of their group; for vsv'ers their last funded enrolment). Every
 * region's list is the engine's: DUO sends no such list.
 */
export function targetGroupRowsSql(day: TargetGroupDay): string {
  const r = `DATE ${sqlString(day.referenceDay)}`;
  return `WITH tg AS MATERIALIZED (${targetGroupPersonsSql(day)}),
  left_enrolment AS (
    SELECT e.*, row_number() OVER (PARTITION BY e.person_id ORDER BY e.end_date DESC, e.start_date DESC, e.enrolment_id) AS nth
    FROM ${REGISTER_SCHEMA}.enrolments e JOIN tg ON tg.person_id = e.person_id
    WHERE e.funded AND e.end_date IS NOT NULL AND e.end_date <= ${r} AND (tg.rank = ${VSV_RANK} OR (${groupRank("e.")}) = tg.rank)
  )
SELECT
    ${selectList({
      person_key: "tg.person_id",
      list: "'target_group'",
      source: "'engine'",
      teljaar: sqlString(day.teljaar),
      report_month: "NULL",
      region: "tg.region",
      municipality_code: "tg.municipality_code",
      municipality_name: "tg.municipality_name",
      institution: "e.institution",
      institution_name: "i.name",
      location: "e.location",
      programme: "e.programme",
      // The register carries programme codes only.
      programme_name: "NULL",
      level: `coalesce(${duoLevelSql("e.sector", "e.level")}, e.level)`,
      leerweg: leerwegSql("e.sector", "e.leerweg"),
      birth_date: "p.birth_date",
      // Whole years on the reference day.
      age: ageSql("p.birth_date", r),
      // Names, address and contact as the register gives them (optional person columns), else empty.
      ...(Object.fromEntries(PERSON_DETAILS.map((c) => [c, day.personColumns.includes(c) ? `nullif(trim(CAST(p.${c} AS VARCHAR)), '')` : "NULL"])) as Record<PersonDetail, string>),
      listed_since: "NULL",
      deregistration_date: "tg.left_on",
      reason: "NULL",
      absence_statutory: "NULL",
      absence_non_statutory: "NULL",
      target_group: "tg.target_group",
    })}
FROM tg
JOIN ${REGISTER_SCHEMA}.persons p ON p.person_id = tg.person_id
LEFT JOIN left_enrolment e ON e.person_id = tg.person_id AND e.nth = 1
LEFT JOIN reference.institutions i ON i.institution = e.institution
WHERE tg.region IS NOT NULL`;
}

export interface TargetGroupCount {
  readonly region: string | null;
  readonly region_name: string | null;
  readonly group: TargetGroup;
  readonly n: number;
}

/** The number of young people in the target group per region (null: no known residence) and group. */
export async function targetGroupCounts(conn: DuckDBConnection, day: TargetGroupDay): Promise<TargetGroupCount[]> {
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT region, any_value(region_name) AS region_name, target_group, count(*) AS n FROM (${targetGroupPersonsSql(day)}) GROUP BY region, target_group ORDER BY region, target_group`,
  );
  return rows.map((x) => ({ region: (x.region as string) ?? null, region_name: (x.region_name as string) ?? null, group: x.target_group as TargetGroup, n: Number(x.n) }));
}
