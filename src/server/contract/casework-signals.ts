/** The signal lists (TypeBox): the filters, a row with the person's case, a page and the counts per region. */
import { Type } from "typebox";
import { CASE_STATUSES } from "../../domain/casework/case-status.js";
import { SIGNAL_LISTS, SIGNAL_SOURCES } from "../../domain/signal-row.js";
import { TARGET_GROUPS } from "../../domain/target-group.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_SIGNAL_SORT, MAX_PAGE_SIZE, SIGNAL_SORTS } from "../../store/signal-list.js";
import { Body, DateValue, Nullable, PersonRef } from "./casework.js";
import { Paging, Query } from "./params.js";
import { Strict } from "./responses.js";

const SignalListSchema = Type.Enum([...SIGNAL_LISTS], { type: "string", description: "possible: mogelijke vsv'ers; definitive: definitieve vsv'ers; target_group: de doelgroep van het Doorstroompunt" });
const SourceSchema = Type.Enum([...SIGNAL_SOURCES], { type: "string", description: "engine: berekend; duo: de lijst van DUO" });

const FILTERS = {
  list: Type.Optional(
    Type.Enum([...SIGNAL_LISTS], { type: "string", default: "possible", description: "possible: de mogelijke vsv'ers van de laatste rapportagemaand; definitive: de vsv'ers van het laatste teljaar; target_group: de doelgroep van het Doorstroompunt onder de Wet van school naar duurzaam werk (niet voor schoolgebruikers)" }),
  ),
  region: Type.Optional(Type.String({ description: "RMC-regio 01-41 (een van de uwe)" })),
  institution: Type.Optional(Type.String({ description: "BRIN (schoolgebruikers: een van de uwe)" })),
  municipality: Type.Optional(Type.String({ description: "CBS-code van de woongemeente, bijvoorbeeld 0363" })),
  level: Type.Optional(Type.String({ maxLength: 40, description: "MBO-1 … MBO-4, VMBO, HAVO-VWO, VO-ONDERBOUW, PRO, VSO" })),
  contacted: Type.Optional(Type.Boolean({ description: "true: personen met een contactmoment in hun dossier; false: zonder (niet voor schoolgebruikers)" })),
  sort: Type.Optional(
    Type.Enum([...SIGNAL_SORTS], { type: "string", default: DEFAULT_SIGNAL_SORT, description: "last_contact: nooit benaderd eerst, dan het langst geleden (niet voor schoolgebruikers)" }),
  ),
  ...Paging(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  format: Type.Optional(Type.Enum(["json", "csv"], { type: "string", default: "json", description: "csv: alle regels die voldoen (niet één pagina) als download, gelogd als export" })),
};

/** GET /signals: the filters in the URL (never a search text: it may be a name). */
export const SignalQuery = Query(FILTERS);
/** POST /signals/search: the same filters with a search text, in the body. */
export const SignalSearch = Body({
  ...FILTERS,
  search: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "Deel van de achternaam, of van de naam of code van de school of opleiding" })),
});

export const SignalCase = Strict(
  {
    id: Type.Integer(),
    status: Type.Enum([...CASE_STATUSES], { type: "string" }),
    officer_id: Nullable(Type.Integer()),
    officer_name: Nullable(Type.String()),
    last_contact_on: Nullable(DateValue("Datum van het laatste contactmoment")),
    next_step_due: Nullable(DateValue("Uiterste datum van de volgende stap")),
  },
  { description: "Het dossier van de persoon in de regio van de regel (het open, anders het laatste); null voor schoolgebruikers" },
);

const Text = Nullable(Type.String());

export const SignalItem = Strict({
  person_ref: PersonRef,
  list: SignalListSchema,
  source: SourceSchema,
  teljaar: Type.String(),
  report_month: Nullable(Type.String({ description: "Rapportagemaand JJJJ-MM (mogelijke vsv'ers)" })),
  family_name: Text,
  given_names: Text,
  street: Nullable(Type.String({ description: "Straat van het woonadres" })),
  house_number: Nullable(Type.String({ description: "Huisnummer met huisletter en toevoeging, bijvoorbeeld 12a" })),
  postcode: Nullable(Type.String({ description: "Postcode, bijvoorbeeld 1234 AB" })),
  residence: Nullable(Type.String({ description: "Woonplaats" })),
  phone: Nullable(Type.String({ description: "Telefoonnummer (uit het register; DUO levert het niet)" })),
  email: Nullable(Type.String({ description: "E-mailadres (uit het register; DUO levert het niet)" })),
  birth_date: Nullable(DateValue("Geboortedatum")),
  age: Nullable(Type.Integer()),
  municipality_code: Text,
  municipality_name: Text,
  region: Type.String(),
  institution: Text,
  institution_name: Text,
  location: Nullable(Type.String({ description: "Vestiging of locatie" })),
  programme: Nullable(Type.String({ description: "Opleidingscode" })),
  programme_name: Text,
  level: Text,
  leerweg: Text,
  listed_since: Nullable(Type.String({ description: "Op de lijst sinds" })),
  deregistration_date: Nullable(DateValue("Datum van uitschrijving")),
  reason: Nullable(Type.String({ description: "Reden van uitschrijving" })),
  absence_statutory: Nullable(Type.Boolean({ description: "Wettelijke verzuimmelding (volgens de bron)" })),
  absence_non_statutory: Nullable(Type.Boolean({ description: "Niet-wettelijke verzuimmelding (volgens de bron)" })),
  target_group: Nullable(Type.Enum([...TARGET_GROUPS], { type: "string", description: "Doelgroeplijst: de groep (vso, pro, entree, mbo2_bol, vsv); null op de andere lijsten" })),
  absence_reports: Type.Integer({ description: "Verzuimmeldingen vastgelegd voor deze persoon in deze regio" }),
  case: Nullable(SignalCase),
});

export const SignalPage = Strict({
  teljaar: Nullable(Type.String({ description: "Het laatste teljaar van de regels in uw bereik" })),
  report_month: Nullable(Type.String({ description: "De laatste rapportagemaand" })),
  source: Nullable(Type.Enum([...SIGNAL_SOURCES, "mixed"], { type: "string", description: "Bron van de regels; mixed als regio's verschillen" })),
  total: Type.Integer({ description: "Aantal regels dat aan de filters voldoet" }),
  page: Type.Integer(),
  page_size: Type.Integer(),
  items: Type.Array(SignalItem),
});

export const SignalSummary = Strict({
  rows: Type.Array(
    Strict({
      region: Type.String(),
      list: SignalListSchema,
      source: Type.Enum([...SIGNAL_SOURCES, "mixed"], { type: "string" }),
      teljaar: Type.String(),
      report_month: Nullable(Type.String()),
      total: Type.Integer(),
      contacted: Nullable(Type.Integer({ description: "Met een contactmoment (null voor schoolgebruikers)" })),
      not_contacted: Nullable(Type.Integer({ description: "Zonder contactmoment (null voor schoolgebruikers)" })),
    }),
  ),
});
