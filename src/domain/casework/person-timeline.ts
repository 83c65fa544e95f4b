/**
 * The person page's one timeline (issue 16, part 3): the school career from person_history (enrolments, diplomas,
 * months on the possible list, work), the signal-list rows, the cases with their contact moments and history, and
 * the absence reports, merged by date, newest first, each with a Dutch sentence. Pure: the caller reads the data
 * (only what the actor may see) and passes it in. docs/casework.md, "Person page".
 */
import { CASE_STATUS_LABELS, CLOSE_REASON_LABELS, CONTACT_CHANNEL_LABELS, OUTCOME_LABELS } from "./case-status.js";
import { educationLabel, signalReasonLabel } from "../labels/education.js";

export const TIMELINE_KINDS = [
  "enrolment_start", "enrolment_end", "diploma", "possible_list", "job_start", "job_end", "deregistered", "listed",
  "case_opened", "case_closed", "case_event", "contact", "absence",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  /** YYYY-MM-DD (a month's first day for a month). */
  readonly date: string;
  readonly kind: TimelineKind;
  /** What happened, in Dutch. */
  readonly text: string;
  readonly case_id: number | null;
  readonly region: string | null;
}

export interface HistoryInput {
  readonly kind: string;
  readonly from_date: string | null;
  readonly to_date: string | null;
  readonly institution: string | null;
  readonly institution_name: string | null;
  readonly programme: string | null;
  readonly programme_name: string | null;
  readonly level: string | null;
  readonly leerweg: string | null;
  readonly hours_per_week: number | string | null;
  readonly reason: string | null;
}

export interface SignalInput {
  readonly list: string;
  readonly region: string;
  readonly report_month: string | null;
  readonly teljaar: string;
  readonly listed_since: string | null;
  readonly deregistration_date: string | null;
  readonly institution: string | null;
  readonly institution_name: string | null;
  readonly reason: string | null;
}

export interface CaseInput {
  readonly id: number;
  readonly region: string;
  /** YYYY-MM-DD in the Netherlands. */
  readonly opened_on: string;
  readonly closed_on: string | null;
  readonly closed_reason: string | null;
  readonly contacts: readonly { readonly contact_on: string; readonly channel: string; readonly reached: boolean; readonly officer_name: string | null }[];
  /** `on`: YYYY-MM-DD in the Netherlands. */
  readonly events: readonly { readonly on: string; readonly kind: string; readonly details: Readonly<Record<string, unknown>> | null }[];
}

export interface AbsenceInput {
  readonly reported_on: string;
  readonly kind: string;
  readonly hours: number;
  readonly institution: string;
  readonly region: string;
  readonly case_id?: number | null;
}

const LIST_LABELS: Readonly<Record<string, string>> = { possible: "mogelijk vsv", definitive: "definitief vsv", target_group: "doelgroep Doorstroompunt" };

const school = (code: string | null, name: string | null) => (name && code ? `${name} (${code})` : (name ?? code ?? "een onbekende school"));
const lookup = (labels: Readonly<Record<string, string>>, code: unknown) => (typeof code === "string" && Object.hasOwn(labels, code) ? labels[code]! : String(code ?? "?"));
const programme = (h: { programme: string | null; programme_name: string | null; level: string | null; leerweg: string | null }) => {
  const name = h.programme_name ?? (h.programme ? `opleiding ${h.programme}` : null);
  const level = educationLabel(h.level, h.leerweg);
  return [name, level].filter(Boolean).join(", ");
};
const monthOf = (date: string) => date.slice(0, 7);
const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};
const monthName = (month: string) => {
  const [y, m] = month.split("-");
  return `${["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"][Number(m) - 1]} ${y}`;
};

/** Runs of consecutive months on the possible list, each one entry (a person can be on it for years). */
function possibleRuns(months: readonly HistoryInput[]): TimelineEntry[] {
  const sorted = [...new Set(months.filter((h) => h.from_date).map((h) => monthOf(h.from_date!)))].sort();
  const reasonOf = new Map(months.filter((h) => h.from_date).map((h) => [monthOf(h.from_date!), h.reason]));
  const runs: { from: string; to: string; n: number }[] = [];
  for (const month of sorted) {
    const last = runs[runs.length - 1];
    if (last && nextMonth(last.to) === month) {
      last.to = month;
      last.n++;
    } else runs.push({ from: month, to: month, n: 1 });
  }
  return runs.map((r) => {
    const reason = reasonOf.get(r.to);
    const period = r.n === 1 ? monthName(r.from) : `${monthName(r.from)} t/m ${monthName(r.to)}`;
    return {
      date: `${r.from}-01`,
      kind: "possible_list" as const,
      text: `Op de lijst mogelijk vsv: ${r.n} ${r.n === 1 ? "maand" : "maanden"} (${period})${reason ? `; reden: ${signalReasonLabel(reason)}` : ""}`,
      case_id: null,
      region: null,
    };
  });
}

