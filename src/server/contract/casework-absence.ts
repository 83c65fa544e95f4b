/**
 * Absence reports (TypeBox): a report as lists, the person page and a case show it (with the period, the note and the
 * school's name), the body that records one, the list and count queries, and the link to a case. docs/casework.md,
 * "Absence reports".
 */
import { Type } from "typebox";
import { ABSENCE_KINDS, MAX_ABSENCE_HOURS, MAX_ABSENCE_NOTE } from "../../store/absence-reports.js";
import { Body, DATE_PATTERN, DateTime, DateValue, Id, Nullable, PersonRef, RegionText } from "./casework.js";
import { Paging, Query } from "./params.js";
import { Strict } from "./responses.js";

const Text = Nullable(Type.String());

/** An absence report; `case_id` is left out for school users (they do not see the region's case work). */
export const AbsenceReport = Strict({
  id: Type.Integer(),
  person_ref: PersonRef,
  family_name: Text,
  given_names: Text,
  institution: Type.String({ description: "BRIN van de school die meldde" }),
  institution_name: Nullable(Type.String({ description: "Naam van de school die meldde (null als geen regel van de signaallijst die noemt)" })),
  region: Type.String(),
  reported_on: DateValue("Datum van de melding"),
  absent_from: DateValue("Eerste dag afwezig"),
  absent_to: DateValue("Laatste dag afwezig (gelijk aan absent_from bij één dag)"),
  kind: Type.Enum([...ABSENCE_KINDS], { type: "string", description: "statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim" }),
  hours: Type.Number({ description: "Uren afwezig" }),
  note: Type.String({ description: "Toelichting van wie meldde (leeg als er geen is)" }),
  case_id: Type.Optional(Nullable(Type.Integer(), { description: "Het gekoppelde dossier (niet voor schoolgebruikers)" })),
  created_by: Nullable(Type.Integer({ description: "Account-id van wie het vastlegde" })),
  created_at: DateTime,
});

export const NewAbsenceReport = Body({
  person_ref: PersonRef,
  reported_on: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Datum van de melding JJJJ-MM-DD (standaard: vandaag), niet in de toekomst" })),
  absent_from: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Eerste dag afwezig JJJJ-MM-DD (standaard: reported_on), niet in de toekomst" })),
  absent_to: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Laatste dag afwezig JJJJ-MM-DD (standaard: absent_from), niet vóór absent_from en niet in de toekomst" })),
  kind: Type.Enum([...ABSENCE_KINDS], {
    type: "string",
    description: "statutory: verzuim onder de Leerplichtwet, alleen als de jongere op absent_from leerplichtig of kwalificatieplichtig was; non_statutory: ander verzuim",
  }),
  hours: Type.Number({ minimum: 0, maximum: MAX_ABSENCE_HOURS, description: "Uren afwezig (bewaard op één decimaal)" }),
  note: Type.Optional(Type.String({ maxLength: MAX_ABSENCE_NOTE, description: `Toelichting (ten hoogste ${MAX_ABSENCE_NOTE} tekens)` })),
  institution: Type.Optional(Type.String({ description: "BRIN van de school die meldt" })),
  region: Type.Optional(RegionText),
  case_id: Type.Optional(Id),
});

export const AbsenceQuery = Query({
  personRef: Type.Optional(PersonRef),
  region: Type.Optional(Type.String({ description: "RMC-regio (regionale rollen: een van de uwe)" })),
  institution: Type.Optional(Type.String({ description: "BRIN (schoolgebruikers: een van de uwe)" })),
  from: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Eerste dag van melding (inclusief)" })),
  to: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Laatste dag van melding (inclusief)" })),
  ...Paging(50, 500),
  format: Type.Optional(Type.Enum(["json", "csv"], { type: "string", default: "json", description: "csv: alle meldingen die voldoen (niet één pagina) als download, gelogd als export" })),
});

export const AbsenceCountsQuery = Query({
  by: Type.Optional(Type.Enum(["institution", "region"], { type: "string", default: "institution", description: "Tellen per school (institution) of per regio (region)" })),
  from: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Eerste dag van melding (inclusief)" })),
  to: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: "Laatste dag van melding (inclusief)" })),
});

export const AbsenceCounts = Strict({
  by: Type.Enum(["institution", "region"], { type: "string" }),
  from: Nullable(DateValue("Eerste dag van melding")),
  to: Nullable(DateValue("Laatste dag van melding")),
  rows: Type.Array(
    Strict({
      institution: Type.Optional(Type.String({ description: "BRIN (bij by=institution)" })),
      institution_name: Type.Optional(Nullable(Type.String({ description: "Naam van de school (bij by=institution)" }))),
      region: Type.Optional(Type.String({ description: "RMC-regio (bij by=region)" })),
      reports: Type.Integer({ description: "Meldingen" }),
      persons: Type.Integer({ description: "Verschillende personen" }),
      hours: Type.Number(),
      statutory_reports: Type.Integer(),
      statutory_hours: Type.Number(),
      non_statutory_reports: Type.Integer(),
      non_statutory_hours: Type.Number(),
    }),
  ),
});

export const AbsenceAnswer = Strict({ report: AbsenceReport });
export const AbsenceList = Strict({ total: Type.Integer(), page: Type.Integer(), page_size: Type.Integer(), items: Type.Array(AbsenceReport) });
export const LinkCase = Body({ case_id: Type.Integer({ minimum: 1, description: "Het dossier van de persoon in de regio van de melding" }) });
