/**
 * The persons on the signal lists of the casework benchmark: deterministic rows for the `signals` table
 * (migration 0002) of every RMC region, as a DUO load would leave them — residence municipality in the region,
 * mostly a school in the region, level and programme fitting the school, Dutch names, ages 16–22. Synthetic:
 * any match with a real person is chance. One region (the one measured) gets a fixed number of rows, the
 * others share the rest in proportion to their population.
 */
import { MBO_PROGRAMMES, PRO_PROGRAMME, VO_PROGRAMME, VSO_PROGRAMME } from "../../src/synth/programmes.js";
import { Random } from "../../src/synth/random.js";
import { type Location, type SynthReference } from "../../src/synth/reference-data.js";
import { FEMALE_NAMES, MALE_NAMES, PROGRAMME_NAMES, SURNAMES } from "./duo-names.js";

/** The columns the bench fills, in the order of the INSERT (all text unless said otherwise in `SIGNAL_COLUMNS`). */
export interface BenchSignal {
  person_key: string;
  list: "possible" | "definitive";
  source: "duo" | "engine";
  teljaar: string;
  report_month: string | null;
  region: string;
  municipality_code: string;
  municipality_name: string;
  institution: string;
  institution_name: string;
  location: string;
  programme: string;
  programme_name: string;
  level: string;
  leerweg: string | null;
  birth_date: string;
  age: number;
  family_name: string | null;
  given_names: string | null;
  listed_since: string | null;
  deregistration_date: string;
  reason: string;
  absence_statutory: boolean | null;
  absence_non_statutory: boolean | null;
}

export interface PeopleOptions {
  /** The region measured (two digits) and its number of rows on both lists together. */
  readonly region: string;
  readonly regionRows: number;
  /** Rows of all regions together (the measured one included). */
  readonly nationalRows: number;
  readonly seed: number;
}

/** The report month of the possible list and the teljaren of both lists, as a load in November 2026 has them. */
export const REPORT_MONTH = "2026-10";
export const POSSIBLE_TELJAAR = "2026-2027";
export const DEFINITIVE_TELJAAR = "2025-2026";

/** Share of the rows on the possible list (the rest: definitive), and of persons on both lists. */
const POSSIBLE_SHARE = 0.7;
const ON_BOTH_SHARE = 0.08;

const DUO_REASONS = ["UITGESCHREVEN ZONDER STARTKWALIFICATIE", "GEEN INSCHRIJVING", "UITGESCHREVEN NA VERZUIM", "NIET TERUGGEKEERD"];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** The first month of the current run on the possible list: the last twelve report months up to REPORT_MONTH. */
function listedSince(r: Random): string {
  const back = r.int(12);
  const month = 10 - back;
  return month >= 1 ? `2026-${pad(month)}` : `2025-${pad(month + 12)}`;
}

interface Place {
  readonly municipalities: readonly { code: string; name: string; size: number }[];
  readonly weights: readonly number[];
  readonly schools: readonly Location[];
}

/** The regions with their municipalities (weighted by size) and the school locations that send vsv'ers. */
function places(ref: SynthReference): Map<string, Place> {
  const sending = ref.locations.filter((l) => ["ROC", "AOC", "VAKINSTELLING", "VO", "PRO", "VSO"].includes(l.institution.kind));
  const out = new Map<string, Place>();
  for (const m of ref.municipalities) {
    const p = out.get(m.rmcRegion) ?? { municipalities: [], weights: [], schools: [] };
    (p.municipalities as { code: string; name: string; size: number }[]).push({ code: m.code, name: m.name, size: m.size });
    (p.weights as number[]).push(m.size);
    out.set(m.rmcRegion, p);
  }
  for (const l of sending) (out.get(l.municipality.rmcRegion)?.schools as Location[] | undefined)?.push(l);
  return out;
}

/** Rows per region: `regionRows` for the measured one, the rest in proportion to inhabitants. */
function rowsPerRegion(all: Map<string, Place>, o: PeopleOptions): Map<string, number> {
  const others = [...all.entries()].filter(([code]) => code !== o.region);
  const total = others.reduce((s, [, p]) => s + p.weights.reduce((a, b) => a + b, 0), 0);
  const rest = Math.max(0, o.nationalRows - o.regionRows);
  const out = new Map<string, number>([[o.region, o.regionRows]]);
  for (const [code, p] of others) out.set(code, Math.round((rest * p.weights.reduce((a, b) => a + b, 0)) / total));
  return out;
}

