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
