/**
 * Builds the synthetic institution list (reference/institutions.csv, reference/locations.csv).
 * Run `npx tsx src/synth/build-institutions.ts` after changing it and commit the output: the
 * institutions are fixed reference data, the same for every seed of the generator.
 *
 * Everything here is invented: the codes have the BRIN shape (two digits, two capitals) but all
 * start with 9, outside the ranges DUO hands out; the names follow Dutch naming patterns and any
 * likeness to a real school is chance. Numbers and placement follow the real landscape roughly:
 * about 60 mbo institutions (a ROC per RMC region, a second one in the biggest regions, AOCs
 * for green education, national vakinstellingen), about 600 vo institutions with some 1,300
 * locations placed by population, pro and vso schools in every region, hbo and wo institutions
 * in the usual cities, and a few recognised but unfunded (erkend niet-bekostigd) institutions.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { csvLine } from "../domain/csv.js";
import { Random } from "./random.js";
import { type Municipality, SYNTH_REFERENCE_DIR, loadMunicipalities } from "./reference-data.js";

interface InstitutionRow {
  institution: string;
  name: string;
  kind: string;
  sectors: string;
  municipality_code: string;
  funded: boolean;
}
interface LocationRow {
  institution: string;
  location: string;
  name: string;
  municipality_code: string;
}

const LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ";

/** Codes 9<digit><letter><letter>; each kind has its own second digit so a code tells its kind. */
class CodeBook {
  private readonly used = new Map<string, number>();
  next(secondDigit: number): string {
    const per = LETTERS.length * LETTERS.length;
    let digit = secondDigit;
    let n = this.used.get(String(digit)) ?? 0;
    // vo needs more codes than one digit holds: it continues in the next digit (VO2).
    if (n >= per && digit === KIND_DIGIT.VO) {
      digit = KIND_DIGIT.VO2;
      n = this.used.get(String(digit)) ?? 0;
    }
    if (n >= per) throw new Error(`code range 9${digit} exhausted`);
    this.used.set(String(digit), n + 1);
    return `9${digit}${LETTERS[Math.floor(n / LETTERS.length)]!}${LETTERS[n % LETTERS.length]!}`;
  }
}

const KIND_DIGIT = { ROC: 0, AOC: 1, VAKINSTELLING: 2, VO: 3, VO2: 4, PRO: 5, VSO: 6, HBO: 7, WO: 8, UNFUNDED: 9 } as const;

const VO_TYPES = [
  "Christelijk Lyceum", "Stedelijk College", "Openbare Scholengemeenschap", "Het College", "Sint-Jozef College",
  "Montessori College", "Gereformeerde Scholengemeenschap", "Vakcollege", "Stedelijk Gymnasium", "Katholieke Scholengemeenschap",
  "Dalton College", "Regionale Scholengemeenschap", "Technisch College", "Het Lyceum", "Comenius College", "Erasmus Scholengemeenschap",
];
const DISTRICTS = ["Noord", "Zuid", "Oost", "West", "Centrum", "Noordwest", "Zuidoost", "Zuidwest", "Noordoost"];

function regionShortName(name: string): string {
  return name.replace(/^Gewest /, "").replace(/ \('de Friese Wouden'\)/, "").replace(/\/.*/, "");
}

