/**
 * Realistic, full-width DUO vsv files for benchmarks (duo-formats.md): per institution one
 * teljaar's 12 A04, 3 A14, NRSP V/D and NenR V/D — 19 files — written exactly as DUO does:
 * semicolons, `#` before the first header, CRLF on every line (the last too), no quoting,
 * DD-MM-YYYY dates, house numbers such as `129.0`, `Mbo4 opleidingen` levels, `REGIO 28` regions
 * in the A04/A14 files, municipality codes without leading zeros, UTF-8 with Dutch names and
 * diacritics. Deterministic for a seed. Used by bench/duo-files.ts and bench/duo-import.ts.
 *
 * The people are synthetic (institutions, locations and municipalities come from reference/):
 * valid BSNs (11-check) for most, onderwijsnummers (BSN column 0) for some. Proportions:
 * NRSP ≈ the start population; preliminary and definitive NRSP differ by late registrations,
 * withdrawn rows and changed attributes; A04 lists grow through the year to a few % of NRSP, and a
 * person who re-enrols disappears from later files; A14 continues the September list; NenR ≈ 4–5 %
 * of NRSP, preliminary ≠ definitive, and about 1 % of NenR rows are missing from the NRSP.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NENR_COLUMNS, NRSP_COLUMNS, SIGNAL_COLUMNS } from "../../src/domain/duo/layout.js";
import { type DuoKind, type DuoScope, duoFileName } from "../../src/domain/duo/file-name.js";
import { type ReportMonth, a04Months, a14Months, compactMonth } from "../../src/domain/duo/report-month.js";
import { DUO_LEVEL_NAMES, type DuoLevel } from "../../src/domain/duo/levels.js";
import { type Teljaar, parseTeljaar, startYear } from "../../src/domain/teljaar.js";
import { MBO_PROGRAMMES } from "../../src/synth/programmes.js";
import { PersonIdFactory, personIdText } from "../../src/synth/ids.js";
import { Random, cumulative } from "../../src/synth/random.js";
import { type Municipality, type SynthReference, loadSynthReference } from "../../src/synth/reference-data.js";
import {
  COLLEGES,
  FEMALE_NAMES,
  HOUSE_ADDITIONS,
  MALE_NAMES,
  MIDDLE_NAMES_F,
  MIDDLE_NAMES_M,
  PROGRAMME_NAMES,
  STREETS,
  SURNAMES,
  VAVO_COLLEGE,
} from "./duo-names.js";

export interface DuoBenchOptions {
  /** Output folder: one sub-folder per institution (its 19 files) and `all/` (hard links to every file). */
  readonly out: string;
  readonly institutions: number;
  /** Mean start population (NRSP rows) per institution; each institution is 80–120 % of it. */
  readonly students: number;
  readonly teljaar: string;
  readonly seed: number;
  /** Also write region-scoped files (`R28`) of the same shape: every generated row of residents of this RMC region. */
  readonly region?: string;
  /**
   * Files like the ones institutions really get, where checks fail on many rows: every person
   * number fails its check (BSN 11-check, onderwijsnummer check) and a quarter of the people live
   * in a municipality whose code is in no year of the reference data (one of 60 such codes).
   */
  readonly messy?: boolean;
}

export interface DuoBenchFolder {
  readonly name: string;
  readonly folder: string;
  readonly files: number;
  readonly bytes: number;
  /** NRSP D rows. */
  readonly startPopulation: number;
  /** NenR D rows. */
  readonly vsv: number;
}

export interface DuoBenchSummary {
  readonly options: DuoBenchOptions;
  readonly teljaar: Teljaar;
  readonly institutions: readonly DuoBenchFolder[];
  /** The folder holding every institution's files (hard links). */
  readonly all: { readonly folder: string; readonly files: number; readonly bytes: number };
  readonly region?: DuoBenchFolder;
  readonly rows: Readonly<Record<string, number>>;
  readonly seconds: number;
}

const MANIFEST = "duo-bench.json";
const GENERATOR_VERSION = 1;

interface Location {
  readonly code: string;
  readonly volgnr: string;
  readonly duoCode: string;
  readonly name: string;
  readonly street: string;
  readonly houseNumber: string;
  readonly addition: string;
  readonly postcode: string;
  readonly place: string;
  readonly weight: number;
}

