/**
 * The layout of each DUO file kind: its columns in DUO's order (the export writes them so) and,
 * per column, where the import stores it and how its text is read. One source for import,
 * export and tests (duo-formats.md). Columns are matched by name, a leading `#` ignored, and
 * extra columns are accepted; a required column that is missing rejects the file.
 */
import type { DuoKind } from "./file-name.js";

/** How a column's text is read (docs/duo-import.md). */
export type ValueType =
  /** trimmed; empty is unknown (NULL) */
  | "text"
  /** BSN or onderwijsnummer: digits, left-padded to 9; `0` and empty are unknown */
  | "person-id"
  /** `DD-MM-YYYY`, or `YYYYMMDD` in older files, detected per file */
  | "date"
  /** `YYYYMM` → `YYYY-MM` */
  | "month"
  /** CBS code without leading zeros (`488`) → `0488` */
  | "municipality"
  /** `REGIO 28` or `28` → `28` */
  | "region"
  /** `129.0` → `129` */
  | "number-text"
  /** `J`/`N` → true/false */
  | "flag"
  /** `M`/`V` */
  | "sex"
  /** NIVEAU: normalised through the level table (levels.ts); the raw text is kept too */
  | "level"
  /** leerweg/ONDERWIJSSOORT: normalised (leerweg.ts); the raw text is kept too */
  | "leerweg";

export interface DuoColumn {
  /** The column name as DUO writes it, without a leading `#`. */
  readonly duo: string;
  /** The column of the store table that holds it. */
  readonly column: string;
  readonly type: ValueType;
  /** A missing required column rejects the file; a missing optional one is stored as unknown. */
  readonly required: boolean;
  /**
   * False for columns the store does not keep (data minimisation): the names and addresses of
   * every student in the start population (NRSP, A05) and the school's street address. They are
   * read past, never stored; the files that name the young people officers must contact (A04, A14,
   * NenR) keep theirs. See docs/duo-import.md, "What is stored".
   */
  readonly stored: boolean;
}

function col(duo: string, column: string, type: ValueType, required = false): DuoColumn {
  return { duo, column, type, required, stored: true };
}

/** The same column, not stored (data minimisation). */
function minimised(c: DuoColumn): DuoColumn {
  return { ...c, stored: false };
}

/** The columns the store keeps of a layout, in DUO's order. */
export function storedLayout(columns: readonly DuoColumn[]): DuoColumn[] {
  return columns.filter((c) => c.stored);
}

const NAMES = [col("ACHTERNAAM", "surname", "text"), col("VOORVOEGSEL", "name_prefix", "text")];

/** NRSP's and NenR's shared columns, every one stored. */
const YEARLY_COLUMNS: readonly DuoColumn[] = [
  col("BURGERSERVICENUMMER", "bsn", "person-id", true),
  col("ONDERWIJSNUMMER", "onderwijsnummer", "person-id", true),
  col("GEBOORTEDATUM", "birth_date", "date", true),
  col("GESLACHT", "sex", "sex"),
  ...NAMES,
  col("VOORNAMEN", "first_names", "text"),
  col("POSTCODE_CIJFERS", "postcode_digits", "text"),
  col("RMC_REGIO", "rmc_region", "region", true),
  col("RMC_REGIO_NAAM", "rmc_region_name", "text"),
  col("GEMCODE", "municipality_code", "municipality", true),
  col("GEMEENTENAAM", "municipality_name", "text"),
  col("BRIN", "brin", "text", true),
  col("BRIN_VOLGNR", "brin_volgnr", "text"),
  col("BRIN_VEST_NAAM", "brin_vest_name", "text"),
  col("NIVEAU", "level", "level", true),
  col("ONDERWIJSSOORT", "leerweg", "leerweg", true),
  col("CREBO", "crebo", "text"),
  col("CREBO_OMSCHRIJVING", "crebo_name", "text"),
  col("ONDERWIJSAANBIEDER_CODE", "provider_code", "text"),
  col("ONDERWIJSAANBIEDER_NAAM", "provider_name", "text"),
  col("ONDERWIJSLOCATIE_CODE", "location_code", "text"),
  col("ONDERWIJSLOCATIE_STRAATNAAM", "location_street", "text"),
  col("ONDERWIJSLOCATIE_HUISNUMMER", "location_house_number", "number-text"),
  col("ONDERWIJSLOCATIE_HUISNUMMER_TOEVOEGING", "location_house_number_addition", "text"),
  col("ONDERWIJSLOCATIE_POSTCODE", "location_postcode", "text"),
  col("ONDERWIJSLOCATIE_PLAATSNAAM", "location_place", "text"),
];

/** Names of every student and the school's street address: read past in the NRSP. */
const NRSP_NOT_STORED = new Set([
  "ACHTERNAAM",
  "VOORVOEGSEL",
  "VOORNAMEN",
  "ONDERWIJSLOCATIE_STRAATNAAM",
  "ONDERWIJSLOCATIE_HUISNUMMER",
  "ONDERWIJSLOCATIE_HUISNUMMER_TOEVOEGING",
  "ONDERWIJSLOCATIE_POSTCODE",
]);

/** NRSP: the start population (Rapportage Startpopulatie). */
export const NRSP_COLUMNS: readonly DuoColumn[] = YEARLY_COLUMNS.map((c) => (NRSP_NOT_STORED.has(c.duo) ? minimised(c) : c));

/** NenR: the named vsv'ers (Namen en rugnummers): NRSP's columns plus EXAMEN and IND_BEKOSTIGING, all stored. */
export const NENR_COLUMNS: readonly DuoColumn[] = (() => {
  const at = YEARLY_COLUMNS.findIndex((c) => c.duo === "CREBO_OMSCHRIJVING") + 1;
  return [...YEARLY_COLUMNS.slice(0, at), col("EXAMEN", "exam", "text"), col("IND_BEKOSTIGING", "funded", "flag"), ...YEARLY_COLUMNS.slice(at)];
})();

