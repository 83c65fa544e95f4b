/**
 * The audit log (GET /audit-log; docs/audit-log.md): the filters, an entry, and the two views of a page — every
 * entry (`view=entries`, the default) or the entries of one request grouped into one line (`view=grouped`).
 */
import { Type } from "typebox";
import { PROCESSING_ACTIVITIES } from "../../domain/casework/processing-activities.js";
import { AUDIT_ACTIONS } from "../../store/audit.js";
import { DATE_PATTERN, DateTime, Details, Nullable } from "./casework.js";
import { Paging, Query } from "./params.js";
import { Strict } from "./responses.js";

const Action = Type.Enum([...AUDIT_ACTIONS], { type: "string", description: "Soort handeling" });

export const AuditQuery = Query({
  region: Type.Optional(Type.String({ description: "RMC-regio (standaard: al uw regio's)" })),
  from: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Eerste dag (inclusief), JJJJ-MM-DD, Nederlandse tijd (vanaf 00:00 in Europe/Amsterdam)" })),
  to: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Laatste dag (inclusief), JJJJ-MM-DD, Nederlandse tijd" })),
  user: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: "Gebruiker: (een deel van) de gebruikersnaam of weergavenaam van het account, of #<accountnummer> voor een account dat niet meer bestaat",
    }),
  ),
  personRef: Type.Optional(Type.String({ pattern: "^p[0-9a-f]{1,24}$", description: "Persoonsreferentie (p + 24 hexadecimale tekens), of het begin ervan (p + minstens één teken)" })),
  action: Type.Optional(Action),
  activity: Type.Optional(Type.Enum(Object.keys(PROCESSING_ACTIVITIES), { type: "string", description: "Verwerkingsactiviteit (en daarmee het doel)" })),
  traceId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "Alleen de regels van één verzoek (trace-id)" })),
  view: Type.Optional(
    Type.Enum(["entries", "grouped"], {
      type: "string",
      default: "entries",
      description: "entries (standaard): elke regel; grouped: de regels van één verzoek met dezelfde gebruiker, handeling en activiteit als één groep (de paginering telt groepen)",
    }),
  ),
  ...Paging(100, 1000),
  format: Type.Optional(Type.Enum(["json", "csv"], { type: "string", default: "json", description: "json (standaard) of csv (elke regel, hoogstens 10.000, met Nederlandse kolomnamen en tijden)" })),
});

const Actor = {
  actor_id: Nullable(Type.Integer({ description: "Accountnummer (blijft staan als het account niet meer bestaat)" })),
  actor_username: Nullable(Type.String({ description: "Gebruikersnaam (null als het account niet meer bestaat)" })),
  actor_display_name: Nullable(Type.String({ description: "Weergavenaam (null als het account niet meer bestaat)" })),
  actor_role: Type.String({ description: "Rol van wie het deed (anonymous zonder sessie)" }),
};

export const AuditEntry = Strict({
  id: Type.Integer(),
  at: DateTime,
  ...Actor,
  action: Action,
  subject_kind: Nullable(Type.String({ description: "Waarover: person, case, signal_list, account, …" })),
  person_ref: Nullable(Type.String({ description: "De persoonsreferentie (nooit het BSN)" })),
  purpose: Type.String({ description: "Verwerkingsactiviteit en doel, als `activiteit: doel`" }),
  region: Nullable(Type.String()),
  trace_id: Nullable(Type.String({ description: "Trace-id van het verzoek (header X-Trace-Id)" })),
  details: Nullable(Details("Wat er gevraagd of gewijzigd is (nooit persoonsgegevens); bij een gewijzigd dossier de namen van de gewijzigde velden in changed")),
});

const Paged = {
  total: Type.Integer({ description: "Aantal regels (entries) of groepen (grouped) dat aan de filters voldoet" }),
  page: Type.Integer({ description: "Paginanummer" }),
  page_size: Type.Integer({ description: "Aantal per pagina" }),
};

export const AuditPage = Strict(
  { view: Type.Literal("entries"), ...Paged, items: Type.Array(AuditEntry) },
  { description: "Logboekregels, nieuwste eerst" },
);

export const AuditGroup = Strict({
  trace_id: Nullable(Type.String({ description: "Trace-id van het verzoek; null: een regel zonder verzoek (opdrachtregel, bewaartermijn), een groep van één" })),
  ...Actor,
  action: Action,
  purpose: Type.String({ description: "Verwerkingsactiviteit en doel, als `activiteit: doel`" }),
  subject_kind: Nullable(Type.String()),
  summary: Type.String({ description: "De groep in één Nederlandse zin, zonder de gebruiker: 'bekeek signaallijst, 50 jongeren'" }),
  count: Type.Integer({ description: "Aantal regels in de groep (onder de filters)" }),
  persons: Type.Integer({ description: "Aantal verschillende persoonsreferenties" }),
  first_at: DateTime,
  last_at: DateTime,
  regions: Type.Array(Type.String()),
  details: Nullable(Details("De details van de nieuwste regel van de groep")),
  entries: Type.Array(
    Strict({
      id: Type.Integer(),
      at: DateTime,
      person_ref: Nullable(Type.String({ description: "De persoonsreferentie (nooit het BSN)" })),
      region: Nullable(Type.String()),
      details: Nullable(Details("Wat er gevraagd of gewijzigd is")),
    }),
    { description: "De nieuwste 100 regels van de groep; de rest met traceId" },
  ),
  entries_complete: Type.Boolean({ description: "false: de groep heeft meer regels dan entries toont (vraag ze op met traceId)" }),
});

export const AuditGroupPage = Strict(
  { view: Type.Literal("grouped"), ...Paged, items: Type.Array(AuditGroup) },
  { description: "Logboekregels per verzoek gegroepeerd, nieuwste eerst; de paginering telt groepen" },
);
