/**
 * Demo case work for `vsv start` (issue 16): so that the closed part shows a working day, not empty pages. In the
 * primary demo region it opens cases for persons on the region's signal list, spread over the two demo officers
 * and unassigned, in the statuses new, contacting, guidance, back_in_education and no_contact, with contact moments,
 * next steps (some overdue), some without contact for more than 30 days, and two closed cases (a reason, one with the
 * outcome a year later); a handover from the secondary region (so the primary coordinator's incoming queue has one);
 * and a few absence reports filed by the demo school. Dates count back from today in the Netherlands.
 *
 * Everything goes through the store functions the routes use, each under its demo account's scope (row-level
 * security) with that account as the actor of the case events and of an audit entry like the route writes, so the
 * history and the Logboek are real. It runs in one transaction: all of it or nothing.
 *
 * Idempotent and careful with real work: it adds nothing when the primary region already has a case (a second
 * `vsv start`, or a data directory where users already worked). Notes hold no person data. docs/casework.md, "Demo".
 */
import { type AccessScope, accessScope, withReceivingRegion } from "../domain/casework/access.js";
import type { CaseStatus, CloseReason, ContactChannel, Outcome } from "../domain/casework/case-status.js";
import type { Actor, Role } from "../domain/casework/roles.js";
import type { ProcessingActivity } from "../domain/casework/processing-activities.js";
import { type AbsenceKind, recordAbsenceReport, statutoryAbsenceRefusal } from "./absence-reports.js";
import { findAccountByUsername, getActor } from "./accounts.js";
import { type AuditAction, type AuditSubjectKind, recordAudit } from "./audit.js";
import { addContact } from "./case-contacts.js";
import { handoverCase } from "./case-handover.js";
import type { CaseRecord } from "./case-record.js";
import { closeCase, openCase, recordOutcome, updateCase } from "./cases.js";
import type { DemoPlaces } from "./demo-accounts.js";
import type { PersonRef } from "./pseudonym.js";
import { scopedSql, systemSql } from "./scope.js";
import type { Sql } from "./sql.js";
import { workloadOf } from "./workload.js";

/** What the audit entries name as the source of the demo's changes (they come from no HTTP route). */
export const DEMO_SOURCE = "vsv start (demo)";

/** The demo accounts that do the work (src/store/demo-accounts.ts). */
const WORKERS = {
  coordinator: { username: "demo-coordinator", role: "regional_coordinator", region: "primary" },
  officer: { username: "demo-begeleider", role: "regional_officer", region: "primary" },
  officer2: { username: "demo-begeleider2", role: "regional_officer", region: "primary" },
  otherRegion: { username: "demo-begeleider-andere-regio", role: "regional_officer", region: "secondary" },
  school: { username: "demo-school", role: "school_user", region: null },
} as const satisfies Record<string, { username: string; role: Role; region: "primary" | "secondary" | null }>;
type Worker = keyof typeof WORKERS;

interface ContactPlan {
  readonly daysAgo: number;
  readonly channel: ContactChannel;
  readonly reached: boolean;
  readonly note: string;
}

interface CasePlan {
  /** Who opens the case and does its work. */
  readonly by: Worker;
  /** Who it is assigned to (null: nobody). */
  readonly officer: Worker | null;
  readonly contacts: readonly ContactPlan[];
  /** The status after the contacts (the first contact already makes a new case `contacting`). */
  readonly status?: CaseStatus;
  /** The agreed next step, due this many days from today (negative: overdue). */
  readonly nextStep?: { readonly text: string; readonly dueInDays: number };
  readonly close?: { readonly reason: CloseReason; readonly note: string; readonly outcome?: Outcome };
}