interface Provider {
  readonly code: string;
  readonly name: string;
}

interface Programme {
  readonly crebo: string;
  readonly name: string;
  readonly level: DuoLevel;
  readonly provider: Provider;
}

interface Person {
  readonly key: string;
  readonly bsn: string;
  readonly onr: string;
  readonly birth: string;
  readonly sex: "M" | "V";
  readonly surname: string;
  readonly prefix: string;
  readonly firstNames: string;
  readonly municipality: Municipality;
  /** GEMCODE as written: the municipality's code without leading zeros, or an unknown code (messy files). */
  readonly municipalityCode: string;
  readonly postcode: string;
  readonly street: string;
  readonly houseNumber: string;
  readonly houseLetter: string;
  readonly addition: string;
  readonly designation: string;
  location: Location;
  programme: Programme;
  leerweg: string;
  readonly enrolment: string;
  /** Report-month index (0 = October of t … 11 = September of t+1) the person came on the A04 list; -1: never. */
  leave: number;
  /** Index from which the person is off the list again (re-enrolled; 12–14: late, in the A14 months); -1: stays on. */
  back: number;
  deregistration: string;
  statutory: string;
  nonStatutory: string;
  outflow: string;
  inNrspV: boolean;
  inNrspD: boolean;
  inNenrV: boolean;
  inNenrD: boolean;
  /** The preliminary NRSP/NenR row differs (another programme or leerweg). */
  changedV: Programme | null;
  changedLeerwegV: string | null;
}

const LEVEL_WEIGHTS: readonly (readonly [DuoLevel, number])[] = [
  ["MBO-1", 6],
  ["MBO-2", 21],
  ["MBO-3", 25],
  ["MBO-4", 45.5],
  ["HAVO-VWO", 1.8],
  ["VMBO", 0.7],
];
const LEVEL_CUM = cumulative(LEVEL_WEIGHTS.map((l) => l[1]));
/** Chance to leave without a startkwalificatie during the teljaar (before re-enrolments). */
const LEAVE_CHANCE: Readonly<Record<string, number>> = { "MBO-1": 0.25, "MBO-2": 0.125, "MBO-3": 0.075, "MBO-4": 0.05, "HAVO-VWO": 0.09, VMBO: 0.12 };
/** When leavers leave: October … September. */
const LEAVE_MONTH_CUM = cumulative([12, 11, 9, 11, 8, 7, 7, 6, 6, 7, 7, 9]);
const AGE_CUM = cumulative([14, 22, 22, 17, 12, 8, 5]);
const OUTFLOW_REASONS = ["02", "03", "05", "08", "11", "12", "14"];
const OUTFLOW_CUM = cumulative([30, 12, 20, 8, 15, 10, 5]);
const POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

function pick<T>(rng: Random, list: readonly T[]): T {
  return list[rng.int(list.length)]!;
}

function ddmmyyyy(utcMs: number): string {
  const d = new Date(utcMs);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}-${mm}-${d.getUTCFullYear()}`;
}

function postcodeLetters(rng: Random): string {
  return POSTCODE_LETTERS[rng.int(POSTCODE_LETTERS.length)]! + POSTCODE_LETTERS[rng.int(POSTCODE_LETTERS.length)]!;
}

/** A 4-digit postcode area for a municipality: stable per code, a few areas per municipality. */
function postcode4(m: Municipality, rng: Random): string {
  let h = 0;
  for (const c of m.code) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return String(1000 + ((h * 7919) % 8800) + rng.int(40));
}

function upper(s: string): string {
  return s.toLocaleUpperCase("nl-NL");
}

/** Municipality code as DUO writes it: without leading zeros. */
function gemcode(m: Municipality): string {
  return String(Number(m.code));
}

/** Codes in no year of reference/municipalities/ (CBS codes stay below 2000), for messy files. */
const UNKNOWN_CODES = Array.from({ length: 60 }, (_, i) => String(9100 + i * 7));

/** The weighted sum of the 11-check, mod 11 (0: a BSN, 5: an onderwijsnummer). */
function checkRest(id: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(id[i]);
  return (((sum - Number(id[8])) % 11) + 11) % 11;
}

/** The same number with another last digit, so that it passes neither the BSN nor the onderwijsnummer check. */
function failingCheck(id: string): string {
  for (let k = 1; k < 10; k++) {
    const candidate = `${id.slice(0, 8)}${(Number(id[8]) + k) % 10}`;
    const rest = checkRest(candidate);
    if (rest !== 0 && rest !== 5) return candidate;
  }
  throw new Error(`no failing check digit for ${id}`);
}

function header(columns: readonly { duo: string }[]): string {
  return `#${columns.map((c) => c.duo).join(";")}`;
}

