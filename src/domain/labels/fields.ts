/**
 * Dutch names for the fields of the API's tables: the column headers of the CSV and Excel downloads
 * (src/server/export.ts), for the web app to use too. A field's name in the JSON (and in `format=csv-machine`) stays
 * English snake_case; what a reader sees is Dutch. Also the few values a reader would otherwise see in English
 * (stage, yes/no, "total" …). Pure data and functions: no I/O, importable by the server and the web app.
 *
 * Adding a field to a route's rows? Give it a header here: test/server/export-dutch.test.ts asks every route that
 * exports and fails naming each header that is still a snake_case field name.
 */

/** How a number in a field is written in Excel; text fields have none. */
export type FieldUnit =
  /** A count of people (thousands separator). */
  | "count"
  /** A percentage, with `decimals` decimals as the API rounds it (shown as "4,7%"). */
  | "percentage"
  /** A difference of counts (with its sign). */
  | "change"
  /** A difference in percent (with its sign, one decimal). */
  | "change_percentage";

export interface FieldInfo {
  /** The column header a Dutch reader sees. */
  readonly label: string;
  readonly unit?: FieldUnit;
  /** Decimals of a percentage (the API rounds vsv-percentages to 2, other shares to 1). */
  readonly decimals?: 1 | 2;
  /** The field this column is spread from: hidden when that one is (`target_2029-2030` from `trajectory`). */
  readonly from?: string;
}

const count = (label: string): FieldInfo => ({ label, unit: "count" });
const pct = (label: string, decimals: 1 | 2 = 1): FieldInfo => ({ label, unit: "percentage", decimals });
const text = (label: string): FieldInfo => ({ label });

/** Every field a route's export rows carry, by its JSON name. */
export const FIELDS: Readonly<Record<string, FieldInfo>> = {
  // Areas, institutions and other breakdowns (src/engine/dimensions.ts), as the signal lists name them.
  code: text("Code"),
  name: text("Naam"),
  kind: text("Soort instelling"),
  region: text("RMC-regio"),
  region_name: text("Naam RMC-regio"),
  municipality: text("Gemeentecode"),
  municipality_name: text("Gemeente"),
  labour_market_region: text("Arbeidsmarktregio"),
  labour_market_region_name: text("Naam arbeidsmarktregio"),
  institution: text("BRIN"),
  institution_name: text("Instelling"),
  location: text("Vestiging"),
  location_name: text("Naam vestiging"),
  programme: text("Opleidingscode"),
  vo_mbo: text("Vo of mbo"),
  sector: text("Sector"),
  level: text("Niveau"),
  education_type: text("Onderwijssoort"),
  leerweg: text("Leerweg"),
  grade: text("Leerjaar"),
  age: text("Leeftijd"),
  age_group: text("Leeftijdsgroep"),
  sex: text("Geslacht"),

  // A person on the signal lists (docs/signal-lists.md): closed output only.
  family_name: text("Achternaam"),
  given_names: text("Voornamen"),
  street: text("Straat"),
  house_number: text("Huisnummer"),
  postcode: text("Postcode"),
  residence: text("Woonplaats"),
  phone: text("Telefoon"),
  email: text("E-mail"),

  // The selection.
  teljaar: text("Teljaar"),
  year: text("Jaar"),
  definition: text("Definitie (leeftijdsgrens)"),
  stage: text("Stadium"),
  official: text("Officiële definitie"),

  // Figures (docs/api.md "Figure fields").
  start_population: count("Startpopulatie"),
  vsv: count("Aantal vsv'ers"),
  vsv_pct: pct("Vsv-percentage", 2),
  previous_teljaar: text("Vorig teljaar"),
  previous_stage: text("Stadium vorig teljaar"),
  previous_start_population: count("Startpopulatie vorig teljaar"),
  previous_vsv: count("Aantal vsv'ers vorig teljaar"),
  previous_vsv_pct: pct("Vsv-percentage vorig teljaar", 2),
  change: { label: "Verschil aantal vsv'ers", unit: "change" },
  change_pct: { label: "Verschil aantal vsv'ers (%)", unit: "change_percentage", decimals: 1 },
  vo_vsv: count("Aantal vsv'ers vo"),
  vo_vsv_pct: pct("Vsv-percentage vo", 2),
  mbo_vsv: count("Aantal vsv'ers mbo"),
  mbo_vsv_pct: pct("Vsv-percentage mbo", 2),
  rank: text("Plaats"),

  // Targets and norms (docs/targets.md, docs/norms.md).
  scope: text("Geldt voor"),
  source: text("Bron"),
  target: count("Doel (aantal vsv'ers)"),
  target_pct: pct("Doel (vsv-percentage)", 2),
  reduction: count("Nodige daling (aantal vsv'ers)"),
  reduction_pct: pct("Nodige daling (%)", 2),
  gap_teljaar: text("Teljaar afstand tot het pad"),
  path: count("Pad (aantal vsv'ers)"),
  actual: count("Werkelijk (aantal vsv'ers)"),
  gap: { label: "Afstand tot het pad (aantal vsv'ers)", unit: "change" },
  on_track: text("Op koers"),
  value: { label: "Projectie (aantal vsv'ers)" },
  pi80_low: { label: "80%-interval, ondergrens" },
  pi80_high: { label: "80%-interval, bovengrens" },
  pi95_low: { label: "95%-interval, ondergrens" },
  pi95_high: { label: "95%-interval, bovengrens" },
  norm: pct("Norm (vsv-percentage)", 2),
  category: text("Categorie"),
  met: text("Norm gehaald"),
  fewer_needed: count("Minder vsv'ers nodig voor de norm"),

  // Follow-up, mbo leavers' work, NEET, vulnerable groups, transitions (docs/follow-up.md; the web app's wording).
  sk: count("Startkwalificatie behaald"),
  sk_pct: pct("Startkwalificatie behaald (%)"),
  education: count("In onderwijs"),
  education_pct: pct("In onderwijs (%)"),
  work: count("Werkt"),
  work_pct: pct("Werkt (%)"),
  deceased_emigrated: count("Overleden of geëmigreerd"),
  deceased_emigrated_pct: pct("Overleden of geëmigreerd (%)"),
  still_vsv: count("Nog steeds vsv'er"),
  still_vsv_pct: pct("Nog steeds vsv'er (%)"),
  leavers: count("Verlaters"),
  working: count("Werkt"),
  working_pct: pct("Werkt (%)"),
  with_sk_leavers: count("Verlaters met startkwalificatie"),
  with_sk_working: count("Met startkwalificatie: werkt"),
  with_sk_working_pct: pct("Met startkwalificatie: werkt (%)"),
  without_sk_leavers: count("Verlaters zonder startkwalificatie"),
  without_sk_working: count("Zonder startkwalificatie: werkt"),
  without_sk_working_pct: pct("Zonder startkwalificatie: werkt (%)"),
  population: count("Jongeren 15-26 jaar"),
  neet: count("Zonder school en werk"),
  neet_pct: pct("Zonder school en werk (%)"),
  group: text("Groep"),
  pupils: count("Leerlingen"),
  stayed: count("Nog in die opleiding"),
  neither: count("Geen onderwijs en geen werk"),
  neither_pct: pct("Geen onderwijs en geen werk (%)"),
  table: text("Overgang"),
  origin: text("Herkomst"),
  vmbo_level: text("Vmbo-diploma"),
  graduates: count("Gediplomeerden"),
  mbo_stayed: count("In mbo, na een jaar nog in mbo"),
  mbo_stayed_pct: pct("In mbo, na een jaar nog in mbo (%)"),
  mbo_left_first_year: count("In mbo, in het eerste jaar gestopt"),
  mbo_left_first_year_pct: pct("In mbo, in het eerste jaar gestopt (%)"),
  other_education: count("Ander onderwijs"),
  other_education_pct: pct("Ander onderwijs (%)"),
  no_education: count("Geen onderwijs"),
  no_education_pct: pct("Geen onderwijs (%)"),

  // The new law's target group per region (docs/target-group.md): one column per group and their total.
  total: count("Totaal"),
  vso: count("Voortgezet speciaal onderwijs"),
  pro: count("Praktijkonderwijs"),
  entree: count("Entree (mbo 1)"),
  mbo2_bol: count("Mbo 2 bol"),

  // The audit log (docs/audit-log.md).
  id: text("Nummer"),
  at: text("Tijdstip"),
  actor_id: text("Account-id"),
  actor_username: text("Gebruikersnaam"),
  actor_role: text("Rol"),
  action: text("Handeling"),
  subject_kind: text("Soort gegevens"),
  person_ref: text("Referentie"),
  purpose: text("Verwerkingsdoel"),
  trace_id: text("Trace-id"),
  details: text("Details"),
};