/** The primary region's cases, in the order they are opened (each for the next person on the region's list). */
export const DEMO_CASES: readonly CasePlan[] = [
  {
    by: "officer",
    officer: "officer",
    contacts: [
      { daysAgo: 45, channel: "phone", reached: false, note: "Gebeld, geen gehoor. Voicemail ingesproken met het verzoek terug te bellen." },
      { daysAgo: 41, channel: "phone", reached: true, note: "Teruggebeld. Is sinds de zomer gestopt met de opleiding en zit thuis. Staat open voor een gesprek." },
      { daysAgo: 12, channel: "meeting", reached: true, note: "Gesprek op kantoor. Wil graag iets in de zorg doen; samen gekeken naar de opleidingen Helpende Zorg en Welzijn." },
    ],
    status: "guidance",
    nextStep: { text: "Samen naar de open dag van het mbo", dueInDays: 9 },
  },
  {
    by: "officer",
    officer: "officer",
    contacts: [
      { daysAgo: 52, channel: "home_visit", reached: true, note: "Huisbezoek. Jongere was thuis en wilde kort praten. Heeft schulden en zoekt vooral werk." },
      { daysAgo: 38, channel: "phone", reached: true, note: "Doorverwezen naar de schuldhulp van de gemeente. Afgesproken dat hij zich aanmeldt bij het Jongerenloket." },
    ],
    status: "guidance",
    nextStep: { text: "Nagaan of de aanmelding bij het Jongerenloket gelukt is", dueInDays: -5 },
  },
  {
    by: "officer",
    officer: "officer",
    contacts: [{ daysAgo: 3, channel: "letter", reached: false, note: "Brief gestuurd met een uitnodiging voor een kennismakingsgesprek." }],
    nextStep: { text: "Opnieuw bellen als er geen reactie komt op de brief", dueInDays: 4 },
  },
  {
    by: "officer",
    officer: "officer",
    contacts: [
      { daysAgo: 60, channel: "meeting", reached: true, note: "Intakegesprek. Wil terug naar school en twijfelt tussen twee opleidingen." },
      { daysAgo: 20, channel: "phone", reached: true, note: "Staat sinds deze maand ingeschreven bij een mbo-opleiding. De eerste weken gaan goed." },
    ],
    status: "back_in_education",
    nextStep: { text: "Na zes weken navragen of de opleiding bevalt", dueInDays: 25 },
  },
  {
    by: "officer2",
    officer: "officer2",
    contacts: [
      { daysAgo: 70, channel: "phone", reached: false, note: "Gebeld, nummer niet in gebruik." },
      { daysAgo: 55, channel: "letter", reached: false, note: "Brief gestuurd naar het adres uit de basisregistratie." },
      { daysAgo: 40, channel: "home_visit", reached: false, note: "Huisbezoek, niemand thuis. Kaartje met contactgegevens achtergelaten." },
    ],
    status: "no_contact",
    nextStep: { text: "Bij de gemeente navragen of het adres nog klopt", dueInDays: -10 },
  },
  {
    by: "officer2",
    officer: "officer2",
    contacts: [
      { daysAgo: 33, channel: "meeting", reached: true, note: "Gesprek over werken en leren. Zoekt een bbl-plek in de techniek; cv samen bijgewerkt." },
    ],
    status: "guidance",
    nextStep: { text: "Bbl-vacatures van het leerbedrijf doorsturen", dueInDays: -2 },
  },
  {
    by: "officer2",
    officer: "officer2",
    contacts: [{ daysAgo: 8, channel: "message", reached: true, note: "Bericht gestuurd; reageerde dat ze volgende week kan bellen." }],
    nextStep: { text: "Terugbellen voor een eerste gesprek", dueInDays: 2 },
  },
  { by: "coordinator", officer: null, contacts: [] },
  { by: "coordinator", officer: null, contacts: [] },
  {
    by: "coordinator",
    officer: null,
    contacts: [{ daysAgo: 36, channel: "phone", reached: false, note: "Eerste poging: gebeld, geen gehoor. Nog verdelen over de trajectbegeleiders." }],
  },
  {
    by: "officer",
    officer: "officer",
    contacts: [
      { daysAgo: 90, channel: "meeting", reached: true, note: "Intakegesprek. Wil de opleiding afmaken die hij vorig jaar afbrak." },
      { daysAgo: 30, channel: "phone", reached: true, note: "Is weer ingeschreven en volgt de lessen. Begeleiding kan stoppen." },
    ],
    status: "back_in_education",
    close: { reason: "back_in_education", note: "Weer ingeschreven bij een mbo-opleiding; de school houdt de vinger aan de pols.", outcome: "in_education" },
  },
  {
    by: "officer2",
    officer: "officer2",
    contacts: [{ daysAgo: 21, channel: "phone", reached: true, note: "Heeft een vaste baan van 32 uur gevonden in de logistiek en wil geen verdere begeleiding." }],
    status: "guidance",
    close: { reason: "working", note: "Werkt 32 uur per week; afgesproken dat ze zich meldt als ze toch een opleiding wil." },
  },
];

