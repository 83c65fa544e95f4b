/**
 * Starting a regional programme (issue 6, part 5): a region without a programme for a period gets one with the
 * default parties, an empty agreement for every mandatory topic and status "draft" (concept). The default parties
 * follow one rule, used by the demo seed too (src/store/programme-demo.ts): the contact municipality is the region's
 * largest municipality (approximate sizes, reference/municipality-sizes.csv); the central municipality the largest
 * of that municipality's labour-market region (`centralMunicipality`); the contact school the funded MBO institution
 * seated in the region with the lowest code. A coordinator corrects any of them afterwards. docs/programmes.md.
 */
import type { GemeenteCode, RmcRegio } from "../domain/codes.js";
import { VsvError } from "../domain/errors.js";
import { type MunicipalitySize, type ProgrammePeriod, centralMunicipality, parseProgrammePeriod } from "../domain/steering/programmes.js";
import { type PlaceReference, loadPlaceReference } from "../engine/reference-files.js";
import { type Editor, type Party, createProgramme } from "./programmes.js";
import type { Sql } from "./sql.js";

/** Programme periods run four calendar years, from 2025-2028 on (the period of the letters, seed 000). */
const FIRST_PERIOD_START = 2025;
const PERIOD_YEARS = 4;

/** The programme period that contains `today` (the clock is the caller's): 2025-2028 for 2025 up to 2028. */
export function programmePeriodOn(today: Date): ProgrammePeriod {
  const year = today.getUTCFullYear();
  const start = FIRST_PERIOD_START + Math.floor((year - FIRST_PERIOD_START) / PERIOD_YEARS) * PERIOD_YEARS;
  return parseProgrammePeriod(`${start}-${start + PERIOD_YEARS - 1}`);
}

/** The periods a programme can be started for on `today`: the current one and the next. */
export function startablePeriods(today: Date): ProgrammePeriod[] {
  const current = programmePeriodOn(today);
  const nextStart = Number(current.slice(0, 4)) + PERIOD_YEARS;
  return [current, programmePeriodOn(new Date(Date.UTC(nextStart, 0, 1)))];
}

export interface ProgrammeDefaults {
  readonly regionName: string;
  readonly parties: readonly Party[];
}

/** The region's name and its default parties by the rule above; UNKNOWN_REGION when the reference has no municipality in it. */
export function defaultProgrammeParties(region: RmcRegio, reference: PlaceReference = loadPlaceReference()): ProgrammeDefaults {
  const inRegion = reference.municipalities.filter((m) => m.rmcRegion === region);
  if (inRegion.length === 0) {
    throw new VsvError("UNKNOWN_REGION", `Regio ${region} heeft geen gemeenten in reference/municipalities: kies een regio uit GET /api/v1/regions`);
  }
  const contact = [...inRegion].sort((a, b) => b.size - a.size || (a.code < b.code ? -1 : 1))[0]!;
  const sizes: MunicipalitySize[] = reference.municipalities.map((m) => ({ code: m.code as GemeenteCode, name: m.name, labourMarketRegion: m.labourMarketRegion, inhabitants: m.size }));
  const central = centralMunicipality(sizes, contact.labourMarketRegion);
  const codes = new Set(inRegion.map((m) => m.code));
  const school = reference.institutions.filter((i) => i.sectors.includes("MBO") && i.funded && codes.has(i.municipalityCode)).sort((a, b) => (a.code < b.code ? -1 : 1))[0];
  return {
    regionName: contact.rmcRegionName,
    parties: [
      ...(school ? [{ role: "contact_school" as const, code: school.code, name: school.name }] : []),
      { role: "contact_municipality", code: contact.code, name: contact.name },
      { role: "central_municipality", code: central.code, name: central.name },
    ],
  };
}

export interface ProgrammeStart {
  readonly region: RmcRegio;
  readonly period: ProgrammePeriod;
  readonly summary?: string;
}

/**
 * Starts the programme of a region for a period: default parties, every mandatory topic without agreement, status
 * draft, history "programma gestart" by `editor`. PROGRAMME_EXISTS when the region has one for the period.
 */
export async function startProgramme(sql: Sql, start: ProgrammeStart, editor: Editor, reference?: PlaceReference): Promise<number> {
  const defaults = defaultProgrammeParties(start.region, reference);
  return createProgramme(
    sql,
    { region: start.region, regionName: defaults.regionName, period: start.period, parties: defaults.parties, status: "draft", summary: start.summary?.trim() ?? "", historyNote: "programma gestart" },
    editor,
  );
}
