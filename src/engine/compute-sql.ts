/**
 * The vsv definition as one set-based SQL statement over the whole register, for one teljaar and
 * one or more stages at once (each fact table is read once; per stage only the facts recorded by its
 * cut-off count). Rule for rule the same as src/domain/vsv-rules.ts (the reference implementation);
 * test/support/judge.ts and test/engine/engine-properties.test.ts check that both agree person by person.
 *
 * The statement gives one row per person and main enrolment, with what does not depend on the stage
 * once (the enrolment's attribution, age, sex, in_sp23) and per stage n (the index in `stages`) the
 * columns in_n (the person is in that stage's start population with this main enrolment), vsv_n,
 * exclusion_n and municipality_n. Almost always one main enrolment serves every stage, so the stages
 * share a row; a person whose main enrolment differs between stages (a later-recorded enrolment) has
 * one row per main enrolment. results-tables.ts turns these rows into the per-stage rows readers see.
 *
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

/** The columns of computeSql's rows that every stage shares, with their types, in order. */
export const SHARED_COLUMNS = [
  ["person_id", "VARCHAR"], ["in_sp23", "BOOLEAN"], ["enrolment_id", "VARCHAR"], ["institution", "VARCHAR"], ["location", "VARCHAR"],
  ["programme", "VARCHAR"], ["sector", "VARCHAR"], ["level", "VARCHAR"], ["grade", "INTEGER"], ["leerweg", "VARCHAR"], ["age", "INTEGER"], ["sex", "VARCHAR"],
] as const;

/** The columns of computeSql's rows for stage n (its index in the input's stages). */
export function stageColumns(n: number): { inPopulation: string; vsv: string; exclusion: string; municipality: string } {
  return { inPopulation: `in_${n}`, vsv: `vsv_${n}`, exclusion: `exclusion_${n}`, municipality: `municipality_${n}` };
}

