/**
 * Persons (TypeBox): the search over every list and the actor's cases (POST /persons/search, the search in the
 * body, never in a URL) and the person page (GET /persons/{personRef}) with contact details, school history, lists,
 * cases with contacts and history, absence reports and one timeline. docs/casework.md, "Person page";
 * docs/signal-lists.md, "Search".
 */
import { Type } from "typebox";
import { CASE_STATUSES } from "../../domain/casework/case-status.js";
import { TIMELINE_KINDS } from "../../domain/casework/person-timeline.js";
import { SIGNAL_LISTS } from "../../domain/signal-row.js";
import { HISTORY_KINDS } from "../../domain/person-history.js";
import { DEFAULT_SEARCH_PAGE_SIZE, MAX_SEARCH_PAGE_SIZE, PERSON_SEARCH_KINDS } from "../../store/person-search.js";
import { Body, DATE_PATTERN, DateValue, Nullable, PersonRef } from "./casework.js";
import { AbsenceReport } from "./casework-absence.js";
import { CaseEvent, CaseSummary, Contact } from "./casework-cases.js";
import { SignalItem } from "./casework-signals.js";
import { Paging, Params } from "./params.js";
import { Strict } from "./responses.js";

const Text = Nullable(Type.String());
const ListName = Type.Enum([...SIGNAL_LISTS], { type: "string", description: "possible: mogelijk vsv; definitive: definitief vsv; target_group: doelgroep Doorstroompunt" });

export const PersonSearchBody = Body({
  text: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: "Een (deel van een) naam (achternaam met voorvoegsel, voornamen), het begin van een referentie (p3744…), een BSN of onderwijsnummer (9 cijfers) of een geboortedatum",
    }),
  ),
  birth_date: Type.Optional(Type.String({ format: "date", pattern: DATE_PATTERN, description: "Geboortedatum JJJJ-MM-DD" })),
  school: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "BRIN of een deel van de naam van de school" })),
  ...Paging(DEFAULT_SEARCH_PAGE_SIZE, MAX_SEARCH_PAGE_SIZE),
});

export const PersonHit = Strict({
  person_ref: PersonRef,
  family_name: Text,
  given_names: Text,
  birth_date: Nullable(DateValue("Geboortedatum")),
  age: Nullable(Type.Integer({ description: "Leeftijd vandaag" })),
  residence: Nullable(Type.String({ description: "Woonplaats" })),
  lists: Type.Array(ListName, { description: "De lijsten in uw bereik waarop de persoon staat" }),
  regions: Type.Array(Type.String(), { description: "RMC-regio's van die regels en dossiers" }),
  schools: Type.Array(Strict({ institution: Type.String({ description: "BRIN" }), institution_name: Text })),
  open_cases: Type.Array(
    Strict({ id: Type.Integer(), status: Type.Enum([...CASE_STATUSES], { type: "string" }), region: Type.String() }),
    { description: "Open dossiers in uw regio's (leeg voor schoolgebruikers)" },
  ),
});

export const PersonSearchPage = Strict({
  by: Type.Enum([...PERSON_SEARCH_KINDS], { type: "string", description: "Hoe de zoektekst is gelezen: name, reference, person_number (BSN of onderwijsnummer) of filters (geen tekst, of een datum)" }),
  total: Type.Integer({ description: "Aantal gevonden personen" }),
  page: Type.Integer(),
  page_size: Type.Integer(),
  items: Type.Array(PersonHit),
});

export const PersonParams = Params({ personRef: PersonRef });

const HistoryRow = Strict({
  from_date: Nullable(DateValue("Begin (inschrijving, werk), datum (diploma) of maand (signaalmaand)")),
  to_date: Nullable(DateValue("Einde (inschrijving, werk)")),
  institution: Nullable(Type.String({ description: "BRIN" })),
  institution_name: Text,
  location: Text,
  sector: Text,
  level: Text,
  leerweg: Text,
  programme: Nullable(Type.String({ description: "Opleidingscode" })),
  programme_name: Text,
  funded: Nullable(Type.Boolean({ description: "Bekostigd" })),
  hours_per_week: Nullable(Type.Number({ description: "Uren per week (werk)" })),
  reason: Nullable(Type.String({ description: "Reden van uitschrijving of van de signaalmaand" })),
  source: Type.Enum(["engine", "duo"], { type: "string" }),
});

export const PersonPage = Strict({
  person_ref: PersonRef,
  family_name: Text,
  given_names: Text,
  birth_date: Nullable(DateValue("Geboortedatum")),
  age: Nullable(Type.Integer({ description: "Leeftijd vandaag" })),
  contact: Nullable(
    Strict({
      street: Text,
      house_number: Text,
      postcode: Text,
      residence: Nullable(Type.String({ description: "Woonplaats" })),
      phone: Text,
      email: Text,
      municipality_name: Text,
      list: ListName,
      region: Type.String(),
      as_of: Type.String({ description: "Rapportagemaand of teljaar van de regel waar de gegevens uit komen" }),
    }),
    { description: "Adres en contactgegevens van de laatste signaalregel die ze heeft; null als geen regel ze heeft" },
  ),
  signals: Type.Array(SignalItem, { description: "De regels van de signaallijsten in uw bereik" }),
  history: Strict(
    Object.fromEntries(HISTORY_KINDS.map((k) => [k, Type.Array(HistoryRow)])) as Record<(typeof HISTORY_KINDS)[number], ReturnType<typeof Type.Array<typeof HistoryRow>>>,
    { description: "Schoolloopbaan: inschrijvingen, diploma's, maanden op de lijst mogelijk vsv, werk (oudste eerst)" },
  ),
  months_on_possible_list: Type.Integer({ description: "Aantal maanden op de lijst mogelijk vsv volgens de geschiedenis" }),
  cases: Type.Array(
    Strict({ case: CaseSummary, contacts: Type.Array(Contact, { description: "Nieuwste eerst" }), events: Type.Array(CaseEvent, { description: "Oudste eerst" }) }),
    { description: "Dossiers in uw regio's met contactmomenten en geschiedenis (leeg voor schoolgebruikers)" },
  ),
  absence_reports: Type.Array(AbsenceReport),
  timeline: Type.Array(
    Strict({
      date: DateValue("Datum (van een maand: de eerste dag)"),
      kind: Type.Enum([...TIMELINE_KINDS], { type: "string" }),
      text: Type.String({ description: "Wat er gebeurde" }),
      case_id: Nullable(Type.Integer()),
      region: Nullable(Type.String()),
    }),
    { description: "Alles hierboven op één tijdlijn, nieuwste eerst" },
  ),
});
