/**
 * The vsv definition as one set-based SQL statement over the whole register, for one teljaar and
 * one or more stages at once (each fact table is read once; per stage only the facts recorded by its
 * cut-off count). Rule for rule the same as src/domain/vsv-rules.ts (the reference implementation);
 * test/support/judge.ts and test/engine/engine-properties.test.ts check that both agree person by person.
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

export interface StageCutoff {
  readonly stage: string;
  readonly cutoff: IsoDate;
}

export interface ComputeSqlInput {
  readonly teljaar: string;
  readonly stages: readonly StageCutoff[];
  readonly p1: IsoDate;
  readonly p2: IsoDate;
  readonly lateSkLastDay: IsoDate;
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

/**
 * A SELECT producing, per stage, one row per member of the widest start population with its result
 * and attribution (column `stage` tells which).
 */
export function computeSql(i: ComputeSqlInput): string {
  if (i.stages.length === 0) throw new Error("computeSql needs at least one stage");
  const latest = i.stages.map((s) => s.cutoff).reduce((a, b) => (a > b ? a : b));
  /** Facts recorded by the latest cut-off: the rest is never needed. */
  const anyKnown = `(recorded_on IS NULL OR recorded_on <= ${date(latest)})`;
  const known = (c: IsoDate) => `(recorded_on IS NULL OR recorded_on <= ${date(c)})`;
  const activeOn = (from: string, to: string, d: IsoDate) => `(${from} <= ${date(d)} AND (${to} IS NULL OR ${to} >= ${date(d)}))`;
  const sk = list(SK_DIPLOMA_LEVELS);
  const widest = Math.max(...DEFINITIONS);
  const p1 = date(i.p1);
  const p2 = date(i.p2);
  const k = i.stages.map((s, n) => ({ ...s, n, known: known(s.cutoff) }));
  const per = (make: (st: (typeof k)[number]) => string) => k.map(make).join(",\n    ");
  const mainKey = `(${rankCase("sector", SECTOR_RANK)}, ${rankCase("level", LEVEL_RANK)}, start_date, enrolment_id)`;
  const perStage = k.map((st) => {
    const n = st.n;
    const leaver = `(NOT coalesce(enrolled_${n}, false) AND (first_sk_${n} IS NULL OR first_sk_${n} > ${p2}))`;
    return `
  SELECT ${sqlString(i.teljaar)} AS teljaar, ${sqlString(st.stage)} AS stage, person_id,
    birth_date > ${date(bornAfterForYoungerThan(23, i.p1))} AS in_sp23,
    TRUE AS in_sp27,
    ${leaver} AND exclusion IS NULL AS vsv,
    exclusion,
    m.enrolment_id, m.institution, m.location, m.programme, m.sector, m.level, m.grade, m.leerweg,
    municipality_code, age, sex
  FROM (
    SELECT person_id, birth_date, sex, age, m_${n} AS m, municipality_${n} AS municipality_code,
      enrolled_${n}, first_sk_${n},
      CASE WHEN NOT ${leaver} THEN NULL
        WHEN coalesce(unfunded_${n}, false) THEN 'UNFUNDED'
        WHEN coalesce(mbo1_${n}, false) AND coalesce(hours_${n}, 0) >= ${MBO1_JOB_MIN_HOURS} THEN 'MBO1_JOB'
        WHEN coalesce(exemption_${n}, false) THEN 'EXEMPTION'
        WHEN coalesce(newcomer_${n}, false) THEN 'NEWCOMER'
        WHEN first_sk_after_${n} <= ${date(i.lateSkLastDay)} THEN 'LATE_SK'
        WHEN coalesce(defence_police_${n}, false) THEN 'DEFENCE_POLICE'
        WHEN coalesce(gone_${n}, false) THEN 'DECEASED_EMIGRATED'
      END AS exclusion
    FROM base
    WHERE m_${n} IS NOT NULL AND (first_sk_${n} IS NULL OR first_sk_${n} > ${p1})
  )`;
  });
  return `
WITH
main AS (
  SELECT person_id,
    ${per((st) => `arg_min(struct_pack(enrolment_id, institution, location, programme, sector, level, grade, leerweg), ${mainKey}) FILTER (WHERE ${st.known}) AS m_${st.n}`)}
  FROM register.enrolments
  WHERE ${anyKnown} AND funded AND sector IN (${list(START_POPULATION_SECTORS)}) AND ${activeOn("start_date", "end_date", i.p1)}
  GROUP BY person_id
),
cand AS MATERIALIZED (
  SELECT main.*, p.birth_date, p.sex,
    CAST(year(${p1}) - year(p.birth_date) - CASE WHEN strftime(p.birth_date, '%m-%d') > ${sqlString(i.p1.slice(5))} THEN 1 ELSE 0 END AS INTEGER) AS age
  FROM main JOIN register.persons p USING (person_id)
  WHERE p.birth_date > ${date(bornAfterForYoungerThan(widest, i.p1))}
),
dipl AS (
  SELECT person_id,
    ${per((st) => `min(date) FILTER (WHERE ${st.known} AND level IN (${sk})) AS first_sk_${st.n},
    min(date) FILTER (WHERE ${st.known} AND level IN (${sk}) AND date > ${p2}) AS first_sk_after_${st.n},
    bool_or(${st.known} AND level = 'MBO-1' AND date <= ${p2}) AS mbo1_${st.n}`)}
  FROM register.diplomas SEMI JOIN cand USING (person_id) WHERE ${anyKnown} GROUP BY person_id
),
at_end AS (
  SELECT person_id,
    ${per((st) => `bool_or(${st.known} AND funded) AS enrolled_${st.n}, bool_or(${st.known} AND NOT funded) AS unfunded_${st.n}`)}
  FROM register.enrolments SEMI JOIN cand USING (person_id)
  WHERE ${anyKnown} AND ${activeOn("start_date", "end_date", i.p2)} GROUP BY person_id
),
stat AS (
  SELECT person_id,
    ${per((st) => `bool_or(${st.known} AND kind = 'EXEMPTION' AND ${activeOn("from_date", "to_date", i.p2)}) AS exemption_${st.n},
    bool_or(${st.known} AND kind = 'NEWCOMER' AND from_date <= ${p2} AND (to_date IS NULL OR to_date >= ${p1})) AS newcomer_${st.n},
    bool_or(${st.known} AND kind = 'DEFENCE_POLICE' AND ${activeOn("from_date", "to_date", i.p2)}) AS defence_police_${st.n},
    bool_or(${st.known} AND kind IN ('DECEASED', 'EMIGRATED') AND from_date > ${p1} AND from_date <= ${p2}) AS gone_${st.n}`)}
  FROM register.statuses WHERE ${anyKnown} GROUP BY person_id
),
work AS (
  SELECT person_id, ${per((st) => `sum(hours_per_week) FILTER (WHERE ${st.known}) AS hours_${st.n}`)}
  FROM register.jobs WHERE ${anyKnown} AND ${activeOn("from_date", "to_date", i.p2)} GROUP BY person_id
),
home AS (
  SELECT person_id, ${per((st) => `arg_max(municipality_code, from_date) FILTER (WHERE ${st.known}) AS municipality_${st.n}`)}
  FROM register.residences SEMI JOIN cand USING (person_id)
  WHERE ${anyKnown} AND ${activeOn("from_date", "to_date", i.p1)} GROUP BY person_id
),
base AS MATERIALIZED (
  SELECT * FROM cand
  LEFT JOIN dipl USING (person_id) LEFT JOIN at_end USING (person_id) LEFT JOIN stat USING (person_id)
  LEFT JOIN work USING (person_id) LEFT JOIN home USING (person_id)
)
${perStage.join("\nUNION ALL")}
`;
}
