/**
 * Cases (TypeBox; absence reports in casework-absence.ts, the person page in casework-persons.ts): a case as lists show it, its contact moments and history,
 * the bodies that change it, and the 409 answers that carry the current case or the open one.
 */
import { Type } from "typebox";
import { CASE_STATUSES, CLOSE_REASONS, CLOSE_REASONS_BY_HAND, CONTACT_CHANNELS, OPEN_STATUSES, OUTCOMES } from "../../domain/casework/case-status.js";
import { AbsenceReport } from "./casework-absence.js";
import { Body, DATE_PATTERN, DateTime, DateValue, Details, IsoDate, Nullable, PersonRef } from "./casework.js";
import { Paging, Query } from "./params.js";
import { PROBLEM_TYPE, ProblemSchema, Strict } from "./responses.js";

const Text = Nullable(Type.String());

/** A case as a list shows it (GET /cases, the person page, a case's detail). */
export const CaseSummary = Strict({
  id: Type.Integer(),
  person_ref: PersonRef,
  region: Type.String(),
  status: Type.Enum([...CASE_STATUSES], { type: "string" }),
  closed_reason: Nullable(Type.Enum([...CLOSE_REASONS], { type: "string" })),
  officer_id: Nullable(Type.Integer({ description: "Account-id van de trajectbegeleider" })),
  officer_name: Text,
  next_step: Text,
  next_step_due: Nullable(DateValue("Uiterste datum van de volgende stap")),
  teljaar: Text,
  opened_at: DateTime,
  updated_at: DateTime,
  closed_at: Nullable(DateTime),
  version: Type.Integer({ description: "Versie: stuur die mee bij een wijziging" }),
  handed_over_from: Nullable(Type.Integer({ description: "Het dossier in een andere regio waarvan dit is overgedragen" })),
  handed_over_to: Nullable(Type.Integer({ description: "Het dossier in de regio waaraan dit is overgedragen" })),
  outcome_one_year: Nullable(Type.Enum([...OUTCOMES], { type: "string" })),
  outcome_recorded_at: Nullable(DateTime),
  family_name: Text,
  given_names: Text,
  last_contact_on: Nullable(DateValue("Datum van het laatste contactmoment")),
  contact_count: Type.Integer(),
});

/** The case as the store read it before the conflict (when it can no longer be read with its names). */
const CaseRecord = Strict({
  id: Type.Integer(),
  person_ref: PersonRef,
  region: Type.String(),
  status: Type.Enum([...CASE_STATUSES], { type: "string" }),
  closed_reason: Nullable(Type.Enum([...CLOSE_REASONS], { type: "string" })),
  officer_id: Nullable(Type.Integer()),
  next_step: Text,
  next_step_due: Nullable(DateValue()),
  teljaar: Text,
  opened_at: DateTime,
  updated_at: DateTime,
  closed_at: Nullable(DateTime),
  version: Type.Integer(),
  handed_over_from: Nullable(Type.Integer()),
  handed_over_to: Nullable(Type.Integer()),
  outcome_one_year: Nullable(Type.Enum([...OUTCOMES], { type: "string" })),
  outcome_recorded_at: Nullable(DateTime),
  officer_name: Type.Optional(Text),
  family_name: Type.Optional(Text),
  given_names: Type.Optional(Text),
  last_contact_on: Type.Optional(Nullable(DateValue())),
  contact_count: Type.Optional(Type.Integer()),
});

export const Contact = Strict({
  id: Type.Integer(),
  case_id: Type.Integer(),
  contact_on: DateValue("Datum van het contact"),
  channel: Type.Enum([...CONTACT_CHANNELS], { type: "string" }),
  reached: Type.Boolean({ description: "Is de persoon bereikt?" }),
  note: Type.String(),
  officer_id: Nullable(Type.Integer()),
  officer_name: Text,
  created_at: DateTime,
  from_region: Nullable(Type.String({ description: "De regio waaruit het contact bij een overdracht is meegekomen" })),
});

export const CaseEvent = Strict({
  id: Type.Integer(),
  at: DateTime,
  actor_id: Nullable(Type.Integer()),
  actor_name: Text,
  kind: Type.String({ description: "opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked" }),
  details: Nullable(Details("Wat er veranderde (van/naar)")),
});

