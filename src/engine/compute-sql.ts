/**
 * The vsv definition as one set-based SQL statement over the whole register, for one teljaar and
 * one stage. Rule for rule the same as src/domain/vsv-rules.ts (the reference implementation);
 * test/engine/engine-matches-rules.test.ts checks that both agree person by person.
 *
 * The start population is computed for the widest age limit (27); the 23 population is the subset
 * `in_sp23`. Main enrolment, the vsv'er test and the exclusions do not depend on the age limit.
 */
import { type IsoDate, isoDate, yearOf } from "../domain/dates.js";
import { DEFINITIONS } from "../domain/definition.js";
import { LEVEL_RANK, SECTOR_RANK, SK_DIPLOMA_LEVELS, START_POPULATION_SECTORS } from "../domain/education.js";
import { MBO1_JOB_MIN_HOURS } from "../domain/exclusions.js";
import { sqlString } from "./database.js";

export interface ComputeSqlInput {
  readonly teljaar: string;
  readonly stage: string;
  readonly p1: IsoDate;
  readonly p2: IsoDate;
  readonly lateSkLastDay: IsoDate;
  readonly cutoff: IsoDate;
  /** Year of the municipality reference table to attribute regions with. */
  readonly municipalityYear: number;
}

const list = (values: readonly string[]) => values.map(sqlString).join(", ");
const date = (d: IsoDate) => `DATE ${sqlString(d)}`;

/** Younger than `years` on the peildatum `p` (a 1 October) ⇔ born after this date. */
export function bornAfterForYoungerThan(years: number, p: IsoDate): IsoDate {
  return isoDate(yearOf(p) - years, Number(p.slice(5, 7)), Number(p.slice(8, 10)));
}

function rankCase(column: string, ranks: Readonly<Record<string, number | undefined>>): string {
  const whens = Object.entries(ranks).map(([k, v]) => `WHEN ${sqlString(k)} THEN ${v}`).join(" ");
  return `CASE ${column} ${whens} ELSE 9 END`;
}