function schoolRow(r: Random, school: Location): Pick<BenchSignal, "institution" | "institution_name" | "location" | "programme" | "programme_name" | "level" | "leerweg"> {
  const base = { institution: school.institution.code, institution_name: school.institution.name, location: school.code };
  switch (school.institution.kind) {
    case "PRO":
      return { ...base, programme: PRO_PROGRAMME, programme_name: "Praktijkonderwijs", level: "PRO", leerweg: null };
    case "VSO":
      return { ...base, programme: VSO_PROGRAMME, programme_name: "Voortgezet speciaal onderwijs", level: "VSO", leerweg: null };
    case "VO": {
      const level = ["VMBO", "VMBO", "HAVO-VWO", "VO-ONDERBOUW"][r.int(4)]!;
      return { ...base, programme: VO_PROGRAMME[r.int(VO_PROGRAMME.length)]!, programme_name: level === "VMBO" ? "Vmbo basisberoepsgerichte leerweg" : level === "HAVO-VWO" ? "Havo" : "Onderbouw vo", level, leerweg: null };
    }
    default: {
      const level = 1 + r.pick([18, 30, 24, 28]);
      const pool = MBO_PROGRAMMES.filter((p) => p.level === level && p.green === (school.institution.kind === "AOC"));
      const programme = pool[r.int(pool.length)] ?? MBO_PROGRAMMES[0]!;
      const names = PROGRAMME_NAMES[programme.domain]?.[level - 1] ?? [programme.domain];
      return { ...base, programme: programme.code, programme_name: names[r.int(names.length)]!, level: `MBO-${level}`, leerweg: r.chance(0.8) ? "BOL" : "BBL" };
    }
  }
}

/**
 * Every signal row of every region. Person numbers are 9 digits, unique across the country; a person on both
 * lists of a region has the same number on both.
 */
export function signalRows(ref: SynthReference, o: PeopleOptions): BenchSignal[] {
  const r = new Random(o.seed);
  const all = places(ref);
  const allSchools = [...all.values()].flatMap((p) => p.schools);
  const rows: BenchSignal[] = [];
  let personNumber = 0;
  for (const [region, count] of rowsPerRegion(all, o)) {
    const place = all.get(region)!;
    // Regions with DUO files get DUO's rows (names, absence flags); a few without get the engine's.
    const duo = region === o.region || r.chance(0.85);
    let made = 0;
    while (made < count) {
      personNumber += 1;
      const personKey = String(180_000_000 + personNumber * 7);
      const m = place.municipalities[r.pick(place.weights)]!;
      // Mostly a school in the region; some attend one elsewhere.
      const school = place.schools.length > 0 && r.chance(0.85) ? place.schools[r.int(place.schools.length)]! : allSchools[r.int(allSchools.length)]!;
      const age = 16 + r.int(7);
      const birth = isoDay(2026 - age - 1, 300 + r.int(365));
      const [prefix, surname] = SURNAMES[r.int(SURNAMES.length)]!;
      const given = r.chance(0.5) ? FEMALE_NAMES[r.int(FEMALE_NAMES.length)]! : MALE_NAMES[r.int(MALE_NAMES.length)]!;
      const lists: ("possible" | "definitive")[] = r.chance(ON_BOTH_SHARE) ? ["possible", "definitive"] : [r.chance(POSSIBLE_SHARE) ? "possible" : "definitive"];
      const study = schoolRow(r, school);
      for (const list of lists) {
        if (made >= count) break;
        made += 1;
        const possible = list === "possible";
        rows.push({
          person_key: personKey,
          list,
          source: duo ? "duo" : "engine",
          teljaar: possible ? POSSIBLE_TELJAAR : DEFINITIVE_TELJAAR,
          report_month: possible ? REPORT_MONTH : null,
          region,
          municipality_code: m.code,
          municipality_name: m.name,
          ...study,
          birth_date: birth,
          age,
          family_name: duo ? (prefix ? `${prefix} ${surname}` : surname) : null,
          given_names: duo ? given : null,
          listed_since: possible ? listedSince(r) : null,
          deregistration_date: possible ? isoDay(2025, 240 + r.int(420)) : isoDay(2025, 220 + r.int(300)),
          reason: duo ? DUO_REASONS[r.int(DUO_REASONS.length)]! : "GEEN INSCHRIJVING",
          absence_statutory: duo ? r.chance(0.3) : null,
          absence_non_statutory: duo ? r.chance(0.2) : null,
        });
      }
    }
  }
  return rows;
}