/** What a handover carried, as both regions know it. */
const HandoverSent = {
  id: Type.Integer({ description: "Id van de overdracht" }),
  note: Type.String({ description: "Toelichting van de verzendende regio (leeg: geen)" }),
  next_step: Nullable(Type.String({ description: "De volgende stap die de verzendende regio meegaf" })),
  next_step_due: Nullable(DateValue("Uiterste datum van die volgende stap")),
  sent_by_name: Nullable(Type.String({ description: "Naam van de trajectbegeleider die overdroeg" })),
  sent_at: DateTime,
  received_at: Nullable(DateTime, { description: "Wanneer de ontvangende regio het dossier toewees (null: nog niet)" }),
};

/** On the receiving case: where it came from, the sender's note and next step, who sent it and when, who took it in. */
export const HandoverIn = Strict({
  ...HandoverSent,
  from_region: Type.String({ description: "De regio die overdroeg" }),
  received_by_name: Nullable(Type.String({ description: "Wie het dossier toewees" })),
});

/** On the sending (closed) case: where it went and whether it was received — nothing of what happens there. */
export const HandoverOut = Strict({ ...HandoverSent, to_region: Type.String({ description: "De regio die het dossier kreeg" }) });

export const CaseDetail = Strict({
  case: CaseSummary,
  contacts: Type.Array(Contact, { description: "Contactmomenten, nieuwste eerst" }),
  events: Type.Array(CaseEvent, { description: "Geschiedenis, oudste eerst" }),
  absence_reports: Type.Array(AbsenceReport, { description: "Verzuimmeldingen van de persoon in de regio van het dossier" }),
  handover_in: Nullable(HandoverIn, { description: "De overdracht waarmee dit dossier binnenkwam (null: geen)" }),
  handover_out: Nullable(HandoverOut, { description: "De overdracht waarmee dit dossier naar een andere regio ging (null: geen)" }),
});

/**
 * A handover in a list: incoming (to one of your regions: with the receiving case, its version, status and officer)
 * or outgoing (from one of your regions: only whether it was received).
 */
export const HandoverItem = Strict({
  ...HandoverSent,
  person_ref: PersonRef,
  family_name: Text,
  given_names: Text,
  from_region: Type.String(),
  to_region: Type.String(),
  from_case: Type.Optional(Type.Integer({ description: "Uw afgesloten dossier (uitgaand)" })),
  to_case: Type.Optional(Type.Integer({ description: "Het dossier in uw regio (binnengekomen)" })),
  case_version: Type.Optional(Type.Integer({ description: "Versie van dat dossier: stuur die mee bij het toewijzen" })),
  case_status: Type.Optional(Type.Enum([...CASE_STATUSES], { type: "string" })),
  officer_id: Type.Optional(Nullable(Type.Integer())),
  officer_name: Type.Optional(Text),
  received_by_name: Type.Optional(Text),
});

export const HandoverList = Strict({
  direction: Type.Enum(["incoming", "outgoing"], { type: "string" }),
  total: Type.Integer(),
  waiting: Type.Integer({ description: "Nog niet ontvangen (binnengekomen: nog toe te wijzen)" }),
  page: Type.Integer(),
  page_size: Type.Integer(),
  items: Type.Array(HandoverItem),
});

export const HandoverQuery = Query({
  direction: Type.Optional(Type.Enum(["incoming", "outgoing"], { type: "string", default: "incoming", description: "incoming: naar uw regio('s); outgoing: vanuit uw regio('s)" })),
  region: Type.Optional(Type.String({ description: "Een van de regio's die u coördineert (standaard: allemaal)" })),
  waiting: Type.Optional(Type.Boolean({ description: "true: alleen nog niet ontvangen; false: alleen ontvangen" })),
  ...Paging(50, 500),
});

export const WaitingHandovers = Strict({
  waiting: Type.Integer({ description: "Binnengekomen overdrachten die nog moeten worden toegewezen, in al uw regio's" }),
  regions: Type.Array(Strict({ region: Type.String(), waiting: Type.Integer() })),
});

export const AssignHandover = Body({
  officer_id: Type.Integer({ minimum: 1, description: "Account-id van een trajectbegeleider (of coördinator) van de ontvangende regio" }),
  version: Type.Integer({ minimum: 1, description: "De versie van het ontvangende dossier die u las (case_version)" }),
});

