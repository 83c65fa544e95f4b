/**
 * Regional programmes (issue 6, part 5): every Doorstroompunt (RMC) region has a programme for a period in which
 * contact school, contact municipality and the central municipality of the labour-market region make agreements
 * on the mandatory topics and take measures, paid from the yearly national budget. Here the vocabulary, the
 * budget key and the indicative regional target. Pure: no I/O, no clock. docs/programmes.md.
 */
import type { GemeenteCode, RmcRegio } from "../codes.js";
import { VsvError } from "../errors.js";

export const PROGRAMME_STATUSES = ["draft", "adopted", "running", "finished"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_STATUS_LABELS: Readonly<Record<ProgrammeStatus, string>> = {
  draft: "concept",
  adopted: "vastgesteld",
  running: "in uitvoering",
  finished: "afgerond",
};

export const MEASURE_STATUSES = ["planned", "running", "done", "stopped"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  planned: "gepland",
  running: "loopt",
  done: "afgerond",
  stopped: "gestopt",
};

export const PARTY_ROLES = ["contact_school", "contact_municipality", "central_municipality"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Readonly<Record<PartyRole, string>> = {
  contact_school: "Contactschool",
  contact_municipality: "Contactgemeente",
  central_municipality: "Centrumgemeente arbeidsmarktregio",
};

export function isProgrammeStatus(s: string): s is ProgrammeStatus {
  return (PROGRAMME_STATUSES as readonly string[]).includes(s);
}
export function isMeasureStatus(s: string): s is MeasureStatus {
  return (MEASURE_STATUSES as readonly string[]).includes(s);
}

declare const periodBrand: unique symbol;
/** "2025-2028": the first and last calendar year of a programme. */
export type ProgrammePeriod = string & { readonly [periodBrand]: true };

export function parseProgrammePeriod(text: string): ProgrammePeriod {
  const m = /^(\d{4})-(\d{4})$/.exec(text);
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || to < from || to - from > 7) {
    throw new VsvError("BAD_PERIOD", `Programmaperiode "${text}" is niet geldig: schrijf eerste-laatste jaar, hoogstens acht jaar, bijvoorbeeld 2025-2028`);
  }
  return text as ProgrammePeriod;
}

export function periodYears(period: ProgrammePeriod): number[] {
  const [from, to] = period.split("-").map(Number) as [number, number];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A mandatory topic of every programme (reference/programme-topics.csv, from the letters in seeds 000–004). */
export interface ProgrammeTopic {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly source: string;
}

/**
 * The budget key. The letters say: "jaarlijks is er ruim € 90 miljoen beschikbaar voor deze regionale programma's"
 * and "regio's met veel jongeren die in België naar school gaan, maar in Nederland wonen, krijgen extra budget"
 * (seed 000). They do not give the formula, so vsv-monitor uses this one, stated here and in docs/programmes.md:
 *  - the national amount is divided over the regions in proportion to their number of new vsv'ers in the latest
 *    computed teljaar (largest remainder on whole euros, so the shares add up to the national amount exactly);
 *  - on top of it, a region with at least BELGIUM_MIN_PUPILS residents schooling in Belgium gets
 *    BELGIUM_SUPPLEMENT_PER_PUPIL_EUR per such pupil (the number is recorded on the programme).
 */
export const NATIONAL_PROGRAMME_BUDGET_EUR = 90_000_000;
export const BELGIUM_MIN_PUPILS = 50;
export const BELGIUM_SUPPLEMENT_PER_PUPIL_EUR = 1_000;

/**
 * Divides `total` (a whole number) over the keys in proportion to their weights, in whole units, by largest
 * remainder (ties: the key that sorts first), so the parts add up to `total` exactly. All weights 0: equal parts.
 */
export function divideExactly<K extends string>(total: number, weights: ReadonlyMap<K, number>): Map<K, number> {
  if (!Number.isSafeInteger(total) || total < 0) throw new VsvError("BAD_TOTAL", `Cannot divide ${total}: use a whole number of at least 0`);
  const keys = [...weights.keys()].sort();
  const out = new Map<K, number>();
  if (keys.length === 0) return out;
  for (const k of keys) {
    const w = weights.get(k)!;
    if (!Number.isFinite(w) || w < 0) throw new VsvError("BAD_WEIGHT", `Weight ${w} of ${k} is not valid: weights must be numbers of at least 0`);
  }
  const sum = keys.reduce((s, k) => s + weights.get(k)!, 0);
  const exact = keys.map((k) => ({ k, v: sum === 0 ? total / keys.length : (total * weights.get(k)!) / sum }));
  let given = 0;
  for (const { k, v } of exact) {
    out.set(k, Math.floor(v));
    given += Math.floor(v);
  }
  const byRemainder = [...exact].sort((a, b) => b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  for (let i = 0; i < total - given; i++) {
    const k = byRemainder[i % byRemainder.length]!.k;
    out.set(k, out.get(k)! + 1);
  }
  return out;
}

export function belgiumSupplement(pupilsInBelgium: number): number {
  return pupilsInBelgium >= BELGIUM_MIN_PUPILS ? pupilsInBelgium * BELGIUM_SUPPLEMENT_PER_PUPIL_EUR : 0;
}

export interface RegionBudget {
  readonly nationalTotal: number;
  /** The region's new vsv'ers and the national number the key divides by. */
  readonly regionVsv: number;
  readonly nationalVsv: number;
  readonly share: number;
  readonly pupilsInBelgium: number;
  readonly belgiumSupplement: number;
  readonly total: number;
}

/** One region's yearly budget under the key above, from every region's count of new vsv'ers. */
export function regionBudget(region: RmcRegio, vsvByRegion: ReadonlyMap<string, number>, pupilsInBelgium: number): RegionBudget {
  if (!vsvByRegion.has(region)) throw new VsvError("NO_REGION_FIGURE", `Regio ${region} heeft geen vsv-cijfer: bereken de cijfers (vsv compute) voordat het budget wordt afgeleid`);
  const shares = divideExactly(NATIONAL_PROGRAMME_BUDGET_EUR, vsvByRegion);
  const supplement = belgiumSupplement(pupilsInBelgium);
  const share = shares.get(region)!;
  return {
    nationalTotal: NATIONAL_PROGRAMME_BUDGET_EUR,
    regionVsv: vsvByRegion.get(region)!,
    nationalVsv: [...vsvByRegion.values()].reduce((s, v) => s + v, 0),
    share,
    pupilsInBelgium,
    belgiumSupplement: supplement,
    total: share + supplement,
  };
}

/**
 * The region's share of a national target in proportion to its current count of new vsv'ers (largest remainder,
 * so the regions' shares add up to the national target): what the programme page shows when no target plan has
 * been adopted for the region.
 */
export function proportionalTarget(region: RmcRegio, nationalTarget: number, vsvByRegion: ReadonlyMap<string, number>): number {
  if (!vsvByRegion.has(region)) throw new VsvError("NO_REGION_FIGURE", `Regio ${region} heeft geen vsv-cijfer: bereken de cijfers voordat het streefdoel wordt afgeleid`);
  return divideExactly(nationalTarget, vsvByRegion).get(region)!;
}

export interface MunicipalitySize {
  readonly code: GemeenteCode;
  readonly name: string;
  readonly labourMarketRegion: string;
  /** Inhabitants (any unit, the same for all). */
  readonly inhabitants: number;
}

/**
 * The central municipality (centrumgemeente) of a labour-market region as vsv-monitor chooses it when no one has
 * entered it: the region's municipality with the most inhabitants (ties: the lowest code). In practice the
 * centrumgemeenten are the largest cities of their labour-market regions; a coordinator can correct it.
 */
export function centralMunicipality(municipalities: readonly MunicipalitySize[], labourMarketRegion: string): MunicipalitySize {
  const inRegion = municipalities.filter((m) => m.labourMarketRegion === labourMarketRegion);
  if (inRegion.length === 0) throw new VsvError("NO_MUNICIPALITIES", `Arbeidsmarktregio ${labourMarketRegion} heeft geen gemeenten in de referentietabel: controleer reference/municipalities`);
  return [...inRegion].sort((a, b) => b.inhabitants - a.inhabitants || (a.code < b.code ? -1 : 1))[0]!;
}
