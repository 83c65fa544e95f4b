/**
 * The rows of the exported DUO files, as SQL over the per-person results (results.person_results):
 * - NRSP / NenR: the start population of a scope (institution of the main enrolment on 1 October t, or
 *   RMC region of residence) for a stage and definition; NenR the vsv'ers among them;
 * - A04 / A14: the scope's possible vsv'ers per report month (src/engine/monthly-signals.ts).
 * Every column of DUO's layout (src/domain/duo/layout.ts, in DUO's order) gets a value expression here;
 * what the register cannot supply (names, addresses, absence reports …) is NULL, written as an empty field.
 */
import type { DuoColumn } from "../domain/duo/layout.js";
import { NENR_COLUMNS, SIGNAL_COLUMNS } from "../domain/duo/layout.js";
import type { IsoDate } from "../domain/dates.js";
import { firstPeildatum } from "../domain/teljaar.js";
import { sqlIdent, sqlString } from "./database.js";
import {
  bsnSql,
  duoDateSql,
  duoLevelNameSql,
  duoMonthSql,
  isVestigingSql,
  leerwegSql,
  municipalitySql,
  onderwijslocatieSql,
  onderwijsnummerSql,
  personKindSql,
  sexSql,
  textSql,
  vestigingSql,
} from "./duo-export-values.js";
import { type MonthlySignalsQuery, type StartPopulationQuery, monthlySignalsSql, startPopulationSql } from "./monthly-signals.js";

/** Extra columns the row tables carry besides DUO's (never written to a file). */
export const ROW_EXTRAS = ["sort_key", "person_kind"] as const;

/** The value of each DUO column, by name; a column missing here is an error, so layout and export cannot drift apart. */
type Expressions = Readonly<Record<string, string>>;

function selectList(columns: readonly DuoColumn[], exprs: Expressions): string {
  return columns
    .map((c) => {
      const e = exprs[c.duo];
      if (e === undefined) throw new Error(`duo export: no value for column ${c.duo}`);
      return `${e} AS ${sqlIdent(c.duo)}`;
    })
    .join(",\n    ");
}

const location = {
  vestiging: vestigingSql("sp.is_vestiging", textSql("sp.location")),
  onderwijslocatie: onderwijslocatieSql("sp.is_vestiging", textSql("sp.location")),
};

/**
 * The register's optional person columns as DUO writes them (persons `p`): the family name split into VOORVOEGSEL
 * (the lower-case words before it: `van den`) and ACHTERNAAM, the house number into HUISNUMMER, HUISLETTER and
 * HUISNUMMER_TOEVOEGING (`12a-2`), the postcode without its space (`1234AB`). NULL where the register has none.
 */
function personDetailSql(personColumns: readonly string[]) {
  const has = (c: string) => personColumns.includes(c);
  const col = (c: string) => (has(c) ? textSql(`nullif(trim(p.${c}), '')`) : "NULL");
  const prefix = `regexp_extract(trim(p.family_name), '^((?:[a-z'']+ )+)', 1)`;
  const house = "trim(p.house_number)";
  return {
    surname: has("family_name") ? textSql(`nullif(trim(substr(trim(p.family_name), length(${prefix}) + 1)), '')`) : "NULL",
    prefix: has("family_name") ? `nullif(trim(${prefix}), '')` : "NULL",
    givenNames: col("given_names"),
    street: col("street"),
    number: has("house_number") ? `nullif(regexp_extract(${house}, '^([0-9]+)', 1), '')` : "NULL",
    letter: has("house_number") ? `nullif(regexp_extract(${house}, '^[0-9]+([A-Za-z])', 1), '')` : "NULL",
    addition: has("house_number") ? textSql(`nullif(regexp_extract(${house}, '^[0-9]+(?:[A-Za-z][- ]?|[- ])(.+)$', 1), '')`) : "NULL",
    postcode: has("postcode") ? "nullif(replace(trim(p.postcode), ' ', ''), '')" : "NULL",
    place: col("residence"),
  };
}

/** Values of the NenR layout (NRSP is the same without EXAMEN and IND_BEKOSTIGING). */
function yearlyExpressions(personColumns: readonly string[]): Expressions {
  const d = personDetailSql(personColumns);
  return {
    BURGERSERVICENUMMER: bsnSql("sp.person_id", "sp.person_kind"),
    ONDERWIJSNUMMER: onderwijsnummerSql("sp.person_id", "sp.person_kind"),
    GEBOORTEDATUM: duoDateSql("p.birth_date"),
    GESLACHT: sexSql("sp.sex"),
    ACHTERNAAM: d.surname,
    VOORVOEGSEL: d.prefix,
    VOORNAMEN: d.givenNames,
    POSTCODE_CIJFERS: "h.postcode4",
    RMC_REGIO: "sp.region",
    RMC_REGIO_NAAM: textSql("sp.region_name"),
    GEMCODE: municipalitySql("sp.municipality_code"),
    GEMEENTENAAM: textSql("sp.municipality_name"),
    BRIN: textSql("sp.institution"),
    BRIN_VOLGNR: location.vestiging,
    BRIN_VEST_NAAM: vestigingSql("sp.is_vestiging", textSql("sp.location_name")),
    NIVEAU: duoLevelNameSql("sp.sector", "sp.level"),
    ONDERWIJSSOORT: leerwegSql("sp.sector", "sp.leerweg"),
    CREBO: textSql("sp.programme"),
    CREBO_OMSCHRIJVING: "NULL",
    EXAMEN: "NULL",
    // Every main enrolment of the start population is a funded one.
    IND_BEKOSTIGING: "'J'",
    ONDERWIJSAANBIEDER_CODE: "NULL",
    ONDERWIJSAANBIEDER_NAAM: "NULL",
    ONDERWIJSLOCATIE_CODE: location.onderwijslocatie,
    ONDERWIJSLOCATIE_STRAATNAAM: "NULL",
    ONDERWIJSLOCATIE_HUISNUMMER: "NULL",
    ONDERWIJSLOCATIE_HUISNUMMER_TOEVOEGING: "NULL",
    ONDERWIJSLOCATIE_POSTCODE: "NULL",
    ONDERWIJSLOCATIE_PLAATSNAAM: "NULL",
  };
}

