/**
 * The life of a case (issue 5, part 4): its statuses, the reasons a case is closed, the channels of contact and
 * the outcome one year later. Pure: the store enforces the same values with CHECK constraints.
 */
export const CASE_STATUSES = [
  "new",
  "contacting",
  "guidance",
  "back_in_education",
  "working",
  "working_learning",
  "no_contact",
  "moved",
  "closed",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  new: "Nieuw",
  contacting: "Wordt benaderd",
  guidance: "In begeleiding",
  back_in_education: "Terug naar school",
  working: "Aan het werk",
  working_learning: "Werken en leren",
  no_contact: "Geen contact mogelijk",
  moved: "Verhuisd buiten de regio",
  closed: "Afgesloten",
};

/**
 * Statuses an officer may set by hand: all but `closed`, which comes with a reason (close). `moved` means the
 * person moved out of the region; a handover to the new region then closes the case with reason `handed_over`.
 */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => s !== "closed");

export const CLOSE_REASONS = [
  "startkwalificatie",
  "back_in_education",
  "working",
  "working_learning",
  "too_old",
  "moved_abroad",
  "no_contact",
  "refused",
  "handed_over",
  "other",
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_REASON_LABELS: Readonly<Record<CloseReason, string>> = {
  startkwalificatie: "Startkwalificatie behaald",
  back_in_education: "Terug in het onderwijs",
  working: "Werk gevonden",
  working_learning: "Werken en leren",
  too_old: "Buiten de leeftijdsgrens",
  moved_abroad: "Naar het buitenland",
  no_contact: "Geen contact mogelijk",
  refused: "Wil geen begeleiding",
  handed_over: "Overgedragen aan een andere regio",
  other: "Andere reden",
};

export const CONTACT_CHANNELS = ["phone", "email", "letter", "home_visit", "meeting", "message", "other"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  phone: "Telefoon",
  email: "E-mail",
  letter: "Brief",
  home_visit: "Huisbezoek",
  meeting: "Gesprek op kantoor",
  message: "Bericht (sms, app)",
  other: "Anders",
};

/** Situation on 1 October a year later (the follow-up of vsv-definition.md). */
export const OUTCOMES = ["sk_obtained", "in_education", "working", "working_learning", "still_vsv", "unknown"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  sk_obtained: "Startkwalificatie behaald",
  in_education: "Terug in het onderwijs",
  working: "Werkt 12 uur of meer",
  working_learning: "Werkt en leert",
  still_vsv: "Nog steeds vsv'er",
  unknown: "Onbekend",
};

/** Days without any contact after which an open case needs attention (the coordinator's workload view). */
export const NO_CONTACT_DAYS = 30;

export function isCaseStatus(text: string): text is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(text);
}

export function isCloseReason(text: string): text is CloseReason {
  return (CLOSE_REASONS as readonly string[]).includes(text);
}

export function isContactChannel(text: string): text is ContactChannel {
  return (CONTACT_CHANNELS as readonly string[]).includes(text);
}

export function isOutcome(text: string): text is Outcome {
  return (OUTCOMES as readonly string[]).includes(text);
}

/**
 * Why a status change is refused, or null when it is allowed. A closed case is never reopened (open a new one:
 * the closed one stays as the record); `closed` is set only by closing with a reason or by a handover.
 */
export function statusChangeProblem(from: CaseStatus, to: CaseStatus): string | null {
  if (from === "closed") return "Dit dossier is afgesloten en blijft bewaard als vastlegging: open in plaats daarvan een nieuw dossier voor deze persoon";
  if (to === "closed") return "Sluit een dossier af met een reden (POST …/close), niet door de status te wijzigen";
  return null;
}

/** Close reasons an officer may choose; `handed_over` is set only by a handover to another region. */
export const CLOSE_REASONS_BY_HAND: readonly CloseReason[] = CLOSE_REASONS.filter((r) => r !== "handed_over");

/** Why closing with `reason` is refused, or null when it is allowed. */
export function closeProblem(from: CaseStatus, reason: CloseReason): string | null {
  if (from === "closed") return "Dit dossier is al afgesloten: er is niets meer af te sluiten";
  if (reason === "handed_over") return "Een dossier wordt alleen als overgedragen afgesloten door een overdracht (POST …/handover met to_region)";
  return null;
}

/** Which region takes over, or why a handover is refused. */
export function handoverProblem(from: { readonly status: CaseStatus; readonly region: string }, toRegion: string): string | null {
  if (from.status === "closed") return "Dit dossier is afgesloten: alleen een open dossier kan worden overgedragen";
  if (toRegion === from.region) return "Het dossier is al in deze regio: draag het over aan de regio waarheen de persoon verhuisde";
  return null;
}

/**
 * Why recording the outcome one year later is refused, or null. It may be recorded on open and closed cases
 * (a closed case is otherwise read-only), except on a case handed over: the receiving region follows the person
 * and records the outcome on its own case.
 */
export function outcomeProblem(c: { readonly status: CaseStatus; readonly closedReason: CloseReason | null }): string | null {
  if (c.status === "closed" && c.closedReason === "handed_over") {
    return "Dit dossier is overgedragen aan een andere regio: de ontvangende regio legt de uitkomst vast in haar eigen dossier";
  }
  return null;
}