/** The case in the secondary region that is handed over to the primary one. */
const HANDOVER = {
  contacts: [
    { daysAgo: 40, channel: "meeting", reached: true, note: "Intakegesprek. Zoekt een opleiding in de zorg." },
    { daysAgo: 14, channel: "phone", reached: true, note: "Gaat volgende maand verhuizen naar een andere regio. Wil daar verder met de zoektocht naar een opleiding." },
  ],
  note: "De jongere is verhuisd naar uw regio en wil graag verder met een mbo-opleiding in de zorg. Het intakegesprek is gedaan; de motivatie is goed. Graag binnen twee weken contact opnemen.",
  nextStep: { text: "Kennismakingsgesprek plannen", dueInDays: 10 },
} as const;

/**
 * Absence reports the demo school files, each for the next person on its list (youngest first): the period absent
 * in days before today, reported the day after. Statutory only while the person is leerplichtig or
 * kwalificatieplichtig (the store refuses it otherwise), else filed as non-statutory.
 */
export const DEMO_ABSENCE: readonly { fromDaysAgo: number; toDaysAgo: number; kind: AbsenceKind; hours: number; note: string }[] = [
  { fromDaysAgo: 18, toDaysAgo: 16, kind: "statutory", hours: 16, note: "Drie dagen niet op school verschenen zonder afmelding. Thuis gebeld, geen gehoor." },
  { fromDaysAgo: 9, toDaysAgo: 9, kind: "non_statutory", hours: 3.5, note: "Regelmatig te laat in de eerste lesuren; een gesprek met de mentor is gepland." },
  { fromDaysAgo: 2, toDaysAgo: 2, kind: "statutory", hours: 8, note: "Hele dag afwezig zonder afmelding." },
];

export interface DemoCaseworkResult {
  /** The primary region. */
  readonly region: string;
  /** False when nothing was added; `reason` says why. */
  readonly seeded: boolean;
  readonly reason?: string;
  /** Cases opened in the primary region (the handed-over one included) and of those the open ones. */
  readonly cases: number;
  readonly open: number;
  readonly overdue: number;
  readonly withoutContact: number;
  /** Contact moments on the primary region's cases (the copies that came with the handover included). */
  readonly contacts: number;
  readonly handovers: number;
  readonly absenceReports: number;
}

const dutchDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in the Netherlands (YYYY-MM-DD). */
export function dutchToday(at: Date = new Date()): string {
  return dutchDate.format(at);
}

/** `days` calendar days after the ISO date (negative: before). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Adds the demo case work when the primary region has no case yet (see the file's comment); `today` is the Dutch
 * date the demo's dates count back from.
 */
