/**
 * The audit log in Dutch (docs/audit-log.md, "Labels"): the actions, the processing activities and their purposes,
 * the kinds of subject, the fields a case change names, and the sentence one line of the log reads as
 * ("bekeek signaallijst, 50 jongeren", "wijzigde dossier: status, volgende stap"). Pure data and functions:
 * importable by the server (the CSV) and the web app. test/domain/audit-labels.test.ts checks that every action,
 * activity and subject kind the code writes has its label here.
 */
import { PROCESSING_ACTIVITIES, type ProcessingActivity } from "../casework/processing-activities.js";
import { ROLE_LABELS } from "../casework/roles.js";

/** The stored actions (src/store/audit.ts AUDIT_ACTIONS), as a column of the log shows them. */
export const AUDIT_ACTION_LABELS = {
  read: "bekeken",
  create: "aangemaakt",
  update: "gewijzigd",
  delete: "verwijderd",
  export: "gedownload",
  login: "ingelogd",
  logout: "uitgelogd",
  denied: "geweigerd",
} as const satisfies Record<string, string>;
export type AuditActionCode = keyof typeof AUDIT_ACTION_LABELS;

/** The action as the verb of a line's sentence, around its object ("maakte dossier aan"). */
const ACTION_SENTENCES: Readonly<Record<AuditActionCode, (object: string) => string>> = {
  read: (o) => `bekeek ${o}`,
  create: (o) => `maakte ${o} aan`,
  update: (o) => `wijzigde ${o}`,
  delete: (o) => `verwijderde ${o}`,
  export: (o) => `downloadde ${o}`,
  login: () => "logde in",
  logout: () => "logde uit",
  denied: (o) => `kreeg geen toegang tot ${o}`,
};

/**
 * Each processing activity by a short Dutch name (the filter and the log's column "Activiteit"). The texts are a
 * separate constant so the typed map below checks that none is missing without refusing one ahead of its activity.
 */
const ACTIVITY_LABEL_TEXTS = {
  signal_list: "Signaallijst (RMC)",
  school_signal_list: "Signaallijst van de school",
  target_group_list: "Doelgroeplijst Doorstroompunt",
  case_work: "Trajectbegeleiding",
  absence: "Verzuimmeldingen",
  audit: "Toezicht op het logboek",
  retention: "Bewaartermijn",
  analysis: "Analyse van vsv-cijfers",
  authentication: "Inloggen",
  account_management: "Gebruikersbeheer",
};
export const AUDIT_ACTIVITY_LABELS: Readonly<Record<ProcessingActivity, string>> = ACTIVITY_LABEL_TEXTS;

/** What an entry is about, as the object of its sentence. */
export const AUDIT_SUBJECT_LABELS: Readonly<Record<string, string>> = {
  person: "persoonsgegevens",
  population: "een personenlijst (hele populatie)",
  case: "dossier",
  absence_report: "verzuimmelding",
  signal_list: "signaallijst",
  audit_log: "logboek",
  account: "account",
  session: "sessie",
};

/** The object of a sentence when an entry names no subject kind: by its activity. */
const ACTIVITY_OBJECT_TEXTS = {
  signal_list: "signaallijst",
  school_signal_list: "signaallijst van de school",
  target_group_list: "doelgroeplijst",
  case_work: "dossier",
  absence: "verzuimmelding",
  audit: "logboek",
  retention: "persoonsgegevens na de bewaartermijn",
  analysis: "gegevens op persoonsniveau",
  authentication: "sessie",
  account_management: "account",
};
const ACTIVITY_OBJECTS: Readonly<Record<ProcessingActivity, string>> = ACTIVITY_OBJECT_TEXTS;

/** The fields of a case a change names (details.changed of PATCH /cases/{id}). */
export const CASE_FIELD_LABELS: Readonly<Record<string, string>> = {
  status: "status",
  officer_id: "trajectbegeleider",
  next_step: "volgende stap",
  next_step_due: "datum volgende stap",
};

/** The role an entry was written under: an account's role, or who acts without one (src/store/audit.ts AuditActor). */
export const AUDIT_ROLE_LABELS: Readonly<Record<string, string>> = {
  ...ROLE_LABELS,
  anonymous: "niet ingelogd",
  operator: "beheerder op de opdrachtregel",
  system: "het systeem (bewaartermijn)",
};