interface InstitutionSetup {
  readonly brin: string;
  readonly name: string;
  readonly shortName: string;
  readonly home: Municipality;
  readonly locations: readonly Location[];
  readonly locationCum: Float64Array;
  readonly programmes: ReadonlyMap<DuoLevel, { list: Programme[]; cum: Float64Array }>;
}

const BRIN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ";

function syntheticBrin(i: number): string {
  return `${91 + Math.floor(i / (BRIN_LETTERS.length * BRIN_LETTERS.length))}${BRIN_LETTERS[Math.floor(i / BRIN_LETTERS.length) % BRIN_LETTERS.length]}${BRIN_LETTERS[i % BRIN_LETTERS.length]}`;
}

function setupInstitution(ref: SynthReference, index: number, rng: Random): InstitutionSetup {
  const rocs = ref.institutions.filter((x) => x.kind === "ROC");
  const base = rocs[index % rocs.length]!;
  const brin = index < rocs.length ? base.code : syntheticBrin(index - rocs.length);
  const name = index < rocs.length ? base.name : `${base.name} ${Math.floor(index / rocs.length) + 1}`;
  const home = ref.byCode.get(base.municipalityCode)!;
  const refLocations = ref.locations.filter((l) => l.institution.code === base.code);
  const locations: Location[] = refLocations.map((l, k) => ({
    code: `${brin}${String(k).padStart(2, "0")}`,
    volgnr: String(k).padStart(2, "0"),
    duoCode: `1${String(rng.int(100)).padStart(2, "0")}X${String(rng.int(1000)).padStart(3, "0")}`,
    name: index < rocs.length ? l.name : `${name} ${l.municipality.name}`,
    street: pick(rng, STREETS),
    houseNumber: `${rng.between(1, 300)}.0`,
    addition: rng.chance(0.15) ? pick(rng, ["a", "b", "A", "-2"]) : "",
    postcode: postcode4(l.municipality, rng) + postcodeLetters(rng),
    place: upper(l.municipality.name),
    weight: k === 0 ? 3 : 1 + rng.next(),
  }));
  const providers = new Map<string, Provider>();
  const provider = (college: string): Provider => {
    let p = providers.get(college);
    if (!p) {
      p = { code: `1${String(rng.int(100)).padStart(2, "0")}A${String(rng.int(1000)).padStart(3, "0")}`, name: `${name} ${college}` };
      providers.set(college, p);
    }
    return p;
  };
  const programmes = new Map<DuoLevel, { list: Programme[]; cum: Float64Array }>();
  for (let level = 1; level <= 4; level++) {
    const list: Programme[] = [];
    const weights: number[] = [];
    const variants = new Map<string, number>();
    for (const p of MBO_PROGRAMMES) {
      if (p.level !== level || p.green) continue;
      const v = variants.get(p.domain) ?? 0;
      variants.set(p.domain, v + 1);
      const names = PROGRAMME_NAMES[p.domain]?.[level - 1];
      const college = COLLEGES.find(([, domains]) => domains.includes(p.domain))?.[0] ?? "College";
      list.push({
        crebo: p.code,
        name: names?.[v] ?? `${p.domain} niveau ${level}`,
        level: `MBO-${level}` as DuoLevel,
        provider: provider(college),
      });
      weights.push(0.5 + rng.next());
    }
    programmes.set(`MBO-${level}` as DuoLevel, { list, cum: cumulative(weights) });
  }
  const vavo = provider(VAVO_COLLEGE);
  programmes.set("HAVO-VWO", {
    list: [
      { crebo: "9240", name: "Vavo havo", level: "HAVO-VWO", provider: vavo },
      { crebo: "9250", name: "Vavo vwo", level: "HAVO-VWO", provider: vavo },
    ],
    cum: cumulative([2, 1]),
  });
  programmes.set("VMBO", { list: [{ crebo: "9230", name: "Vavo vmbo-tl", level: "VMBO", provider: vavo }], cum: cumulative([1]) });
  const shortName = upper(name).slice(0, 30).trim();
  return { brin, name, shortName, home, locations, locationCum: cumulative(locations.map((l) => l.weight)), programmes };
}

