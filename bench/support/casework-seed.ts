/**
 * Seeds an operational store for the casework benchmark (bench/casework.ts): the signal lists of every region
 * (casework-people.ts), the officers and coordinator of the measured region (createAccount, with a password, so
 * they sign in through the API), open and closed cases with contact moments and history, absence reports, and
 * an audit log with months of history. Bulk statements only: one INSERT … SELECT FROM unnest(…) per batch of
 * generated rows, INSERT … SELECT … generate_series for what follows from rows already stored.
 */
import { type CaseStatus, type CloseReason } from "../../src/domain/casework/case-status.js";
import { purposeOf } from "../../src/domain/casework/processing-activities.js";
import { createAccount } from "../../src/store/accounts.js";
import { personRef, type PseudonymKey } from "../../src/store/pseudonym.js";
import type { Sql } from "../../src/store/sql.js";
import { Random } from "../../src/synth/random.js";
import { loadSynthReference } from "../../src/synth/reference-data.js";
import { type BenchSignal, signalRows } from "./casework-people.js";

export const BENCH_PASSWORD = "bench password for officers 1";

export interface SeedOptions {
  readonly key: PseudonymKey;
  /** The measured region (two digits), its open cases and officers. */
  readonly region: string;
  readonly cases: number;
  readonly officers: number;
  /** Signal rows of the measured region (both lists) and of the whole country. */
  readonly regionRows: number;
  readonly nationalRows: number;
  /** Audit entries already in the log before the run (months of use). */
  readonly auditHistory: number;
  readonly seed: number;
}

export interface BenchAccount {
  readonly id: number;
  readonly username: string;
}

export interface SeedResult {
  readonly officers: readonly BenchAccount[];
  readonly coordinator: BenchAccount;
  /** Rows per table after seeding. */
  readonly counts: Readonly<Record<string, number>>;
  readonly seconds: number;
}

/** Signal columns with their SQL types, in the order of BenchSignal (person_ref first, computed here). */
const SIGNAL_COLUMNS: readonly (readonly [string, string])[] = [
  ["person_ref", "text"], ["person_key", "text"], ["list", "text"], ["source", "text"], ["teljaar", "text"], ["report_month", "text"],
  ["region", "text"], ["municipality_code", "text"], ["municipality_name", "text"], ["institution", "text"], ["institution_name", "text"],
  ["location", "text"], ["programme", "text"], ["programme_name", "text"], ["level", "text"], ["leerweg", "text"], ["birth_date", "date"],
  ["age", "integer"], ["family_name", "text"], ["given_names", "text"], ["listed_since", "text"], ["deregistration_date", "date"],
  ["reason", "text"], ["absence_statutory", "boolean"], ["absence_non_statutory", "boolean"],
];

const BATCH = 5000;

/** Runs `INSERT INTO table (columns) SELECT * FROM unnest($1::type[], …)` over `rows` in batches. */
async function insertColumns(sql: Sql, table: string, columns: readonly (readonly [string, string])[], rows: readonly Record<string, unknown>[]): Promise<void> {
  const text = `INSERT INTO ${table} (${columns.map(([c]) => c).join(", ")})
    SELECT * FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})`;
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    await sql.query(text, columns.map(([c]) => batch.map((r) => r[c] ?? null)));
  }
}

async function insertSignals(sql: Sql, key: PseudonymKey, rows: readonly BenchSignal[]): Promise<void> {
  const refs = new Map<string, string>();
  const withRefs = rows.map((r) => {
    let ref = refs.get(r.person_key);
    if (!ref) refs.set(r.person_key, (ref = personRef(key, r.person_key)));
    return { ...r, person_ref: ref } as Record<string, unknown>;
  });
  await insertColumns(sql, "signals", SIGNAL_COLUMNS, withRefs);
}

