/**
 * One fact of a listed person's school career as `vsv signals load` writes it into `person_history` (migration
 * 0009), for the person page: the contract between the analytics store, which reads these
 * (src/engine/signal-rows-history.ts), and the operational store, which keeps them (src/store/person-history.ts).
 * docs/signal-lists.md, "Person history".
 */
import type { SignalSource } from "./signal-row.js";

export const HISTORY_KINDS = ["enrolment", "diploma", "signal_month", "job"] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** A fact without its person: what the reader returns (the store adds nothing but the person it belongs to). */
export interface PersonHistoryEntry {
  /** enrolment: an inschrijving; diploma: a diploma awarded; signal_month: a report month on the possible list; job: a job. */
  readonly kind: HistoryKind;
  /** YYYY-MM-DD. enrolment: start; diploma: the day awarded; signal_month: the report month's first day; job: start. */
  readonly from_date: string | null;
  /** YYYY-MM-DD. enrolment: the last day (null: still enrolled); job: the last day (null: still working); else null. */
  readonly to_date: string | null;
  /** BRIN of the school (enrolment, diploma, DUO's signal month). */
  readonly institution: string | null;
  /** The school's name from the reference data (else DUO's). */
  readonly institution_name: string | null;
  /** Vestiging or onderwijslocatiecode (enrolment). */
  readonly location: string | null;
  /** VO, MBO, VAVO, HO, PRO, VSO (enrolment). */
  readonly sector: string | null;
  /** enrolment: the register's level (VMBO-KB, 2, HAVO …); diploma: VMBO-GT, MBO-2, HAVO …; DUO's signal month: DUO's NIVEAU. */
  readonly level: string | null;
  /** BOL or BBL (mbo). */
  readonly leerweg: string | null;
  /** Crebo / ILT code. */
  readonly programme: string | null;
  /** The programme's name: only DUO's files have one. */
  readonly programme_name: string | null;
  /** enrolment: funded education (false: recognised but unfunded). */
  readonly funded: boolean | null;
  /** job: hours per week. */
  readonly hours_per_week: number | null;
  /** signal_month: why on the list that month (DUO's REDEN; the engine's GEEN INSCHRIJVING). */
  readonly reason: string | null;
  /** engine: from the register (and the engine's monthly signalling); duo: from DUO's A04/A14 files. */
  readonly source: SignalSource;
}

/** A fact with the person's number, as the analytics store gives it (the number never leaves the store's load). */
export interface PersonHistoryFact extends PersonHistoryEntry {
  readonly person_key: string;
}

/**
 * The history with one signal month per month. A person can be on the possible list of a month twice over: by the
 * engine's monthly signalling and in an imported A04/A14 of DUO (each with a row of its own). The officer reads one
 * month once: DUO's row wins (it is what DUO sent the region), with the engine's school or reason filling what DUO's
 * row leaves empty. Other kinds pass unchanged, in their order.
 */
export function onePerMonth<T extends PersonHistoryEntry>(history: readonly T[]): T[] {
  const months = new Map<string, T>();
  const out: T[] = [];
  for (const h of history) {
    if (h.kind !== "signal_month" || !h.from_date) {
      out.push(h);
      continue;
    }
    const month = h.from_date.slice(0, 7);
    const seen = months.get(month);
    if (!seen) {
      months.set(month, h);
      out.push(h);
      continue;
    }
    const [first, second] = seen.source === "duo" || h.source !== "duo" ? [seen, h] : [h, seen];
    const merged: T = {
      ...first,
      institution: first.institution ?? second.institution,
      institution_name: first.institution_name ?? second.institution_name,
      reason: first.reason ?? second.reason,
    };
    months.set(month, merged);
    out[out.indexOf(seen)] = merged;
  }
  return out;
}
