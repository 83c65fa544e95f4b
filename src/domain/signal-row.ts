/**
 * One row of the signal lists as a load writes it into the `signals` table (migration 0002): a possible vsv'er of
 * the latest report month or a definitive vsv'er of the last teljaar, in one RMC region, from the engine or from
 * DUO's files. The contract between the analytics store, which produces these (src/engine/signal-rows.ts), and the
 * operational store, which keeps them (src/store/signals.ts). docs/signal-lists.md says what each field means.
 */
/**
 * `target_group`: the worklist of the Wet van school naar duurzaam werk — young people up to 27 who left vso, pro,
 * entree or mbo-2 bol, or are vsv'ers, and are neither in education nor in work (docs/target-group.md).
 */
export const SIGNAL_LISTS = ["possible", "definitive", "target_group"] as const;
export type SignalList = (typeof SIGNAL_LISTS)[number];

export const SIGNAL_SOURCES = ["engine", "duo"] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/**
 * Where the person lives and how to reach them, so an officer can recognise and contact them: DUO's STRAAT,
 * HUISNUMMER (+ HUISLETTER/TOEVOEGING), POSTCODE and WOONPLAATS, or the register's optional person columns
 * (docs/register-format.md). Phone and e-mail are never in DUO's files: null on DUO rows. Null when unknown.
 */
export interface ContactDetails {
  readonly street: string | null;
  /** With letter and addition as one text (`12a`, `7-II`). */
  readonly house_number: string | null;
  /** `1234 AB`. */
  readonly postcode: string | null;
  /** Woonplaats. */
  readonly residence: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

export interface SignalRow extends ContactDetails {
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
  /** With the voorvoegsel (`de Vries`); null when the source has no names (a register without name columns). */
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
  /** Target-group list only: the group (src/domain/target-group.ts: vso, pro, entree, mbo2_bol, vsv); null on the other lists. */
  readonly target_group: string | null;
}