interface MunicipalityPools {
  readonly national: { list: readonly Municipality[]; cum: Float64Array };
  readonly byRegion: Map<string, { list: readonly Municipality[]; cum: Float64Array }>;
}

function municipalityPools(ref: SynthReference): MunicipalityPools {
  const byRegion = new Map<string, { list: Municipality[]; cum: Float64Array }>();
  const grouped = new Map<string, Municipality[]>();
  for (const m of ref.municipalities) {
    const g = grouped.get(m.rmcRegion) ?? [];
    g.push(m);
    grouped.set(m.rmcRegion, g);
  }
  for (const [r, list] of grouped) byRegion.set(r, { list, cum: cumulative(list.map((m) => m.size)) });
  return { national: { list: ref.municipalities, cum: cumulative(ref.municipalities.map((m) => m.size)) }, byRegion };
}

function leerwegFor(level: DuoLevel, rng: Random): string {
  if (level === "HAVO-VWO" || level === "VMBO") return "";
  if (rng.chance(0.002)) return "EX";
  const bbl = level === "MBO-1" ? 0.08 : level === "MBO-2" ? 0.38 : level === "MBO-3" ? 0.28 : 0.1;
  return rng.chance(bbl) ? "BBL" : "BOL";
}

function drawProgramme(inst: InstitutionSetup, level: DuoLevel, rng: Random): Programme {
  const pool = inst.programmes.get(level)!;
  return pool.list[rng.pickCumulative(pool.cum)]!;
}

function makePerson(inst: InstitutionSetup, pools: MunicipalityPools, ids: PersonIdFactory, rng: Random, y: number, messy = false): Person {
  const onderwijsnummer = rng.chance(0.06);
  const valid = personIdText(ids.next(onderwijsnummer ? "ONDERWIJSNUMMER" : "BSN"));
  const id = messy ? failingCheck(valid) : valid;
  const sex = rng.chance(0.52) ? "M" : "V";
  const age = 16 + rng.pickCumulative(AGE_CUM);
  // born so that the age on 1 October of t is `age`
  const birth = Date.UTC(y - age, 9, 1) - rng.int(365) * 86_400_000;
  const [prefix, surname] = pick(rng, SURNAMES);
  const first = pick(rng, sex === "M" ? MALE_NAMES : FEMALE_NAMES);
  const middles = sex === "M" ? MIDDLE_NAMES_M : MIDDLE_NAMES_F;
  const n = rng.pick([35, 40, 20, 5]);
  const names = [first];
  for (let k = 0; k < n; k++) names.push(pick(rng, middles));
  const regionPool = pools.byRegion.get(inst.home.rmcRegion)!;
  const pool = rng.chance(0.8) ? regionPool : pools.national;
  const municipality = pool.list[rng.pickCumulative(pool.cum)]!;
  const level = LEVEL_WEIGHTS[rng.pickCumulative(LEVEL_CUM)]![0];
  const programme = drawProgramme(inst, level, rng);
  const letter = rng.chance(0.06) ? pick(rng, ["A", "B", "C"]) : "";
  const municipalityCode = messy && rng.chance(0.25) ? pick(rng, UNKNOWN_CODES) : gemcode(municipality);
  return {
    key: id,
    bsn: onderwijsnummer ? "0" : id,
    onr: onderwijsnummer ? id : "",
    birth: ddmmyyyy(birth),
    sex,
    surname,
    prefix,
    firstNames: names.join(" "),
    municipality,
    municipalityCode,
    postcode: postcode4(municipality, rng) + postcodeLetters(rng),
    street: pick(rng, STREETS),
    houseNumber: `${rng.between(1, 250)}.0`,
    houseLetter: letter,
    addition: rng.chance(0.08) ? pick(rng, HOUSE_ADDITIONS) : "",
    designation: rng.chance(0.005) ? pick(rng, ["to", "by"]) : "",
    location: inst.locations[rng.pickCumulative(inst.locationCum)]!,
    programme,
    leerweg: leerwegFor(level, rng),
    enrolment: rng.chance(0.9) ? "A1" : pick(rng, ["A2", "B1", "A3"]),
    leave: -1,
    back: -1,
    deregistration: "",
    statutory: "N",
    nonStatutory: "N",
    outflow: "",
    inNrspV: true,
    inNrspD: true,
    inNenrV: false,
    inNenrD: false,
    changedV: null,
    changedLeerwegV: null,
  };
}

