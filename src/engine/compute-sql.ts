/**
 * The vsv definition as one set-based SQL statement over the whole register, for one teljaar and
 * one stage. Rule for rule the same as src/domain/vsv-rules.ts (the reference implementation);
 * test/engine/engine-matches-rules.test.ts checks that both agree person by person.
 *
 * Regions, names and derived groups are added at read time by the view results.person_results.
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
  const e = `(SELECT * FROM register.enrolments WHERE ${known})`;
  const d = `(SELECT * FROM register.diplomas WHERE ${known})`;
  const s = `(SELECT * FROM register.statuses WHERE ${known})`;
  const j = `(SELECT * FROM register.jobs WHERE ${known})`;
  const r = `(SELECT * FROM register.residences WHERE ${known})`;
  // Facts are filtered inline in each subquery (not as shared CTEs), so DuckDB pushes the filters
  // into the scans instead of materialising whole tables. Each fact table is read once and reduced
  // to one row per person with the flags the rules need.
  const p1 = date(i.p1);
  const p2 = date(i.p2);
  return `
WITH
main AS (
  SELECT person_id,
    arg_min(struct_pack(enrolment_id, institution, location, programme, sector, level, grade, leerweg),
            (${rankCase("sector", SECTOR_RANK)}, ${rankCase("level", LEVEL_RANK)}, start_date, enrolment_id)) AS m
  FROM ${e}
  WHERE funded AND sector IN (${list(START_POPULATION_SECTORS)}) AND ${activeOn("start_date", "end_date", i.p1)}
  GROUP BY person_id
),
dipl AS (
  SELECT person_id,
    min(date) FILTER (WHERE level IN (${sk})) AS first_sk,
    min(date) FILTER (WHERE level IN (${sk}) AND date > ${p2}) AS first_sk_after,
    bool_or(level = 'MBO-1' AND date <= ${p2}) AS mbo1
  FROM ${d} GROUP BY person_id
),
sp AS (
  SELECT main.person_id, main.m, p.birth_date, p.sex,
    p.birth_date > ${date(bornAfterForYoungerThan(23, i.p1))} AS in_sp23,
    p.birth_date > ${date(bornAfterForYoungerThan(27, i.p1))} AS in_sp27,
    dipl.first_sk, dipl.first_sk_after, dipl.mbo1
  FROM main JOIN register.persons p USING (person_id) LEFT JOIN dipl USING (person_id)
  WHERE p.birth_date > ${date(bornAfterForYoungerThan(widest, i.p1))}
    AND (dipl.first_sk IS NULL OR dipl.first_sk > ${p1})
),
at_end AS (
  SELECT person_id, bool_or(funded) AS enrolled, bool_or(NOT funded) AS unfunded
  FROM ${e} WHERE ${activeOn("start_date", "end_date", i.p2)} GROUP BY person_id
),
stat AS (
  SELECT person_id,
    bool_or(kind = 'EXEMPTION' AND ${activeOn("from_date", "to_date", i.p2)}) AS exemption,
    bool_or(kind = 'NEWCOMER' AND from_date <= ${p2} AND (to_date IS NULL OR to_date >= ${p1})) AS newcomer,
    bool_or(kind = 'DEFENCE_POLICE' AND ${activeOn("from_date", "to_date", i.p2)}) AS defence_police,
    bool_or(kind IN ('DECEASED', 'EMIGRATED') AND from_date > ${p1} AND from_date <= ${p2}) AS gone
  FROM ${s} GROUP BY person_id
),
work AS (
  SELECT person_id, sum(hours_per_week) AS hours FROM ${j} WHERE ${activeOn("from_date", "to_date", i.p2)} GROUP BY person_id
),
home AS (
  SELECT person_id, arg_max(municipality_code, from_date) AS municipality_code
  FROM ${r} WHERE ${activeOn("from_date", "to_date", i.p1)}
  GROUP BY person_id
)
SELECT
  ${sqlString(i.teljaar)} AS teljaar,
  ${sqlString(i.stage)} AS stage,
  sp.person_id,
  sp.in_sp23,
  sp.in_sp27,
  leaver AND exclusion IS NULL AS vsv,
  exclusion,
  m.enrolment_id, m.institution, m.location, m.programme, m.sector, m.level, m.grade, m.leerweg,
  municipality_code,
  CAST(year(${p1}) - year(birth_date) - CASE WHEN strftime(birth_date, '%m-%d') > ${sqlString(i.p1.slice(5))} THEN 1 ELSE 0 END AS INTEGER) AS age,
  sex
FROM (
  SELECT sp.*, home.municipality_code,
    NOT coalesce(at_end.enrolled, false) AND (sp.first_sk IS NULL OR sp.first_sk > ${p2}) AS leaver,
    CASE WHEN NOT leaver THEN NULL
      WHEN coalesce(at_end.unfunded, false) THEN 'UNFUNDED'
      WHEN coalesce(sp.mbo1, false) AND coalesce(work.hours, 0) >= ${MBO1_JOB_MIN_HOURS} THEN 'MBO1_JOB'
      WHEN coalesce(stat.exemption, false) THEN 'EXEMPTION'
      WHEN coalesce(stat.newcomer, false) THEN 'NEWCOMER'
      WHEN sp.first_sk_after <= ${date(i.lateSkLastDay)} THEN 'LATE_SK'
      WHEN coalesce(stat.defence_police, false) THEN 'DEFENCE_POLICE'
      WHEN coalesce(stat.gone, false) THEN 'DECEASED_EMIGRATED'
    END AS exclusion
  FROM sp
  LEFT JOIN at_end USING (person_id) LEFT JOIN stat USING (person_id) LEFT JOIN work USING (person_id) LEFT JOIN home USING (person_id)
) sp
`;
}