/** A SELECT producing one row per member of the widest start population, with result and attribution. */
export function computeSql(i: ComputeSqlInput): string {
  const known = `(recorded_on IS NULL OR recorded_on <= ${date(i.cutoff)})`;
  const activeOn = (from: string, to: string, d: IsoDate) => `(${from} <= ${date(d)} AND (${to} IS NULL OR ${to} >= ${date(d)}))`;
  const sk = list(SK_DIPLOMA_LEVELS);
  const widest = Math.max(...DEFINITIONS);
  return `
WITH
e AS (SELECT * FROM register.enrolments WHERE ${known}),
d AS (SELECT * FROM register.diplomas WHERE ${known}),
s AS (SELECT * FROM register.statuses WHERE ${known}),
j AS (SELECT * FROM register.jobs WHERE ${known}),
r AS (SELECT * FROM register.residences WHERE ${known}),
main AS (
  SELECT person_id, enrolment_id, institution, location, programme, sector, level, grade, leerweg
  FROM e
  WHERE funded AND sector IN (${list(START_POPULATION_SECTORS)}) AND ${activeOn("start_date", "end_date", i.p1)}
  QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY ${rankCase("sector", SECTOR_RANK)}, ${rankCase("level", LEVEL_RANK)}, start_date, enrolment_id) = 1
),
sk_at_start AS (SELECT DISTINCT person_id FROM d WHERE level IN (${sk}) AND date <= ${date(i.p1)}),
sp AS (
  SELECT m.*, p.birth_date, p.sex,
    p.birth_date > ${date(bornAfterForYoungerThan(23, i.p1))} AS in_sp23,
    p.birth_date > ${date(bornAfterForYoungerThan(27, i.p1))} AS in_sp27
  FROM main m JOIN register.persons p USING (person_id)
  WHERE p.birth_date > ${date(bornAfterForYoungerThan(widest, i.p1))}
    AND m.person_id NOT IN (SELECT person_id FROM sk_at_start)
),
enrolled_at_end AS (SELECT DISTINCT person_id FROM e WHERE funded AND ${activeOn("start_date", "end_date", i.p2)}),
sk_at_end AS (SELECT DISTINCT person_id FROM d WHERE level IN (${sk}) AND date <= ${date(i.p2)}),
leavers AS (
  SELECT person_id FROM sp
  WHERE person_id NOT IN (SELECT person_id FROM enrolled_at_end) AND person_id NOT IN (SELECT person_id FROM sk_at_end)
),
x_unfunded AS (SELECT DISTINCT person_id FROM e WHERE NOT funded AND ${activeOn("start_date", "end_date", i.p2)}),
x_mbo1 AS (SELECT DISTINCT person_id FROM d WHERE level = 'MBO-1' AND date <= ${date(i.p2)}),
x_hours AS (SELECT person_id, sum(hours_per_week) AS hours FROM j WHERE ${activeOn("from_date", "to_date", i.p2)} GROUP BY person_id),
x_exemption AS (SELECT DISTINCT person_id FROM s WHERE kind = 'EXEMPTION' AND ${activeOn("from_date", "to_date", i.p2)}),
x_newcomer AS (SELECT DISTINCT person_id FROM s WHERE kind = 'NEWCOMER' AND from_date <= ${date(i.p2)} AND (to_date IS NULL OR to_date >= ${date(i.p1)})),
x_late_sk AS (SELECT DISTINCT person_id FROM d WHERE level IN (${sk}) AND date > ${date(i.p2)} AND date <= ${date(i.lateSkLastDay)}),
x_defence AS (SELECT DISTINCT person_id FROM s WHERE kind = 'DEFENCE_POLICE' AND ${activeOn("from_date", "to_date", i.p2)}),
x_gone AS (SELECT DISTINCT person_id FROM s WHERE kind IN ('DECEASED', 'EMIGRATED') AND from_date > ${date(i.p1)} AND from_date <= ${date(i.p2)}),
judged AS (
  SELECT l.person_id,
    CASE
      WHEN l.person_id IN (SELECT person_id FROM x_unfunded) THEN 'UNFUNDED'
      WHEN l.person_id IN (SELECT person_id FROM x_mbo1) AND coalesce(h.hours, 0) >= ${MBO1_JOB_MIN_HOURS} THEN 'MBO1_JOB'
      WHEN l.person_id IN (SELECT person_id FROM x_exemption) THEN 'EXEMPTION'
      WHEN l.person_id IN (SELECT person_id FROM x_newcomer) THEN 'NEWCOMER'
      WHEN l.person_id IN (SELECT person_id FROM x_late_sk) THEN 'LATE_SK'
      WHEN l.person_id IN (SELECT person_id FROM x_defence) THEN 'DEFENCE_POLICE'
      WHEN l.person_id IN (SELECT person_id FROM x_gone) THEN 'DECEASED_EMIGRATED'
    END AS exclusion
  FROM leavers l LEFT JOIN x_hours h USING (person_id)
),
home AS (
  SELECT person_id, arg_max(municipality_code, from_date) AS municipality_code
  FROM r WHERE ${activeOn("from_date", "to_date", i.p1)} AND person_id IN (SELECT person_id FROM sp)
  GROUP BY person_id
)
SELECT
  ${sqlString(i.teljaar)} AS teljaar,
  ${sqlString(i.stage)} AS stage,
  sp.person_id,
  sp.in_sp23,
  sp.in_sp27,
  (jd.person_id IS NOT NULL AND jd.exclusion IS NULL) AS vsv,
  jd.exclusion,
  sp.enrolment_id, sp.institution, sp.location, sp.programme, sp.sector, sp.level, sp.grade, sp.leerweg,
  CASE sp.sector WHEN 'MBO' THEN 'MBO-' || sp.level WHEN 'VAVO' THEN 'VAVO' ELSE sp.level END AS education_type,
  CASE sp.sector WHEN 'VO' THEN 'vo' ELSE 'mbo' END AS vo_mbo,
  h.municipality_code,
  m.municipality_name,
  m.rmc_region AS region,
  m.rmc_region_name AS region_name,
  m.labour_market_region,
  m.labour_market_region_name,
  CAST(year(${date(i.p1)}) - year(sp.birth_date) - CASE WHEN strftime(sp.birth_date, '%m-%d') > ${sqlString(i.p1.slice(5))} THEN 1 ELSE 0 END AS INTEGER) AS age,
  sp.sex
FROM sp
LEFT JOIN judged jd USING (person_id)
LEFT JOIN home h USING (person_id)
LEFT JOIN reference.municipalities m ON m.year = ${i.municipalityYear} AND m.municipality_code = h.municipality_code
`;
}

/** Age group of the breakdowns: under 18, 18-22, 23-26. */
export const AGE_GROUP_SQL = "CASE WHEN age < 18 THEN '0-17' WHEN age < 23 THEN '18-22' ELSE '23-26' END";