/** Fields named after a value: one column per teljaar of a target's path (`target_2029-2030`). */
const PATTERNS: readonly (readonly [RegExp, (m: RegExpMatchArray) => FieldInfo])[] = [[/^target_(\d{4}-\d{4})$/, (m) => ({ ...count(`Doel ${m[1]}`), from: "trajectory" })]];

/** What is known about a field, or undefined for a field without a Dutch header. */
export function fieldInfo(field: string): FieldInfo | undefined {
  const known = Object.hasOwn(FIELDS, field) ? FIELDS[field] : undefined;
  if (known) return known;
  for (const [re, info] of PATTERNS) {
    const m = field.match(re);
    if (m) return info(m);
  }
  return undefined;
}

/**
 * The Dutch header of a field; a field without one reads as its words ("some_field" → "Some field"), and a header that
 * is already written for readers (the signal list's "Referentie") stays as it is.
 */
export function fieldLabel(field: string): string {
  const info = fieldInfo(field);
  if (info) return info.label;
  const words = field.replaceAll("_", " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether a field has a Dutch header of its own (and does not fall back to its words). */
export function hasFieldLabel(field: string): boolean {
  return fieldInfo(field) !== undefined;
}

export const STAGE_LABELS: Readonly<Record<string, string>> = { preliminary: "voorlopig", definitive: "definitief" };

/** A definition (age limit) as a reader says it: "jonger dan 23", as the yearly report and the web app do. */
export function definitionLabel(definition: number): string {
  return `jonger dan ${definition}`;
}

export const YES_NO = { yes: "ja", no: "nee" } as const;

const TOTAL = { total: "totaal" };

/** Values that would otherwise reach a reader in English, by field. */
export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  stage: STAGE_LABELS,
  previous_stage: STAGE_LABELS,
  base_stage: STAGE_LABELS,
  scope: { national: "landelijk", regional: "regionaal" },
  table: { vso_mbo: "vso → mbo", vmbo_mbo: "vmbo → mbo" },
  origin: { ...TOTAL, other: "overig" },
  level: TOTAL,
  group: { ...TOTAL, mbo2_bol: "mbo-2 bol" },
  vmbo_level: TOTAL,
};

/** A text value as a reader sees it (e.g. stage "definitive" → "definitief"); others as they are. */
export function valueLabel(field: string, value: string): string {
  const labels = Object.hasOwn(VALUE_LABELS, field) ? VALUE_LABELS[field] : undefined;
  return labels && Object.hasOwn(labels, value) ? labels[value]! : value;
}