function signalExpressions(personColumns: readonly string[]): Expressions {
  const d = personDetailSql(personColumns);
  return {
    BRIN_NR: textSql("sp.institution"),
    NAAM_INST: textSql("sp.institution_name"),
    RAPPORTAGEMAAND: duoMonthSql("s.listed_since"),
    PERSOONSGEBONDENNUMMER: "sp.person_id",
    ACHTERNAAM: d.surname,
    VOORVOEGSEL: d.prefix,
    ALLE_VOORNAMEN: d.givenNames,
    WOONGEMEENTE: textSql("sp.municipality_name"),
    GEBOORTEDATUM: duoDateSql("p.birth_date"),
    ONDERWIJSCODE: textSql("sp.programme"),
    ONDERWIJSNAAM: "NULL",
    LEERWEG: leerwegSql("sp.sector", "sp.leerweg"),
    DATUM_UITSCHRIJVING: duoDateSql("s.deregistration_date"),
    MELDING_VERZUIM_WETTELIJK: "NULL",
    // Why the person is on the list: no (funded) enrolment.
    REDEN: "'GEEN INSCHRIJVING'",
    BRIN: textSql("sp.institution"),
    NAAM_INSTELLING: textSql("sp.institution_name"),
    ONDERWIJSAANBIEDERCODE: "NULL",
    NAAM_ONDERWIJSAANBIEDER: "NULL",
    MELDING_VERZUIM_NIET_WETTELIJK: "NULL",
    GEMEENTECODE: municipalitySql("sp.municipality_code"),
    RMC_REGIO: "sp.region",
    REDEN_UITSTROOM: "NULL",
    LOCATIECODE: "NULL",
    ONDERWIJSLOCATIECODE: location.onderwijslocatie,
    POSTCODE_ONDERWIJSLOCATIE: "NULL",
    HUISNUMMER_ONDERWIJSLOCATIE: "NULL",
    BRIN_VOLGNUMMER: location.vestiging,
    NIVEAU: duoLevelNameSql("sp.sector", "sp.level"),
    INSCHRIJVINGSVOLGNUMMER: textSql("sp.enrolment_id"),
    STRAAT: d.street,
    HUISNUMMER: d.number,
    HUISLETTER: d.letter,
    HUISNUMMER_TOEVOEGING: d.addition,
    HUISNUMMER_AANDUIDING: "NULL",
    ADRES_LOCATIE: "NULL",
    POSTCODE: d.postcode,
    WOONPLAATS: d.place,
    VANAF_WANNEER: duoMonthSql("s.listed_since"),
  };
}

/** The scope's start population with what several columns derive from: the kind of person key, and whether the location is a vestiging. */
const scoped = (q: StartPopulationQuery) =>
  `SELECT *, ${personKindSql("person_id")} AS person_kind, ${isVestigingSql("institution", "location")} AS is_vestiging FROM (${startPopulationSql(q)})`;

export interface YearlyRowsQuery extends StartPopulationQuery {
  /** The stage's cut-off: the residence (for POSTCODE_CIJFERS) is taken as known then, as the engine takes the municipality. */
  readonly cutoff: IsoDate;
  /** The register's optional person columns present (names, address: docs/register-format.md); none: left empty. */
  readonly personColumns?: readonly string[];
}

/**
 * One row per member of the scope's start population, in the NenR layout (DUO's column names),
 * plus `vsv` (NenR rows), `person_kind` and `sort_key`.
 */
export function yearlyRowsSql(q: YearlyRowsQuery): string {
  const p1 = `DATE ${sqlString(firstPeildatum(q.teljaar))}`;
  return `
WITH
sp AS MATERIALIZED (${scoped(q)}),
home AS (
  SELECT person_id, arg_max(postcode4, from_date) AS postcode4
  FROM register.residences SEMI JOIN sp USING (person_id)
  WHERE (recorded_on IS NULL OR recorded_on <= DATE ${sqlString(q.cutoff)})
    AND from_date <= ${p1} AND (to_date IS NULL OR to_date >= ${p1})
  GROUP BY person_id
)
SELECT
    ${selectList(NENR_COLUMNS, yearlyExpressions(q.personColumns ?? []))},
    sp.vsv AS vsv, sp.person_kind AS person_kind, sp.person_id AS sort_key
FROM sp
JOIN register.persons p ON p.person_id = sp.person_id
LEFT JOIN home h ON h.person_id = sp.person_id`;
}

/**
 * One row per person and covered report month on the scope's monthly list, in the A04/A14 layout,
 * plus `month_index`, `person_kind` and `sort_key`.
 */
export function signalRowsSql(q: MonthlySignalsQuery, personColumns: readonly string[] = []): string {
  return `
WITH
sp AS MATERIALIZED (${scoped(q)}),
s AS (${monthlySignalsSql(q, "sp")})
SELECT
    ${selectList(SIGNAL_COLUMNS, signalExpressions(personColumns))},
    s.month_index AS month_index, sp.person_kind AS person_kind, sp.person_id AS sort_key
FROM s
JOIN sp ON sp.person_id = s.person_id
JOIN register.persons p ON p.person_id = s.person_id`;
}