function has<T>(map: Readonly<Record<string, T>>, key: string | null | undefined): key is string {
  return key !== null && key !== undefined && Object.hasOwn(map, key);
}

export function auditActionLabel(action: string): string {
  return has(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditActionCode] : action;
}

export function auditRoleLabel(role: string): string {
  return has(AUDIT_ROLE_LABELS, role) ? AUDIT_ROLE_LABELS[role]! : role;
}

export function auditSubjectLabel(kind: string | null): string {
  return has(AUDIT_SUBJECT_LABELS, kind) ? AUDIT_SUBJECT_LABELS[kind]! : (kind ?? "");
}

/** The activity code of a stored purpose (`case_work: Begeleiden van …`), or null. */
export function activityOf(purpose: string): ProcessingActivity | null {
  const m = /^([a-z_]+):/.exec(purpose);
  return m && has(PROCESSING_ACTIVITIES, m[1]) ? (m[1] as ProcessingActivity) : null;
}

export function auditActivityLabel(purpose: string): string {
  const a = activityOf(purpose);
  return a ? AUDIT_ACTIVITY_LABELS[a] : purpose;
}

/** The purpose in words, without its code (the stored text after the code when the activity is unknown). */
export function auditPurposeLabel(purpose: string): string {
  const a = activityOf(purpose);
  if (a) return PROCESSING_ACTIVITIES[a];
  const m = /^[a-z_]+:\s*(.+)$/s.exec(purpose);
  return m ? m[1]! : purpose;
}

export interface SentenceSource {
  readonly action: string;
  readonly purpose: string;
  readonly subject_kind: string | null;
  readonly details?: Record<string, unknown> | null;
  /** How many young people the line is about (a grouped line); absent or 0: not said. */
  readonly persons?: number;
}

/** What the details of a case change say changed, in words: "status, volgende stap", "contactmoment", "afgesloten". */
function changeOf(details: Record<string, unknown> | null | undefined): string | null {
  if (!details) return null;
  if (Array.isArray(details.changed)) {
    const names = details.changed.filter((f): f is string => typeof f === "string").map((f) => (has(CASE_FIELD_LABELS, f) ? CASE_FIELD_LABELS[f]! : f));
    return names.length ? names.join(", ") : "niets gewijzigd";
  }
  if (details.added === "contact") return "contactmoment toegevoegd";
  if (typeof details.closed === "string") return "afgesloten";
  if (typeof details.outcome === "string") return "uitkomst na een jaar vastgelegd";
  if (typeof details.handed_over_to_region === "string") return `overgedragen aan regio ${details.handed_over_to_region}`;
  if (typeof details.received_from_region === "string") return `overgenomen van regio ${details.received_from_region}`;
  return null;
}

/** The activities whose entries are rows of a list of young people. */
const LIST_ACTIVITIES: ReadonlySet<string> = new Set(["signal_list", "school_signal_list", "target_group_list"]);

/** One line of the log as a Dutch sentence without its actor: "bekeek signaallijst, 50 jongeren". */
export function auditSentence(e: SentenceSource): string {
  const activity = activityOf(e.purpose);
  // A list page logs its rows as persons: it reads as the list ("bekeek signaallijst, 50 jongeren").
  const listOfPersons = e.subject_kind === "person" && activity !== null && LIST_ACTIVITIES.has(activity);
  const object = has(AUDIT_SUBJECT_LABELS, e.subject_kind) && !listOfPersons ? AUDIT_SUBJECT_LABELS[e.subject_kind]! : activity ? ACTIVITY_OBJECTS[activity] : "gegevens";
  const verb = has(ACTION_SENTENCES, e.action) ? ACTION_SENTENCES[e.action as AuditActionCode](object) : `${e.action} ${object}`;
  const change = e.action === "update" || e.action === "create" ? changeOf(e.details) : null;
  // A change names its fields; the count follows when it says more than "one young person".
  const n = e.persons ?? 0;
  const count = n > 1 || (n === 1 && !change) ? `, ${n.toLocaleString("nl-NL")} ${n === 1 ? "jongere" : "jongeren"}` : "";
  return `${verb}${change ? `: ${change}` : ""}${count}`;
}