export async function ensureDemoCasework(store: Sql, places: DemoPlaces, today: string = dutchToday()): Promise<DemoCaseworkResult> {
  const { primary, secondary } = places.regions;
  const nothing = (reason: string): DemoCaseworkResult => ({ region: primary, seeded: false, reason, cases: 0, open: 0, overdue: 0, withoutContact: 0, contacts: 0, handovers: 0, absenceReports: 0 });
  return store.transaction(async (tx) => {
    // Two `vsv start`s on one PostgreSQL store at once: the second waits here, then finds the cases.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('vsv-demo-casework'))");
    const system = systemSql(tx);
    const [{ n }] = (await system.query<{ n: number }>("SELECT count(*) AS n FROM cases WHERE region = $1", [primary])) as [{ n: number }];
    if (n > 0) return nothing(`region ${primary} already has cases`);

    const workers = await demoWorkers(system, places);
    if (typeof workers === "string") return nothing(workers);

    const persons = await system.query<{ person_ref: PersonRef }>(
      "SELECT DISTINCT person_ref FROM signals WHERE region = $1 AND list = 'possible' ORDER BY person_ref LIMIT $2",
      [primary, DEMO_CASES.length],
    );
    const [moving] = await system.query<{ person_ref: PersonRef }>(
      `SELECT DISTINCT person_ref FROM signals s WHERE region = $1 AND list = 'possible'
         AND NOT EXISTS (SELECT 1 FROM signals p WHERE p.person_ref = s.person_ref AND p.region = $2)
       ORDER BY person_ref LIMIT 1`,
      [secondary, primary],
    );
    // The school's students as the school itself sees them (its own list rows, never the Doorstroompunt's target-group
    // list), each in the region of their latest row there — what the absence route does.
    const pupils = await scopedSql(tx, accessScope(workers.school)).query<{ person_ref: PersonRef; region: string }>(
      `SELECT person_ref, region FROM (
         SELECT DISTINCT ON (person_ref) person_ref, region, birth_date FROM signals WHERE institution = $1
         ORDER BY person_ref, teljaar DESC, loaded_at DESC, id DESC) latest
       ORDER BY birth_date DESC NULLS LAST, person_ref LIMIT $2`,
      [places.institution, DEMO_ABSENCE.length],
    );
    const work = new DemoWork(tx, workers);
    for (const [i, plan] of DEMO_CASES.slice(0, persons.length).entries()) await work.playCase(persons[i]!.person_ref, primary, plan, today);
    let handovers = 0;
    if (moving) {
      await work.playCase(moving.person_ref, secondary, { by: "otherRegion", officer: "otherRegion", contacts: HANDOVER.contacts, status: "moved" }, today);
      await work.handOver(moving.person_ref, secondary, primary, today);
      handovers = 1;
    }
    let absenceReports = 0;
    for (const [i, report] of DEMO_ABSENCE.slice(0, pupils.length).entries()) {
      await work.fileAbsence(pupils[i]!.person_ref, pupils[i]!.region, places.institution, report, today);
      absenceReports += 1;
    }

    const load = await workloadOf(system, primary, today);
    const [{ cases, contacts }] = (await system.query<{ cases: number; contacts: number }>(
      "SELECT count(DISTINCT c.id) AS cases, count(k.id) AS contacts FROM cases c LEFT JOIN case_contacts k ON k.case_id = c.id WHERE c.region = $1",
      [primary],
    )) as [{ cases: number; contacts: number }];
    return {
      region: primary,
      seeded: true,
      cases,
      open: load.total.open_cases,
      overdue: load.total.overdue_next_steps,
      withoutContact: load.total.without_contact,
      contacts,
      handovers,
      absenceReports,
    };
  });
}

/** The demo accounts as actors, or why the demo cannot use them (changed by hand since `vsv start` made them). */
async function demoWorkers(sql: Sql, places: DemoPlaces): Promise<Record<Worker, Actor> | string> {
  const found = {} as Record<Worker, Actor>;
  for (const [worker, spec] of Object.entries(WORKERS) as [Worker, (typeof WORKERS)[Worker]][]) {
    const credentials = await findAccountByUsername(sql, spec.username);
    const actor = credentials ? await getActor(sql, credentials.id) : null;
    const place = spec.region === null ? places.institution : places.regions[spec.region];
    const scopeOk = ((spec.region === null ? actor?.institutions : actor?.regions) as readonly string[] | undefined)?.includes(place);
    if (!actor || actor.role !== spec.role || !scopeOk) return `demo account ${spec.username} is missing, disabled or no longer a ${spec.role} of ${place}`;
    found[worker] = actor;
  }
  return found;
}

/** The demo's changes, each under its actor's scope with the audit entry its route would write. */
class DemoWork {
  constructor(
    private readonly tx: Sql,
    private readonly workers: Record<Worker, Actor>,
  ) {}

  private as(worker: Worker, widen?: (scope: AccessScope) => AccessScope): Sql {
    const scope = accessScope(this.workers[worker]);
    return scopedSql(this.tx, widen ? widen(scope) : scope);
  }

  private id(worker: Worker): number {
    return this.workers[worker].accountId;
  }

  private async audit(
    sql: Sql,
    worker: Worker,
    entry: { action: AuditAction; activity: ProcessingActivity; subjectKind: AuditSubjectKind; person: PersonRef; region: string; details: Record<string, unknown> },
  ): Promise<void> {
    const actor = this.workers[worker];
    await recordAudit(sql, {
      actor: { id: actor.accountId, role: actor.role },
      action: entry.action,
      activity: entry.activity,
      subjectKind: entry.subjectKind,
      persons: [entry.person],
      region: entry.region,
      details: { source: DEMO_SOURCE, ...entry.details },
    });
  }

  /** One change of a case by `worker`, with its audit entry, in one (nested) transaction. */
  private change<T extends { case: CaseRecord } | CaseRecord>(worker: Worker, c: CaseRecord, details: Record<string, unknown>, run: (sql: Sql) => Promise<T>): Promise<T> {
    return this.as(worker).transaction(async (sql) => {
      const result = await run(sql);
      await this.audit(sql, worker, { action: "update", activity: "case_work", subjectKind: "case", person: c.person_ref, region: c.region, details: { case_id: c.id, ...details } });
      return result;
    });
  }