async function createAccounts(sql: Sql, o: SeedOptions): Promise<{ officers: BenchAccount[]; coordinator: BenchAccount }> {
  const officers: BenchAccount[] = [];
  for (let i = 1; i <= o.officers; i++) {
    const username = `bench.officer${String(i).padStart(2, "0")}`;
    const id = await createAccount(sql, { username, displayName: `Consulent ${i}`, role: "regional_officer", regions: [o.region], password: BENCH_PASSWORD });
    officers.push({ id, username });
  }
  const username = "bench.coordinator";
  const id = await createAccount(sql, { username, displayName: "Coördinator", role: "regional_coordinator", regions: [o.region], password: BENCH_PASSWORD });
  return { officers, coordinator: { id, username } };
}

const OPEN_STATUS_WEIGHTS: readonly (readonly [CaseStatus, number])[] = [
  ["new", 8], ["contacting", 25], ["guidance", 30], ["back_in_education", 12], ["working", 10], ["working_learning", 5], ["no_contact", 8], ["moved", 2],
];
const CLOSE_REASON_WEIGHTS: readonly (readonly [CloseReason, number])[] = [
  ["startkwalificatie", 10], ["back_in_education", 35], ["working", 20], ["working_learning", 10], ["too_old", 5], ["no_contact", 10], ["refused", 5], ["other", 5],
];
const NEXT_STEPS = ["Huisbezoek plannen", "Terugbellen na intake", "Aanmelding bij ROC nagaan", "Overleg met jongerenloket", "Stand van zaken vragen bij werkgever", null];

const CASE_COLUMNS: readonly (readonly [string, string])[] = [
  ["person_ref", "text"], ["person_key", "text"], ["region", "text"], ["status", "text"], ["closed_reason", "text"], ["officer_id", "bigint"],
  ["next_step", "text"], ["next_step_due", "date"], ["teljaar", "text"], ["opened_at", "timestamptz"], ["updated_at", "timestamptz"],
  ["closed_at", "timestamptz"], ["version", "integer"],
];

const DAY = 86_400_000;

/**
 * Cases from the listed persons of every region: in the measured region exactly `cases` open ones, spread evenly
 * over the officers, and 30 % more closed ones; elsewhere 55 % of the persons have an open case (no officer
 * account there) and 15 % a closed one. Open cases were opened 90–300 days ago, closed ones 300–500.
 */