function caseEventText(c: CaseInput, kind: string, d: Readonly<Record<string, unknown>> | null): string | null {
  switch (kind) {
    case "status_changed":
      return `Dossier ${c.id}: status van ${lookup(CASE_STATUS_LABELS, d?.["from"]).toLowerCase()} naar ${lookup(CASE_STATUS_LABELS, d?.["to"]).toLowerCase()}`;
    case "assigned":
      return d?.["to"] == null ? `Dossier ${c.id}: begeleider losgekoppeld` : `Dossier ${c.id}: begeleider toegewezen`;
    case "next_step_set":
      return `Dossier ${c.id}: volgende stap afgesproken`;
    case "handed_over_to_region":
      return `Dossier ${c.id} overgedragen aan regio ${String(d?.["to_region"] ?? "?")}`;
    case "received_from_region":
      return `Dossier ${c.id} overgenomen uit regio ${String(d?.["from_region"] ?? "?")}`;
    case "outcome_recorded":
      return `Dossier ${c.id}: uitkomst na een jaar vastgelegd: ${lookup(OUTCOME_LABELS, d?.["outcome"] ?? d?.["to"]).toLowerCase()}`;
    default:
      // opened, closed and contact_added are entries of their own; an absence link is the report's entry.
      return null;
  }
}

/** Every entry, newest first; entries of one day in the order of TIMELINE_KINDS reversed (a case's close after its contact). */
export function personTimeline(input: {
  readonly history: readonly HistoryInput[];
  readonly signals: readonly SignalInput[];
  readonly cases: readonly CaseInput[];
  readonly absence: readonly AbsenceInput[];
}): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const add = (date: string | null, kind: TimelineKind, text: string, case_id: number | null = null, region: string | null = null) => {
    if (date) out.push({ date: date.slice(0, 10), kind, text, case_id, region });
  };
  for (const h of input.history) {
    const where = school(h.institution, h.institution_name);
    const what = programme(h);
    if (h.kind === "enrolment") {
      add(h.from_date, "enrolment_start", `Ingeschreven bij ${where}${what ? `: ${what}` : ""}`);
      add(h.to_date, "enrolment_end", `Uitgeschreven bij ${where}${what ? `: ${what}` : ""}${h.reason ? `; reden: ${signalReasonLabel(h.reason)}` : ""}`);
    } else if (h.kind === "diploma") {
      add(h.from_date, "diploma", `Diploma behaald bij ${where}${what ? `: ${what}` : ""}`);
    } else if (h.kind === "job") {
      const hours = h.hours_per_week === null ? "" : ` (${Number(h.hours_per_week).toLocaleString("nl-NL")} uur per week)`;
      add(h.from_date, "job_start", `Begonnen met werk${hours}`);
      add(h.to_date, "job_end", "Gestopt met werk");
    }
  }
  const months = input.history.filter((h) => h.kind === "signal_month");
  out.push(...possibleRuns(months));
  const enrolmentEnds = new Set(input.history.filter((h) => h.kind === "enrolment" && h.to_date).map((h) => h.to_date!.slice(0, 10)));
  for (const s of input.signals) {
    if (s.deregistration_date && !enrolmentEnds.has(s.deregistration_date)) {
      add(s.deregistration_date, "deregistered", `Uitgeschreven bij ${school(s.institution, s.institution_name)}${s.reason ? `; reden: ${signalReasonLabel(s.reason)}` : ""} (volgens de signaallijst)`, null, s.region);
    }
    // The months on the possible list are in the history when it is loaded; otherwise the row says since when.
    if (s.list === "possible" && s.listed_since && months.length === 0) {
      add(`${s.listed_since.slice(0, 7)}-01`, "listed", `Op de lijst ${LIST_LABELS.possible} sinds ${monthName(s.listed_since.slice(0, 7))} (regio ${s.region})`, null, s.region);
    }
  }
  for (const c of input.cases) {
    add(c.opened_on, "case_opened", `Dossier ${c.id} geopend in regio ${c.region}`, c.id, c.region);
    for (const k of c.contacts) {
      add(k.contact_on, "contact", `Contact via ${lookup(CONTACT_CHANNEL_LABELS, k.channel).toLowerCase()}: ${k.reached ? "bereikt" : "niet bereikt"}${k.officer_name ? ` (${k.officer_name})` : ""}`, c.id, c.region);
    }
    for (const e of c.events) {
      const text = caseEventText(c, e.kind, e.details);
      if (text) add(e.on, "case_event", text, c.id, c.region);
    }
    if (c.closed_on) add(c.closed_on, "case_closed", `Dossier ${c.id} gesloten${c.closed_reason ? `: ${lookup(CLOSE_REASON_LABELS, c.closed_reason).toLowerCase()}` : ""}`, c.id, c.region);
  }
  for (const a of input.absence) {
    const hours = `${a.hours.toLocaleString("nl-NL")} uur`;
    add(a.reported_on, "absence", `Verzuimmelding ${a.kind === "statutory" ? "wettelijk verzuim" : "ander verzuim"}, ${hours}, door ${a.institution}`, a.case_id ?? null, a.region);
  }
  const rank = (k: TimelineKind) => TIMELINE_KINDS.indexOf(k);
  return out.sort((a, b) => (a.date === b.date ? rank(b.kind) - rank(a.kind) : a.date < b.date ? 1 : -1));
}