/** The course of the teljaar: who leaves when, who comes back, who ends up in NenR V/D. */
function simulate(p: Person, inst: InstitutionSetup, rng: Random, y: number): void {
  if (rng.chance(0.012)) p.inNrspV = false; // registered late: only in the definitive NRSP
  if (rng.chance(0.02)) {
    if (rng.chance(0.5)) p.changedV = drawProgramme(inst, p.programme.level, rng);
    else p.changedLeerwegV = p.leerweg === "BBL" ? "BOL" : p.leerweg === "BOL" ? "BBL" : "";
  }
  if (!rng.chance(LEAVE_CHANCE[p.programme.level]!)) return;
  p.leave = rng.pickCumulative(LEAVE_MONTH_CUM);
  if (rng.chance(0.42)) {
    const back = p.leave + rng.between(1, 6);
    p.back = back <= 14 ? back : -1;
  }
  const month = (9 + p.leave) % 12;
  const year = p.leave < 3 ? y : y + 1;
  p.deregistration = ddmmyyyy(Date.UTC(year, month, 1) + rng.int(28) * 86_400_000);
  p.statutory = rng.chance(0.15) ? "J" : "N";
  p.nonStatutory = rng.chance(0.1) ? "J" : "N";
  p.outflow = OUTFLOW_REASONS[rng.pickCumulative(OUTFLOW_CUM)]!;
  // definitive: still without enrolment or SK after the teljaar; a return in the A14 months is a late SK or correction
  p.inNenrD = p.back < 0;
  p.inNenrV = p.inNenrD ? rng.chance(0.93) : p.back >= 9 && rng.chance(0.5);
}

function onList(p: Person, index: number): boolean {
  return p.leave >= 0 && p.leave <= index && (p.back < 0 || p.back > index);
}

function nrspRow(inst: InstitutionSetup, p: Person, nenr: "" | "V" | "D", preliminary: boolean): string {
  const prog = (preliminary ? p.changedV : null) ?? p.programme;
  const leerweg = (preliminary ? p.changedLeerwegV : null) ?? p.leerweg;
  const m = p.municipality;
  const l = p.location;
  const cells = [
    p.bsn, p.onr, p.birth, p.sex, p.surname, p.prefix, p.firstNames, p.postcode.slice(0, 4),
    String(Number(m.rmcRegion)), m.rmcRegionName, p.municipalityCode, m.name,
    inst.brin, l.volgnr, l.name, DUO_LEVEL_NAMES[prog.level], leerweg, prog.crebo, prog.name,
  ];
  if (nenr === "D") cells.push(p.enrolment === "A1" ? "N" : "J", p.leerweg === "EX" ? "" : "J");
  else if (nenr === "V") cells.push("", "");
  cells.push(prog.provider.code, prog.provider.name, l.duoCode, l.street, l.houseNumber, l.addition, l.postcode, l.place);
  return cells.join(";");
}

function signalRow(inst: InstitutionSetup, p: Person, months: readonly ReportMonth[], a14: boolean): string {
  const m = p.municipality;
  const l = p.location;
  const listed = compactMonth(months[p.leave]!);
  return [
    inst.brin, inst.shortName, listed, p.key, p.surname, p.prefix, p.firstNames, upper(m.name), p.birth,
    p.programme.crebo, p.programme.name, p.leerweg, p.deregistration, p.statutory, "GEEN INSCHRIJVING", inst.brin, inst.name,
    p.programme.provider.code, p.programme.provider.name, p.nonStatutory, p.municipalityCode, `REGIO ${m.rmcRegion}`, p.outflow,
    l.code, l.duoCode, l.postcode, l.houseNumber, a14 ? inst.brin : l.volgnr, DUO_LEVEL_NAMES[p.programme.level], p.enrolment,
    p.street, p.houseNumber, p.houseLetter, p.addition, p.designation, "", p.postcode, upper(m.name), listed,
  ].join(";");
}