  /** Opens a case and plays its plan. */
  async playCase(person: PersonRef, region: string, plan: CasePlan, today: string): Promise<void> {
    const by = plan.by;
    let c = await this.as(by).transaction(async (sql) => {
      const opened = await openCase(sql, { personRef: person, region, actorId: this.id(by) });
      await this.audit(sql, by, { action: "create", activity: "case_work", subjectKind: "case", person, region, details: { case_id: opened.id } });
      return opened;
    });
    for (const k of plan.contacts) {
      const contact = { contactOn: addDays(today, -k.daysAgo), channel: k.channel, reached: k.reached, note: k.note };
      c = (await this.change(by, c, { added: "contact", channel: k.channel }, (sql) => addContact(sql, c.id, contact, this.id(by)))).case;
    }
    const changes = {
      ...(plan.status && plan.status !== c.status ? { status: plan.status } : {}),
      ...(plan.officer ? { officer_id: this.id(plan.officer) } : {}),
      ...(plan.nextStep ? { next_step: plan.nextStep.text, next_step_due: addDays(today, plan.nextStep.dueInDays) } : {}),
    };
    if (Object.keys(changes).length > 0) {
      const at = c.version;
      c = await this.change(by, c, { changed: Object.keys(changes), version: at }, (sql) => updateCase(sql, c.id, at, changes, this.id(by)));
    }
    if (plan.close) {
      const { reason, note, outcome } = plan.close;
      const at = c.version;
      c = await this.change(by, c, { closed: reason, version: at }, (sql) => closeCase(sql, c.id, at, { reason, note }, this.id(by)));
      if (outcome) {
        const then = c.version;
        c = await this.change(by, c, { outcome, version: then }, (sql) => recordOutcome(sql, c.id, then, outcome, this.id(by)));
      }
    }
  }

  /** Hands the person's open case in `from` over to `to`, as the other region's officer. */
  async handOver(person: PersonRef, from: string, to: string, today: string): Promise<void> {
    const worker: Worker = "otherRegion";
    await this.as(worker, (scope) => withReceivingRegion(scope, to)).transaction(async (sql) => {
      const [c] = await sql.query<{ id: number; version: number }>("SELECT id, version FROM cases WHERE person_ref = $1 AND region = $2 AND closed_at IS NULL", [person, from]);
      if (!c) throw new Error(`The demo's case in region ${from} to hand over is missing`);
      const step = { nextStep: HANDOVER.nextStep.text, nextStepDue: addDays(today, HANDOVER.nextStep.dueInDays) };
      const r = await handoverCase(sql, c.id, c.version, { toRegion: to, note: HANDOVER.note, ...step }, this.id(worker));
      await this.audit(sql, worker, { action: "update", activity: "case_work", subjectKind: "case", person, region: from, details: { case_id: c.id, handed_over_to_region: to, version: c.version } });
      await this.audit(sql, worker, { action: r.linked ? "update" : "create", activity: "case_work", subjectKind: "case", person, region: to, details: { case_id: r.receiving.id, received_from_region: from } });
    });
  }

  /** An absence report by the demo school about a person on its list (in the region of the person's latest row there). */
  async fileAbsence(person: PersonRef, region: string, institution: string, report: (typeof DEMO_ABSENCE)[number], today: string): Promise<void> {
    const worker: Worker = "school";
    await this.as(worker).transaction(async (sql) => {
      const absentFrom = addDays(today, -report.fromDaysAgo);
      const notCompulsory = report.kind === "statutory" && (await statutoryAbsenceRefusal(sql, person, region, absentFrom)) !== null;
      const r = await recordAbsenceReport(sql, {
        personRef: person,
        institution,
        region,
        reportedOn: addDays(today, -Math.max(0, report.toDaysAgo - 1)),
        absentFrom,
        absentTo: addDays(today, -report.toDaysAgo),
        kind: notCompulsory ? "non_statutory" : report.kind,
        hours: report.hours,
        note: report.note,
        createdBy: this.id(worker),
      });
      await this.audit(sql, worker, { action: "create", activity: "absence", subjectKind: "absence_report", person, region, details: { report_id: r.id, institution, case_id: null } });
    });
  }
}