function caseRows(key: PseudonymKey, rows: readonly BenchSignal[], o: SeedOptions, officers: readonly BenchAccount[], now: Date): Record<string, unknown>[] {
  const r = new Random(o.seed + 1);
  const persons = new Map<string, Map<string, { person_key: string; teljaar: string }>>();
  for (const s of rows) {
    const region = persons.get(s.region) ?? new Map();
    const seen = region.get(s.person_key);
    if (!seen || s.teljaar > seen.teljaar) region.set(s.person_key, { person_key: s.person_key, teljaar: s.teljaar });
    persons.set(s.region, region);
  }
  const pickWeighted = <T>(weights: readonly (readonly [T, number])[]): T => weights[r.pick(weights.map(([, w]) => w))]![0];
  const out: Record<string, unknown>[] = [];
  for (const [region, people] of persons) {
    const list = [...people.values()];
    for (let i = list.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    const measured = region === o.region;
    const open = measured ? o.cases : Math.round(list.length * 0.55);
    const closed = measured ? Math.round(o.cases * 0.3) : Math.round(list.length * 0.15);
    if (measured && open + closed > list.length) {
      throw new Error(`Region ${region} has ${list.length} listed persons, too few for ${open} open and ${closed} closed cases: raise --region-rows`);
    }
    list.slice(0, open + closed).forEach((p, i) => {
      const isOpen = i < open;
      const status: CaseStatus = isOpen ? pickWeighted(OPEN_STATUS_WEIGHTS) : "closed";
      const opened = new Date(now.getTime() - (isOpen ? 90 + r.int(211) : 300 + r.int(201)) * DAY);
      const closedAt = isOpen ? null : new Date(opened.getTime() + (60 + r.int(180)) * DAY);
      const officer = measured ? officers[i % officers.length]!.id : null;
      const step = isOpen && status !== "new" ? NEXT_STEPS[r.int(NEXT_STEPS.length)]! : null;
      const changes = (status === "new" ? 0 : 1) + (["new", "contacting"].includes(status) ? 0 : 1) + (officer ? 1 : 0) + (step ? 1 : 0) + (isOpen ? 0 : 1);
      out.push({
        person_ref: personRef(key, p.person_key),
        person_key: p.person_key,
        region,
        status,
        closed_reason: isOpen ? null : pickWeighted(CLOSE_REASON_WEIGHTS),
        officer_id: officer,
        next_step: step,
        next_step_due: step ? new Date(now.getTime() + (r.int(40) - 10) * DAY).toISOString().slice(0, 10) : null,
        teljaar: p.teljaar,
        opened_at: opened,
        updated_at: closedAt ?? new Date(opened.getTime() + 75 * DAY),
        closed_at: closedAt,
        version: 1 + changes,
      });
    });
  }
  return out;
}

const NOTES = [
  "Gebeld, geen gehoor. Voicemail ingesproken met terugbelverzoek.",
  "Telefonisch gesproken. Wil graag weer naar school, interesse in een opleiding in de zorg. Afspraak voor intake gemaakt.",
  "Brief gestuurd naar het woonadres met uitnodiging voor een gesprek op het jongerenloket.",
  "Huisbezoek: moeder gesproken, jongere werkt tijdelijk in een distributiecentrum. Terugbellen volgende week.",
  "Gesprek op kantoor. Samen mogelijkheden voor een BBL-plek bekeken; contact gelegd met het leerbedrijf.",
  "Whatsappbericht gestuurd, gelezen maar niet beantwoord.",
  "Overleg met de mentor van de vorige school over de aanmelding bij het ROC.",
  "E-mail ontvangen: aangemeld voor MBO-2 per februari. Navragen of de inschrijving rond is.",
];

/** Contact moments (3–8 per case that is past `new`, one every 9 days from its opening) and the case history. */
async function contactsAndEvents(sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO case_contacts (case_id, contact_on, channel, reached, note, officer_id, created_at)
     SELECT c.id, (c.opened_at + g * interval '9 days')::date,
            (ARRAY['phone','phone','phone','email','letter','home_visit','meeting','message','other'])[1 + ((c.id * 7 + g) % 9)::int],
            (c.id + g) % 4 <> 0, ($1::text[])[1 + ((c.id * 3 + g) % cardinality($1::text[]))::int], c.officer_id,
            c.opened_at + g * interval '9 days' + interval '2 hours'
     FROM cases c, generate_series(1, 3 + (c.id % 6)::int) AS g
     WHERE c.status <> 'new'`,
    [NOTES],
  );
  await sql.query(
    `INSERT INTO case_events (case_id, at, actor_id, kind, details)
     SELECT id, opened_at, officer_id, 'opened', jsonb_build_object('region', region, 'teljaar', teljaar) FROM cases
     UNION ALL
     SELECT id, opened_at + interval '1 hour', officer_id, 'assigned', jsonb_build_object('from', NULL, 'to', officer_id) FROM cases WHERE officer_id IS NOT NULL
     UNION ALL
     SELECT k.case_id, k.created_at, k.officer_id, 'contact_added',
            jsonb_build_object('contact_id', k.id, 'contact_on', k.contact_on, 'channel', k.channel, 'reached', k.reached)
     FROM case_contacts k
     UNION ALL
     SELECT id, opened_at + interval '9 days 2 hours', officer_id, 'status_changed', jsonb_build_object('from', 'new', 'to', 'contacting', 'cause', 'first_contact')
     FROM cases WHERE status <> 'new'
     UNION ALL
     SELECT id, opened_at + interval '40 days', officer_id, 'status_changed', jsonb_build_object('from', 'contacting', 'to', CASE WHEN status = 'closed' THEN 'guidance' ELSE status END)
     FROM cases WHERE status NOT IN ('new', 'contacting')
     UNION ALL
     SELECT id, opened_at + interval '41 days', officer_id, 'next_step_set', jsonb_build_object('to', jsonb_build_object('next_step', next_step, 'next_step_due', next_step_due))
     FROM cases WHERE next_step IS NOT NULL
     UNION ALL
     SELECT id, closed_at, officer_id, 'closed', jsonb_build_object('from', 'guidance', 'reason', closed_reason) FROM cases WHERE closed_at IS NOT NULL`,
  );
}

/** Absence reports: 1–3 for every fifth person on the possible list, in the last three months. */
async function absenceReports(sql: Sql): Promise<void> {
  await sql.query(
    `INSERT INTO absence_reports (person_ref, person_key, institution, region, reported_on, kind, hours, created_at)
     SELECT s.person_ref, s.person_key, s.institution, s.region, current_date - ((s.id * 13 + g * 17) % 90)::int,
            CASE WHEN (s.id + g) % 3 = 0 THEN 'non_statutory' ELSE 'statutory' END, 4 + (s.id + g) % 60, now() - ((s.id * 13 + g * 17) % 90) * interval '1 day'
     FROM signals s, generate_series(1, 1 + (s.id % 3)::int) AS g
     WHERE s.list = 'possible' AND s.id % 5 = 0`,
  );
}

/**
 * `n` older audit entries over the last 90 days, as months of use leave them: reads of the signal list (one per
 * person listed), 30 % by the measured region's officers, the rest spread over the regions.
 */
async function auditHistory(sql: Sql, n: number, region: string, officers: readonly BenchAccount[], regions: readonly string[]): Promise<void> {
  const purpose = `signal_list: ${purposeOf("signal_list")}`;
  for (let from = 1; from <= n; from += 250_000) {
    const to = Math.min(n, from + 249_999);
    await sql.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, details, region, trace_id)
       SELECT now() - (($3::bigint - g) * (7776000.0 / $3::bigint)) * interval '1 second',
              CASE WHEN g % 10 < 3 THEN ($4::bigint[])[1 + (g % cardinality($4::bigint[]))::int] ELSE 100000 + g % 500 END,
              'regional_officer', 'read', 'person', 'p' || substr(md5(g::text), 1, 24), $5, '{"route": "/api/v1/signals", "list": "possible"}'::jsonb,
              CASE WHEN g % 10 < 3 THEN $6 ELSE ($7::text[])[1 + (g % cardinality($7::text[]))::int] END, md5((g / 50)::text)
       FROM generate_series($1::bigint, $2::bigint) AS g`,
      [from, to, n, officers.map((o) => o.id), purpose, region, regions],
    );
  }
}