/** Lines of one file, written with CRLF after every line. */
class FileSet {
  readonly files = new Map<string, string[]>();
  constructor(
    readonly names: ReturnType<typeof fileNames>,
    readonly months: readonly ReportMonth[],
  ) {}
  add(name: string, head: string): string[] {
    const lines = [head];
    this.files.set(name, lines);
    return lines;
  }
  get(name: string): string[] {
    return this.files.get(name)!;
  }
  write(folder: string, rows: Record<string, number>): { files: number; bytes: number } {
    mkdirSync(folder, { recursive: true });
    let bytes = 0;
    for (const [name, lines] of this.files) {
      const buf = Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
      writeFileSync(path.join(folder, name), buf);
      bytes += buf.length;
      const kind = name.match(/A04|A14|NRSP|NenR/)?.[0] ?? "?";
      rows[kind] = (rows[kind] ?? 0) + lines.length - 1;
    }
    return { files: this.files.size, bytes };
  }
}

function fileNames(t: Teljaar, scope: DuoScope) {
  const monthly = (kind: DuoKind, m: ReportMonth) => duoFileName({ kind, teljaar: t, reportMonth: m, stage: null, scope });
  const yearly = (kind: DuoKind, definitive: boolean) =>
    duoFileName({ kind, teljaar: t, reportMonth: null, stage: definitive ? "definitive" : "preliminary", scope });
  return {
    a04: a04Months(t).map((m) => monthly("A04", m)),
    a14: a14Months(t).map((m) => monthly("A14", m)),
    nrspV: yearly("NRSP", false),
    nrspD: yearly("NRSP", true),
    nenrV: yearly("NENR", false),
    nenrD: yearly("NENR", true),
  };
}

function emptySet(t: Teljaar, scope: DuoScope): FileSet {
  const n = fileNames(t, scope);
  const set = new FileSet(n, [...a04Months(t), ...a14Months(t)]);
  for (const f of [...n.a04, ...n.a14]) set.add(f, header(SIGNAL_COLUMNS));
  set.add(n.nrspV, header(NRSP_COLUMNS));
  set.add(n.nrspD, header(NRSP_COLUMNS));
  set.add(n.nenrV, header(NENR_COLUMNS));
  set.add(n.nenrD, header(NENR_COLUMNS));
  return set;
}

/** Appends one person's rows to a file set (the institution's, or the region's). */
function appendPerson(set: FileSet, inst: InstitutionSetup, p: Person): void {
  const n = set.names;
  const months = set.months;
  if (p.leave >= 0) {
    for (let i = 0; i < 15; i++) {
      if (!onList(p, i)) continue;
      set.get(i < 12 ? n.a04[i]! : n.a14[i - 12]!).push(signalRow(inst, p, months, i >= 12));
    }
  }
  if (p.inNrspV) set.get(n.nrspV).push(nrspRow(inst, p, "", true));
  if (p.inNrspD) set.get(n.nrspD).push(nrspRow(inst, p, "", false));
  if (p.inNenrV) set.get(n.nenrV).push(nrspRow(inst, p, "V", true));
  if (p.inNenrD) set.get(n.nenrD).push(nrspRow(inst, p, "D", false));
}

function folderBytes(folder: string): { files: number; bytes: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(folder)) {
    if (!f.endsWith(".csv")) continue;
    files += 1;
    bytes += statSync(path.join(folder, f)).size;
  }
  return { files, bytes };
}

/** The summary of an earlier run with the same options, when its files are all still there. */
export function reuseDuoBench(options: DuoBenchOptions): DuoBenchSummary | undefined {
  const file = path.join(options.out, MANIFEST);
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { version: number; summary: DuoBenchSummary };
  const same = (["institutions", "students", "teljaar", "seed", "region", "messy"] as const).every(
    (k) => String(manifest.summary.options[k] ?? "") === String(options[k] ?? ""),
  );
  if (manifest.version !== GENERATOR_VERSION || !same) return undefined;
  const folders = [...manifest.summary.institutions, ...(manifest.summary.region ? [manifest.summary.region] : []), manifest.summary.all];
  for (const f of folders) {
    const now = existsSync(f.folder) ? folderBytes(f.folder) : { files: -1, bytes: -1 };
    if (now.files !== f.files || now.bytes !== f.bytes) return undefined;
  }
  return manifest.summary;
}