/** Every column of computeSql's rows for `stages` stages, with its type, in order. */
export function computeColumns(stages: number): ReadonlyArray<readonly [string, string]> {
  const perStage = Array.from({ length: stages }, (_, n) => {
    const c = stageColumns(n);
    return [[c.inPopulation, "BOOLEAN"], [c.vsv, "BOOLEAN"], [c.exclusion, "VARCHAR"], [c.municipality, "VARCHAR"]] as const;
  });
  return [...SHARED_COLUMNS, ...perStage.flat()];
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
 * A SELECT giving one row per member of the widest start population of any of the stages and main
 * enrolment (see the module comment for its columns).
 */
export function computeSql(i: ComputeSqlInput): string {
  if (i.stages.length === 0) throw new Error("computeSql needs at least one stage");
  const latest = i.stages.map((s) => s.cutoff).reduce((a, b) => (a > b ? a : b));
  /** Facts recorded by the latest cut-off: the rest is never needed. */
  const anyKnown = `(recorded_on IS NULL OR recorded_on <= ${date(latest)})`;
  /** Recorded by the cut-off; every fact read is recorded by the latest one, so that test is TRUE. */
  const known = (c: IsoDate) => (c === latest ? "TRUE" : `(recorded_on IS NULL OR recorded_on <= ${date(c)})`);
  const activeOn = (from: string, to: string, d: IsoDate) => `(${from} <= ${date(d)} AND (${to} IS NULL OR ${to} >= ${date(d)}))`;
  const sk = list(SK_DIPLOMA_LEVELS);
  const widest = Math.max(...DEFINITIONS);
  const p1 = date(i.p1);
  const p2 = date(i.p2);
  const k = i.stages.map((s, n) => ({ ...s, n, known: known(s.cutoff) }));
  const per = (make: (st: (typeof k)[number]) => string, sep = ",\n    ") => k.map(make).join(sep);
  const mainOrder = `${rankCase("sector", SECTOR_RANK)}, ${rankCase("level", LEVEL_RANK)}, start_date, enrolment_id`;
  const leaver = (n: number) => `(NOT coalesce(enrolled_${n}, false) AND (first_sk_${n} IS NULL OR first_sk_${n} > ${p2}))`;
  const exclusion = (n: number) => `CASE WHEN NOT ${leaver(n)} THEN NULL
        WHEN coalesce(unfunded_${n}, false) THEN 'UNFUNDED'
        WHEN coalesce(mbo1_${n}, false) AND coalesce(hours_${n}, 0) >= ${MBO1_JOB_MIN_HOURS} THEN 'MBO1_JOB'
        WHEN coalesce(exemption_${n}, false) THEN 'EXEMPTION'
        WHEN coalesce(newcomer_${n}, false) THEN 'NEWCOMER'
        WHEN first_sk_after_${n} <= ${date(i.lateSkLastDay)} THEN 'LATE_SK'
        WHEN coalesce(defence_police_${n}, false) THEN 'DEFENCE_POLICE'
        WHEN coalesce(gone_${n}, false) THEN 'DECEASED_EMIGRATED'
      END`;
  const inPopulation = (n: number) => `(main_${n} AND (first_sk_${n} IS NULL OR first_sk_${n} > ${p1}))`;

  // The main enrolment per stage: the first in the order of the definition among the candidate enrolments
  // recorded by the stage's cut-off. A window ranks a person's candidates once for every stage (an aggregate
  // picking a whole row by a composite key per stage is several times slower in DuckDB).
  return `
WITH
ranked AS (
  SELECT person_id, enrolment_id, institution, location, programme, sector, level, grade, leerweg,
    ${per((st) => (st.known === "TRUE" ? `row_number() OVER w = 1 AS main_${st.n}` : `${st.known} AND count(*) FILTER (WHERE ${st.known}) OVER w = 1 AS main_${st.n}`))}
  FROM register.enrolments
  WHERE ${anyKnown} AND funded AND sector IN (${list(START_POPULATION_SECTORS)}) AND ${activeOn("start_date", "end_date", i.p1)}
  WINDOW w AS (PARTITION BY person_id ORDER BY ${mainOrder} ROWS UNBOUNDED PRECEDING)
  QUALIFY ${per((st) => `main_${st.n}`, " OR ")}
),
cand AS MATERIALIZED (
  SELECT ranked.*, p.birth_date, p.sex,
    CAST(year(${p1}) - year(p.birth_date) - CASE WHEN strftime(p.birth_date, '%m-%d') > ${sqlString(i.p1.slice(5))} THEN 1 ELSE 0 END AS INTEGER) AS age
  FROM ranked JOIN register.persons p USING (person_id)
  WHERE p.birth_date > ${date(bornAfterForYoungerThan(widest, i.p1))}
),
dipl AS (
  SELECT person_id,
    ${per((st) => `min(date) FILTER (WHERE ${st.known} AND level IN (${sk})) AS first_sk_${st.n},
    min(date) FILTER (WHERE ${st.known} AND level IN (${sk}) AND date > ${p2}) AS first_sk_after_${st.n},
    bool_or(${st.known} AND level = 'MBO-1' AND date <= ${p2}) AS mbo1_${st.n}`)}
  FROM register.diplomas
  WHERE ${anyKnown} AND level IN (${sk}, 'MBO-1') AND person_id IN (SELECT person_id FROM cand) GROUP BY person_id
),
at_end AS (
  SELECT person_id,
    ${per((st) => `bool_or(${st.known} AND funded) AS enrolled_${st.n}, bool_or(${st.known} AND NOT funded) AS unfunded_${st.n}`)}
  FROM register.enrolments
  WHERE ${anyKnown} AND ${activeOn("start_date", "end_date", i.p2)} AND person_id IN (SELECT person_id FROM cand) GROUP BY person_id
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
  FROM register.jobs
  WHERE ${anyKnown} AND ${activeOn("from_date", "to_date", i.p2)} AND person_id IN (SELECT person_id FROM cand) GROUP BY person_id
),
home AS (
  SELECT person_id, ${per((st) => `arg_max(municipality_code, from_date) FILTER (WHERE ${st.known}) AS municipality_${st.n}`)}
  FROM register.residences
  WHERE ${anyKnown} AND ${activeOn("from_date", "to_date", i.p1)} AND person_id IN (SELECT person_id FROM cand) GROUP BY person_id
)
SELECT person_id, in_sp23, enrolment_id, institution, location, programme, sector, level, grade, leerweg, age, sex,
  ${per((st) => `in_${st.n}, leaver_${st.n} AND exclusion_${st.n} IS NULL AS vsv_${st.n}, exclusion_${st.n}, municipality_${st.n}`, ",\n  ")}
FROM (
  SELECT person_id, birth_date > ${date(bornAfterForYoungerThan(23, i.p1))} AS in_sp23,
    enrolment_id, institution, location, programme, sector, level, grade, leerweg, age, sex,
    ${per((st) => `${inPopulation(st.n)} AS in_${st.n}, ${leaver(st.n)} AS leaver_${st.n}, ${exclusion(st.n)} AS exclusion_${st.n}, municipality_${st.n}`)}
  FROM cand
    LEFT JOIN dipl USING (person_id) LEFT JOIN at_end USING (person_id) LEFT JOIN stat USING (person_id)
    LEFT JOIN work USING (person_id) LEFT JOIN home USING (person_id)
  WHERE ${per((st) => inPopulation(st.n), " OR ")}
)
`;
}