/** A04 (and A14, same layout): the possible vsv'ers of a report month. */
export const SIGNAL_COLUMNS: readonly DuoColumn[] = [
  col("BRIN_NR", "brin_nr", "text"),
  col("NAAM_INST", "institution_name_short", "text"),
  col("RAPPORTAGEMAAND", "listed_month", "month"),
  col("PERSOONSGEBONDENNUMMER", "person_number", "person-id", true),
  ...NAMES,
  col("ALLE_VOORNAMEN", "first_names", "text"),
  col("WOONGEMEENTE", "municipality_name", "text"),
  col("GEBOORTEDATUM", "birth_date", "date", true),
  col("ONDERWIJSCODE", "crebo", "text"),
  col("ONDERWIJSNAAM", "crebo_name", "text"),
  col("LEERWEG", "leerweg", "leerweg"),
  col("DATUM_UITSCHRIJVING", "deregistration_date", "date"),
  col("MELDING_VERZUIM_WETTELIJK", "absence_statutory", "flag"),
  col("REDEN", "reason", "text"),
  col("BRIN", "brin", "text", true),
  col("NAAM_INSTELLING", "institution_name", "text"),
  col("ONDERWIJSAANBIEDERCODE", "provider_code", "text"),
  col("NAAM_ONDERWIJSAANBIEDER", "provider_name", "text"),
  col("MELDING_VERZUIM_NIET_WETTELIJK", "absence_non_statutory", "flag"),
  col("GEMEENTECODE", "municipality_code", "municipality", true),
  col("RMC_REGIO", "rmc_region", "region", true),
  col("REDEN_UITSTROOM", "outflow_reason", "text"),
  col("LOCATIECODE", "location_code_short", "text"),
  col("ONDERWIJSLOCATIECODE", "location_code", "text"),
  col("POSTCODE_ONDERWIJSLOCATIE", "location_postcode", "text"),
  col("HUISNUMMER_ONDERWIJSLOCATIE", "location_house_number", "number-text"),
  col("BRIN_VOLGNUMMER", "brin_volgnr", "text"),
  col("NIVEAU", "level", "level"),
  col("INSCHRIJVINGSVOLGNUMMER", "enrolment_number", "text"),
  col("STRAAT", "street", "text"),
  col("HUISNUMMER", "house_number", "number-text"),
  col("HUISLETTER", "house_letter", "text"),
  col("HUISNUMMER_TOEVOEGING", "house_number_addition", "text"),
  col("HUISNUMMER_AANDUIDING", "house_number_designation", "text"),
  col("ADRES_LOCATIE", "address_location", "text"),
  col("POSTCODE", "postcode", "text"),
  col("WOONPLAATS", "place", "text"),
  col("VANAF_WANNEER", "listed_since", "month"),
];

/** A05: the start set of a report month (optional; the NRSP is the start population). */
export const START_SET_COLUMNS: readonly DuoColumn[] = [
  col("BRIN", "brin", "text", true),
  col("LEERWEG", "leerweg", "leerweg"),
  col("ILT/CREBO", "crebo", "text"),
  col("ILT/CREBO_OMS", "crebo_name", "text"),
  col("BSN_ONDERWIJSNR", "person_number", "person-id", true),
  col("RMC_REGIO", "rmc_region", "region"),
  col("RAPPORTAGE_MAAND", "listed_month", "month"),
  col("INSCHR_VLGNR", "enrolment_number", "text"),
  col("GEMCODE", "municipality_code", "municipality"),
  col("WOONGEMEENTE", "municipality_name", "text"),
  minimised(col("WOONPLAATS", "place", "text")),
  col("GEBOORTEDATUM", "birth_date", "date", true),
  minimised(col("POSTCODE", "postcode", "text")),
  col("NIVEAU", "level", "level"),
  col("INDICATIE_STARTKWALIFICATIE", "has_sk", "flag"),
  col("ONDERWIJSAANBIEDERCODE", "provider_code", "text"),
  col("ONDERWIJSAANBIEDER_NAAM", "provider_name", "text"),
  col("ONDERWIJSLOCATIECODE", "location_code", "text"),
  minimised(col("ONDERWIJSLOCATIE_POSTCODE", "location_postcode", "text")),
];

export function columnsOf(kind: DuoKind): readonly DuoColumn[] {
  switch (kind) {
    case "NRSP":
      return NRSP_COLUMNS;
    case "NENR":
      return NENR_COLUMNS;
    case "A04":
    case "A14":
      return SIGNAL_COLUMNS;
    case "A05":
      return START_SET_COLUMNS;
  }
}

/** A header cell as a column name: trimmed, a leading `#` and a UTF-8 byte-order mark removed, upper case. */
export function headerName(cell: string): string {
  return cell.replace(/^\uFEFF/, "").trim().replace(/^#/, "").trim().toUpperCase();
}

/**
 * The kind a header belongs to, from the columns only DUO's kinds carry; undefined when none fits.
 * A04 and A14 share a layout: the name tells them apart.
 */
export function kindsOfHeader(names: readonly string[]): readonly DuoKind[] {
  const has = (n: string) => names.includes(n);
  if (has("PERSOONSGEBONDENNUMMER")) return ["A04", "A14"];
  if (has("BSN_ONDERWIJSNR")) return ["A05"];
  if (has("BURGERSERVICENUMMER") && (has("EXAMEN") || has("IND_BEKOSTIGING"))) return ["NENR"];
  if (has("BURGERSERVICENUMMER")) return ["NRSP"];
  return [];
}