export function generateDuoBench(options: DuoBenchOptions): DuoBenchSummary {
  const started = performance.now();
  const out = path.resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(path.join(out, MANIFEST))) {
      throw new Error(`${out} is not empty and was not written by this generator (no ${MANIFEST}): choose another --out`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  const t = parseTeljaar(options.teljaar);
  const y = startYear(t);
  const ref = loadSynthReference();
  const pools = municipalityPools(ref);
  const root = new Random(options.seed);
  const ids = new PersonIdFactory(options.seed);
  const rows: Record<string, number> = {};
  const region = options.region === undefined ? undefined : options.region.padStart(2, "0");
  const regionScope: DuoScope | undefined = region === undefined ? undefined : { kind: "region", code: region };
  const regionSet = regionScope ? emptySet(t, regionScope) : undefined;
  const regionRows: Record<string, number> = {};
  let regionStart = 0;
  let regionVsv = 0;
  const institutions: DuoBenchFolder[] = [];
  const allFolder = path.join(out, "all");
  mkdirSync(allFolder, { recursive: true });
  for (let i = 0; i < options.institutions; i++) {
    const rng = root.fork(i);
    const inst = setupInstitution(ref, i, rng);
    const scope: DuoScope = { kind: "institution", code: inst.brin };
    const set = emptySet(t, scope);
    const size = Math.round(options.students * (0.8 + 0.4 * rng.next()));
    const people: Person[] = [];
    for (let k = 0; k < size; k++) {
      const p = makePerson(inst, pools, ids, rng, y, options.messy);
      simulate(p, inst, rng, y);
      people.push(p);
    }
    // withdrawn after the preliminary NRSP (only there), and vsv'ers missing from the NRSP (registration corrections)
    const extraV = Math.round(size * 0.008);
    for (let k = 0; k < extraV; k++) {
      const p = makePerson(inst, pools, ids, rng, y, options.messy);
      p.inNrspD = false;
      people.push(p);
    }
    const vsvCount = people.filter((p) => p.inNenrD).length;
    const missing = Math.max(1, Math.round(vsvCount * 0.01));
    for (let k = 0; k < missing; k++) {
      const p = makePerson(inst, pools, ids, rng, y, options.messy);
      p.inNrspV = false;
      p.inNrspD = false;
      p.leave = rng.int(12);
      p.inNenrD = true;
      p.inNenrV = rng.chance(0.7);
      p.deregistration = ddmmyyyy(Date.UTC(p.leave < 3 ? y : y + 1, (9 + p.leave) % 12, 1));
      people.push(p);
    }
    let start = 0;
    let vsv = 0;
    for (const p of people) {
      appendPerson(set, inst, p);
      if (p.inNrspD) start += 1;
      if (p.inNenrD) vsv += 1;
      if (regionSet && p.municipality.rmcRegion === region) {
        appendPerson(regionSet, inst, p);
        if (p.inNrspD) regionStart += 1;
        if (p.inNenrD) regionVsv += 1;
      }
    }
    const folder = path.join(out, inst.brin);
    const written = set.write(folder, rows);
    for (const f of set.files.keys()) linkSync(path.join(folder, f), path.join(allFolder, f));
    institutions.push({ name: inst.brin, folder, ...written, startPopulation: start, vsv });
  }
  const all = { folder: allFolder, ...folderBytes(allFolder) };
  let regionFolder: DuoBenchFolder | undefined;
  if (regionSet && region !== undefined) {
    const folder = path.join(out, `R${region}`);
    regionFolder = { name: `R${region}`, folder, ...regionSet.write(folder, regionRows), startPopulation: regionStart, vsv: regionVsv };
  }
  const summary: DuoBenchSummary = {
    options,
    teljaar: t,
    institutions,
    all,
    ...(regionFolder ? { region: regionFolder } : {}),
    rows,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  writeFileSync(path.join(out, MANIFEST), `${JSON.stringify({ version: GENERATOR_VERSION, summary }, null, 2)}\n`);
  return summary;
}
