/**
 * One row of the signal lists as a load writes it into the `signals` table (migration 0002): a possible vsv'er of
 * the latest report month or a definitive vsv'er of the last teljaar, in one RMC region, from the engine or from
 * DUO's files. The contract between the analytics store, which produces these (src/engine/signal-rows.ts), and the
 * operational store, which keeps them (src/store/signals.ts). docs/signal-lists.md says what each field means.
 */
export const SIGNAL_LISTS = ["possible", "definitive"] as const;
export type SignalList = (typeof SIGNAL_LISTS)[number];

export const SIGNAL_SOURCES = ["engine", "duo"] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export interface SignalRow {
  /** BSN or onderwijsnummer (or the register's pseudonym). Stays in the store: never in a response, URL or log. */
  readonly person_key: string;
  readonly list: SignalList;
  readonly source: SignalSource;
  readonly teljaar: string;
  /** Possible list: the report month (YYYY-MM); null on the definitive list. */
  readonly report_month: string | null;
  /** The RMC region (two digits) whose list the row is on. */
  readonly region: string;
  readonly municipality_code: string | null;
  readonly municipality_name: string | null;
  /** BRIN. */
  readonly institution: string | null;
  readonly institution_name: string | null;
  /** Vestiging (BRIN + volgnummer) or onderwijslocatiecode. */
  readonly location: string | null;
  /** Crebo / ILT code. */
  readonly programme: string | null;
  readonly programme_name: string | null;
  /** MBO-1 … MBO-4, VMBO, HAVO-VWO, VO-ONDERBOUW, PRO, VSO (src/domain/duo/levels.ts); as DUO wrote it when unknown. */
  readonly level: string | null;
  /** BOL, BBL, EX, or as DUO wrote it. */
  readonly leerweg: string | null;
  /** YYYY-MM-DD. */
  readonly birth_date: string | null;
  /** Whole years on the day the list is about: the report month's peildatum (possible), 1 October t (definitive). */
  readonly age: number | null;
  /** With the voorvoegsel (`de Vries`); null when the source has no names (the engine). */
  readonly family_name: string | null;
  readonly given_names: string | null;
  /** Possible list: the first month of the current unbroken run on the list (YYYY-MM). */
  readonly listed_since: string | null;
  /** YYYY-MM-DD: the end of the last (funded) enrolment. */
  readonly deregistration_date: string | null;
  /** Why on the list (DUO's REDEN; the engine: GEEN INSCHRIJVING). */
  readonly reason: string | null;
  /** DUO: statutory absence reported by the school (MELDING_VERZUIM_WETTELIJK); null when unknown. */
  readonly absence_statutory: boolean | null;
  readonly absence_non_statutory: boolean | null;
}