export function buildInstitutions(municipalities: readonly Municipality[]): { institutions: InstitutionRow[]; locations: LocationRow[] } {
  const random = new Random(20260101);
  const codes = new CodeBook();
  const institutions: InstitutionRow[] = [];
  const locations: LocationRow[] = [];
  const byRegion = new Map<string, Municipality[]>();
  for (const m of municipalities) {
    const list = byRegion.get(m.rmcRegion) ?? [];
    list.push(m);
    byRegion.set(m.rmcRegion, list);
  }
  for (const list of byRegion.values()) list.sort((a, b) => b.size - a.size || a.code.localeCompare(b.code));
  const regions = [...byRegion.keys()].sort();
  const byCode = new Map(municipalities.map((m) => [m.code, m]));

  const addInstitution = (kind: string, digit: number, name: string, sectors: string, seat: Municipality, funded = true): string => {
    const code = codes.next(digit);
    institutions.push({ institution: code, name, kind, sectors, municipality_code: seat.code, funded });
    return code;
  };
  const addLocation = (institution: string, name: string, m: Municipality): void => {
    const n = locations.filter((l) => l.institution === institution).length;
    locations.push({ institution, location: `${institution}${String(n).padStart(2, "0")}`, name, municipality_code: m.code });
  };

  // ROCs: one per RMC region (seat in its biggest municipality), locations in the region's towns of
  // 35,000+ (at least two); the biggest regions get a second ROC.
  for (const r of regions) {
    const list = byRegion.get(r)!;
    const regionSize = list.reduce((s, m) => s + m.size, 0);
    const towns = list.filter((m) => m.size >= 35);
    const sites = towns.length >= 2 ? towns.slice(0, 9) : list.slice(0, 2);
    const rocCount = regionSize >= 900 ? 2 : 1;
    for (let k = 0; k < rocCount; k++) {
      const short = regionShortName(list[0]!.rmcRegionName);
      const name = k === 0 ? `Beroepscampus ${short}` : `Stadscampus ${list[0]!.name}`;
      const code = addInstitution("ROC", KIND_DIGIT.ROC, name, "MBO;VAVO", list[0]!);
      const mine = k === 0 ? sites : sites.filter((_, i) => i === 0 || i % 2 === 1);
      const seatSites = rocCount === 2 ? [list[0]!, ...mine.filter((m) => m !== list[0])] : mine;
      let i = 0;
      for (const m of seatSites) {
        const count = Math.max(1, Math.min(rocCount === 2 ? 5 : 8, Math.round(m.size / (rocCount === 2 ? 140 : 90))));
        for (let j = 0; j < count; j++) addLocation(code, `${name} ${m.name}${count > 1 ? ` ${DISTRICTS[j % DISTRICTS.length]}` : ""}`, m);
        i += 1;
      }
    }
  }

  // AOCs (green education): ten, each serving four neighbouring regions, locations in their towns.
  const aocNames = ["Groencollege Noord", "Groencollege Oost", "Groencollege Gelderse Vallei", "Groencollege Midden", "Groencollege Holland Noord",
    "Groencollege Holland Zuid", "Groencollege Delta", "Groencollege Brabant", "Groencollege Kempen en Peel", "Groencollege Maas en Heuvelland"];
  for (let a = 0; a < 10; a++) {
    const served = regions.slice(a * 4, a * 4 + 4);
    const seat = byRegion.get(served[0]!)![0]!;
    const code = addInstitution("AOC", KIND_DIGIT.AOC, aocNames[a]!, "MBO", seat);
    for (const r of served) {
      const list = byRegion.get(r)!;
      const site = list[Math.min(list.length - 1, 1 + random.int(Math.min(3, list.length)))] ?? list[0]!;
      addLocation(code, `${aocNames[a]} ${site.name}`, site);
    }
  }

  // Vakinstellingen: national specialist colleges in the big cities.
  const vak: [string, string[]][] = [
    ["Vakcollege Haven en Logistiek", ["0599", "0505"]],
    ["Mediacollege Hoofdstad", ["0363"]],
    ["Grafisch en Ontwerp College", ["0344", "0599"]],
    ["Hout- en Interieurcollege", ["0344", "0200"]],
    ["Vakschool Voeding en Horeca", ["0363", "0518", "0772"]],
    ["Kappers- en Schoonheidsacademie", ["0599", "0153"]],
    ["Vakcollege Bouw en Infra", ["0228", "0855", "0014"]],
    ["Maritiem College Noord", ["0400", "0080"]],
    ["Creatief Vakcollege", ["0772", "0268"]],
  ];
  for (const [name, sites] of vak) {
    const code = addInstitution("VAKINSTELLING", KIND_DIGIT.VAKINSTELLING, name, "MBO", byCode.get(sites[0]!)!);
    for (const s of sites) addLocation(code, `${name} ${byCode.get(s)!.name}`, byCode.get(s)!);
  }

  // VO: locations by population (one per ~14,000 inhabitants; towns of 12,000+ have one), grouped into
  // institutions: in cities mostly one or two locations each, elsewhere a school with sites in the
  // region's smaller towns.
  let typeCounter = 0;
  for (const r of regions) {
    const list = byRegion.get(r)!;
    const pending: Municipality[] = [];
    for (const m of list) {
      const n = m.size >= 12 ? Math.max(1, Math.round(m.size / 14)) : 0;
      if (n === 0) continue;
      if (n === 1) {
        pending.push(m);
        continue;
      }
      let left = n;
      let district = 0;
      while (left > 0) {
        const take = Math.min(left, random.chance(0.2) ? 1 : random.chance(0.55) ? 2 : 3);
        const type = VO_TYPES[typeCounter++ % VO_TYPES.length]!;
        const name = `${type} ${m.name}${n > 2 ? ` ${DISTRICTS[district % DISTRICTS.length]}${district >= DISTRICTS.length ? ` ${1 + Math.floor(district / DISTRICTS.length)}` : ""}` : ""}`;
        district += 1;
        const code = addInstitution("VO", KIND_DIGIT.VO, name, "VO", m);
        for (let j = 0; j < take; j++) addLocation(code, `${name}${take > 1 ? ` locatie ${j + 1}` : ""}`, m);
        left -= take;
      }
    }
    // Towns with one location: a regional school with sites in up to three of them, or a school of its own.
    while (pending.length > 0) {
      const take = Math.min(pending.length, random.chance(0.2) ? 1 : random.chance(0.5) ? 2 : 3);
      const sites = pending.splice(0, take);
      const type = VO_TYPES[typeCounter++ % VO_TYPES.length]!;
      const name = take === 1 ? `${type} ${sites[0]!.name}` : `${type} ${regionShortName(sites[0]!.rmcRegionName)}`;
      const code = addInstitution("VO", KIND_DIGIT.VO, name, "VO", sites[0]!);
      for (const m of sites) addLocation(code, `${name} ${m.name}`, m);
    }
  }

  // Praktijkonderwijs and voortgezet speciaal onderwijs: in towns of 45,000+, and at least one of each per region.
  for (const [kind, digit, label, per] of [["PRO", KIND_DIGIT.PRO, "Praktijkschool", 110], ["VSO", KIND_DIGIT.VSO, "VSO De Ster", 90]] as const) {
    for (const r of regions) {
      const list = byRegion.get(r)!;
      const towns = list.filter((m) => m.size >= 45);
      const sites = towns.length > 0 ? towns : [list[0]!];
      for (const m of sites) {
        const n = Math.max(1, Math.round(m.size / per));
        for (let j = 0; j < n; j++) {
          const name = `${label} ${m.name}${n > 1 ? ` ${DISTRICTS[j % DISTRICTS.length]}` : ""}`;
          const code = addInstitution(kind, digit, name, kind, m);
          addLocation(code, name, m);
        }
      }
    }
  }

  // Higher education.
  const hbo: [string, string[]][] = [
    ["Hogeschool Amstel", ["0363"]], ["Hogeschool Hoofdstad voor Kunsten", ["0363"]], ["Hogeschool Maasstad", ["0599", "0505"]],
    ["Hogeschool Hofstad", ["0518", "0503", "0637"]], ["Hogeschool Domstad", ["0344", "0307"]], ["Hogeschool Noorderland", ["0014", "0106"]],
    ["Hogeschool Friesland", ["0080"]], ["Hogeschool IJsselland", ["0193", "0150", "0200"]], ["Hogeschool Twenteland", ["0153", "0164"]],
    ["Hogeschool Rijnwaal", ["0268", "0202"]], ["Hogeschool Brabant-West", ["0758", "0748"]], ["Hogeschool Brabant-Oost", ["0772", "0855", "0796"]],
    ["Hogeschool Maasland", ["0983", "0935", "0917"]], ["Hogeschool Zeeland", ["0718"]], ["Hogeschool Leithe", ["0546", "0392"]],
    ["Hogeschool Kennemerland", ["0392", "0361"]], ["Hogeschool Gooi", ["0402"]], ["Hogeschool Veluwe", ["0228", "0243"]],
    ["Hogeschool Flevo", ["0034", "0995"]], ["Hogeschool Drechtsteden", ["0505"]], ["Theologische Hogeschool", ["0166"]],
    ["Hogeschool voor Agrarisch Onderwijs", ["0228", "0796", "0193"]],
  ];
  for (const [name, sites] of hbo) {
    const code = addInstitution("HBO", KIND_DIGIT.HBO, name, "HO", byCode.get(sites[0]!)!);
    for (const s of sites) addLocation(code, `${name} ${byCode.get(s)!.name}`, byCode.get(s)!);
  }
  const wo: [string, string][] = [
    ["Universiteit van de Hoofdstad", "0363"], ["Vrije Academie Amsterdam", "0363"], ["Universiteit Maasstad", "0599"], ["Universiteit Sleutelstad", "0546"],
    ["Universiteit Domstad", "0344"], ["Universiteit van het Noorden", "0014"], ["Universiteit Waalstad", "0268"], ["Universiteit Brabant", "0855"],
    ["Technische Universiteit Zuid", "0772"], ["Technische Universiteit Delft-Haven", "0503"], ["Technische Universiteit Oost", "0153"],
    ["Universiteit Maasdal", "0935"], ["Landbouwuniversiteit", "0289"], ["Open Academie", "0917"],
  ];
  for (const [name, site] of wo) {
    const code = addInstitution("WO", KIND_DIGIT.WO, name, "HO", byCode.get(site)!);
    addLocation(code, name, byCode.get(site)!);
  }

  // Recognised but unfunded (erkend niet-bekostigd): private vo and mbo providers.
  const unfunded: [string, string, string, string[]][] = [
    ["Particulier Lyceum Amstel", "VO", "VO", ["0363", "0362"]], ["Particuliere Scholengemeenschap Hofstad", "VO", "VO", ["0518", "0629"]],
    ["Privé College Domstad", "VO", "VO", ["0344"]], ["Particulier Onderwijs Brabant", "VO", "VO", ["0772", "0758"]],
    ["Particulier Onderwijs Oost", "VO", "VO", ["0200", "0153"]],
    ["Particuliere Vakopleidingen Nederland", "VAKINSTELLING", "MBO", ["0363", "0599", "0344", "0772", "0014"]],
    ["Beauty en Wellness Opleidingen", "VAKINSTELLING", "MBO", ["0599", "0518"]], ["Beveiligingsacademie", "VAKINSTELLING", "MBO", ["0344", "0200"]],
    ["Opleidingsinstituut Transport", "VAKINSTELLING", "MBO", ["0599", "0855"]], ["Zorgopleidingen Particulier", "VAKINSTELLING", "MBO", ["0363", "0268", "0935"]],
  ];
  for (const [name, kind, sector, sites] of unfunded) {
    const code = addInstitution(kind, KIND_DIGIT.UNFUNDED, name, sector, byCode.get(sites[0]!)!, false);
    for (const s of sites) addLocation(code, `${name} ${byCode.get(s)!.name}`, byCode.get(s)!);
  }
  return { institutions, locations };
}

function main(): void {
  const { institutions, locations } = buildInstitutions(loadMunicipalities());
  const iCols = ["institution", "name", "kind", "sectors", "municipality_code", "funded"] as const;
  const lCols = ["institution", "location", "name", "municipality_code"] as const;
  writeFileSync(path.join(SYNTH_REFERENCE_DIR, "institutions.csv"), [csvLine([...iCols]), ...institutions.map((r) => csvLine(iCols.map((c) => r[c])))].join(""));
  writeFileSync(path.join(SYNTH_REFERENCE_DIR, "locations.csv"), [csvLine([...lCols]), ...locations.map((r) => csvLine(lCols.map((c) => r[c])))].join(""));
  const count = (k: string) => institutions.filter((i) => i.kind === k).length;
  process.stdout.write(
    `institutions: ${institutions.length} (ROC ${count("ROC")}, AOC ${count("AOC")}, vak ${count("VAKINSTELLING")}, VO ${count("VO")}, PRO ${count("PRO")}, VSO ${count("VSO")}, HBO ${count("HBO")}, WO ${count("WO")}); locations: ${locations.length}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