export const AssignedHandover = Strict({ handover: HandoverItem });

export const CaseList = Strict({
  today: DateValue("De datum in Nederland waartegen over tijd en zonder contact worden bepaald"),
  total: Type.Integer(),
  page: Type.Integer(),
  page_size: Type.Integer(),
  items: Type.Array(CaseSummary),
});

/** The body of a 409 on a case: the problem, with the current version and case (a stale version) or the open case that exists. */
export const CaseConflictBody = Strict({
  ...ProblemSchema.properties,
  current_version: Type.Optional(Type.Integer({ description: "De huidige versie van het dossier" })),
  case: Type.Optional(CaseRecord),
  existing_case_id: Type.Optional(Type.Integer({ description: "Het open dossier van de persoon in de regio" })),
});

export const CaseConflict = {
  description: "Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe",
  content: { [PROBLEM_TYPE]: { schema: CaseConflictBody } },
} as const;

const Version = Type.Integer({ minimum: 1, description: "De versie van het dossier die u las (optimistische gelijktijdigheid)" });

export const CaseListQuery = Query({
  region: Type.Optional(Type.String({ description: "Een van uw regio's (standaard: allemaal)" })),
  status: Type.Optional(Type.Enum([...CASE_STATUSES, "open", "all"], { type: "string", default: "open", description: "open: elke status behalve closed; all: alle" })),
  officer: Type.Optional(Type.String({ pattern: "^(\\d{1,15}|me|none)$", description: "Account-id, me (uzelf) of none (zonder trajectbegeleider)" })),
  overdue: Type.Optional(Type.Boolean({ description: "Alleen open dossiers waarvan de volgende stap vóór vandaag moest" })),
  noContact: Type.Optional(Type.Boolean({ description: "Alleen open dossiers zonder contact in 30 dagen (gerekend vanaf de opening als er nooit contact was)" })),
  personRef: Type.Optional(PersonRef),
  ...Paging(50, 500),
});

export const NewCase = Body({ person_ref: PersonRef, region: Type.Optional(Type.String({ description: "RMC-regio 01-41 (een van de uwe)" })) });

export const CaseChange = Type.Object(
  {
    version: Version,
    status: Type.Optional(Type.Enum([...OPEN_STATUSES], { type: "string" })),
    officer_id: Type.Optional(Nullable(Type.Integer({ minimum: 1 }), { description: "Account-id van de trajectbegeleider; null: niemand" })),
    next_step: Type.Optional(Nullable(Type.String({ maxLength: 1000 }), { description: "De volgende stap; null of leeg wist hem" })),
    next_step_due: Type.Optional(Nullable(IsoDate, { description: "Uiterste datum JJJJ-MM-DD; null wist hem" })),
  },
  { additionalProperties: false, minProperties: 2 },
);

export const NewContact = Body({
  contact_on: Type.String({ pattern: DATE_PATTERN, description: "JJJJ-MM-DD, niet in de toekomst" }),
  channel: Type.Enum([...CONTACT_CHANNELS], { type: "string" }),
  reached: Type.Optional(Type.Boolean({ default: true, description: "Is de persoon bereikt? (standaard ja)" })),
  note: Type.Optional(Type.String({ maxLength: 4000, default: "", description: "Aantekening" })),
});

export const CloseCase = Body({
  version: Version,
  reason: Type.Enum([...CLOSE_REASONS_BY_HAND], { type: "string", description: "Reden van afsluiten (overdracht gaat via …/handover)" }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const Handover = Body({
  version: Version,
  to_region: Type.String({ description: "RMC-regio 01-41 waarheen de persoon verhuisde (niet die van het dossier)" }),
  note: Type.Optional(Type.String({ maxLength: 2000, description: "Toelichting voor de nieuwe regio" })),
  next_step: Type.Optional(Type.String({ maxLength: 1000, description: "De volgende stap voor de nieuwe regio" })),
  next_step_due: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Uiterste datum van die stap, JJJJ-MM-DD (alleen met next_step)" })),
});

export const OutcomeBody = Body({ version: Version, outcome: Type.Enum([...OUTCOMES], { type: "string", description: "De situatie een jaar later" }) });