async function countRows(sql: Sql, region: string): Promise<Record<string, number>> {
  const [c] = await sql.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM signals) AS signals, (SELECT count(*) FROM signals WHERE region = $1) AS region_signals,
            (SELECT count(DISTINCT region) FROM signals) AS regions,
            (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM cases WHERE region = $1 AND closed_at IS NULL) AS region_open_cases,
            (SELECT count(*) FROM case_contacts) AS case_contacts, (SELECT count(*) FROM case_events) AS case_events,
            (SELECT count(*) FROM absence_reports) AS absence_reports, (SELECT count(*) FROM audit_log) AS audit_log,
            (SELECT count(*) FROM accounts) AS accounts`,
    [region],
  );
  return c!;
}

/** Fills an empty, migrated store. */
export async function seedCasework(sql: Sql, o: SeedOptions): Promise<SeedResult> {
  const t0 = performance.now();
  const now = new Date();
  const ref = loadSynthReference();
  const rows = signalRows(ref, { region: o.region, regionRows: o.regionRows, nationalRows: o.nationalRows, seed: o.seed });
  const { officers, coordinator } = await createAccounts(sql, o);
  await sql.transaction(async (tx) => {
    await insertSignals(tx, o.key, rows);
    await insertColumns(tx, "cases", CASE_COLUMNS, caseRows(o.key, rows, o, officers, now));
    await contactsAndEvents(tx);
    await absenceReports(tx);
  });
  await auditHistory(sql, o.auditHistory, o.region, officers, [...new Set(rows.map((r) => r.region))].sort());
  await sql.query("ANALYZE");
  return { officers, coordinator, counts: await countRows(sql, o.region), seconds: Math.round((performance.now() - t0) / 100) / 10 };
}
