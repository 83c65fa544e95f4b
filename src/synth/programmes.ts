/**
 * Programme codes on enrolments: crebo-like 5-digit codes for mbo, elementcode-like codes for
 * vo, vavo and pro/vso, ISAT-like codes for higher education. All are synthetic (mbo codes start
 * with 9, higher education with 8) and documented as such; they give the programme dimension
 * something realistic to group on.
 */

export interface MboProgramme {
  readonly code: string;
  readonly domain: string;
  readonly level: number;
  /** Offered by AOCs (green) rather than ROCs. */
  readonly green: boolean;
}

const DOMAINS: readonly [string, number, boolean][] = [
  // domain, relative popularity, green
  ["Zorg en welzijn", 22, false],
  ["Economie en administratie", 11, false],
  ["Handel en ondernemerschap", 9, false],
  ["ICT en creatieve industrie", 10, false],
  ["Techniek en procesindustrie", 9, false],
  ["Bouw en infra", 6, false],
  ["Mobiliteit en voertuigen", 6, false],
  ["Transport en logistiek", 5, false],
  ["Horeca en bakkerij", 6, false],
  ["Uiterlijke verzorging", 3, false],
  ["Veiligheid en sport", 7, false],
  ["Media en vormgeving", 4, false],
  ["Dier en natuur", 4, true],
  ["Voedsel, teelt en groen", 3, true],
];

function build(): MboProgramme[] {
  const out: MboProgramme[] = [];
  DOMAINS.forEach(([domain, , green], d) => {
    for (let level = 1; level <= 4; level++) {
      // Entree (level 1) has one programme per domain; higher levels two or three.
      const variants = level === 1 ? 1 : level === 4 ? 3 : 2;
      for (let v = 0; v < variants; v++) {
        out.push({ code: `9${String(d).padStart(2, "0")}${level}${v}`, domain, level, green });
      }
    }
  });
  return out;
}

export const MBO_PROGRAMMES: readonly MboProgramme[] = build();

/** Programme indices per (level, green), weighted by domain popularity, as cumulative arrays. */
export interface ProgrammePool {
  readonly indices: Int32Array;
  readonly cumulative: Float64Array;
}

export function programmePool(level: number, green: boolean | null): ProgrammePool {
  const idx: number[] = [];
  const w: number[] = [];
  MBO_PROGRAMMES.forEach((p, i) => {
    if (p.level !== level) return;
    if (green !== null && p.green !== green) return;
    const d = DOMAINS.find((x) => x[0] === p.domain)!;
    idx.push(i);
    w.push(d[1]);
  });
  const cumulative = new Float64Array(w.length);
  let s = 0;
  w.forEach((x, i) => {
    s += x;
    cumulative[i] = s;
  });
  return { indices: Int32Array.from(idx), cumulative };
}

/** vo elementcode-like programme: by level (and onderbouw), e.g. `9130` for vmbo-gt. */
export const VO_PROGRAMME = ["9100", "9110", "9120", "9130", "9140", "9150"] as const;
/** vavo programme per level code VMBO/HAVO/VWO (vo level codes 3, 4, 5). */
export const VAVO_PROGRAMME: Readonly<Record<number, string>> = { 3: "9230", 4: "9240", 5: "9250" };
export const PRO_PROGRAMME = "9300";
export const VSO_PROGRAMME = "9400";

/** Higher-education programmes (ISAT-like): a handful of fields for hbo and wo. */
export const HBO_PROGRAMMES = ["81001", "81002", "81003", "81004", "81005", "81006", "81007", "81008"] as const;
export const WO_PROGRAMMES = ["82001", "82002", "82003", "82004", "82005", "82006"] as const;
