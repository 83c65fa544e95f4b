/**
 * The state the microsimulation shares between its parts (flows.ts: regular school careers,
 * leavers.ts: dropouts and exclusions, simulation.ts: the yearly loop) and the helpers that change
 * a person and write the facts that result: enrolments, diplomas, residences, jobs.
 */
import { day, yearOfDay } from "./days.js";
import { PersonIdFactory } from "./ids.js";
import { Flag, People, Stage } from "./people.js";
import { MBO_PROGRAMMES, PRO_PROGRAMME, VAVO_PROGRAMME, VO_PROGRAMME, VSO_PROGRAMME, HBO_PROGRAMMES, WO_PROGRAMMES } from "./programmes.js";
import { Random, cumulative } from "./random.js";
import type { SynthReference } from "./reference-data.js";
import { Schools } from "./schools.js";
import { WorkGroup, workAfterLeaving } from "./work.js";
import type { RegisterWriter } from "./writer.js";
import { drawDetails } from "./addresses.js";

export const VO_LEVEL_TEXT = ["VO-ONDERBOUW", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO"] as const;
const VAVO_LEVEL_TEXT: Readonly<Record<number, string>> = { 3: "VMBO", 4: "HAVO", 5: "VWO" };
const SECTOR_TEXT = ["", "VO", "PRO", "VSO", "MBO", "VAVO", "HO"] as const;
const SEX_TEXT = ["M", "V", "X"] as const;

/** First two digits of (synthetic) postcodes per RMC region, roughly where the real ones lie. */
const REGION_POSTCODE: Readonly<Record<string, number>> = {
  "01": 96, "02": 99, "03": 97, "04": 90, "05": 86, "06": 92, "07": 94, "08": 78, "09": 79, "10": 80, "11": 73, "12": 75,
  "13": 70, "15": 40, "16": 38, "17": 38, "18": 13, "19": 34, "20": 12, "21": 10, "22": 16, "23": 17, "24": 18, "25": 20,
  "26": 22, "27": 24, "28": 25, "29": 30, "30": 33, "31": 44, "32": 43, "33": 45, "34": 47, "35": 50, "36": 52, "37": 56,
  "38": 59, "39": 62, "40": 65, "41": 68,
};

/** Makes the work stream's seed differ from the main stream's. */
const WORK_STREAM_SALT = 0x5bd1e995;

export class Sim {
  readonly people: People;
  readonly schools: Schools;
  readonly ids: PersonIdFactory;
  /** Writing is off during the warm-up years: only the state is built. */
  emitting = false;
  /** The school year being simulated (year y of 1 August y – 31 July y+1). */
  year = 0;
  /**
   * A second random stream for work after school (work.ts): drawing from it leaves the main stream,
   * and with it every other fact of the register, as it would be without that model.
   */
  readonly work: Random;
  private enrolmentCounter = 0;
  readonly municipalityCode: string[];
  readonly municipalityRegion: string[];
  /** Cumulative municipality sizes, for drawing where someone lives. */
  readonly nationalMunicipalities: Float64Array;
  private readonly regionMunicipalities = new Map<string, { members: Int32Array; cumulative: Float64Array }>();
  private readonly postcodeBase: Int32Array;
  private readonly postcodeRange: Int32Array;
  /** Birth year and 1 October of it, per day number (fast ages). */
  private readonly oct1: Int32Array;
  private readonly yearOf: Uint16Array;

  constructor(
    readonly ref: SynthReference,
    readonly random: Random,
    readonly writer: RegisterWriter,
    readonly seed: number,
    readonly scale: number,
    /** Last day of facts in the extract. */
    readonly eventHorizon: number,
  ) {
    this.people = new People(Math.ceil(3_200_000 * scale) + 2048);
    this.schools = new Schools(ref);
    this.ids = new PersonIdFactory(seed);
    this.work = new Random((seed ^ WORK_STREAM_SALT) >>> 0);
    this.municipalityCode = ref.municipalities.map((m) => m.code);
    this.municipalityRegion = ref.municipalities.map((m) => m.rmcRegion);
    this.nationalMunicipalities = cumulative(ref.municipalities.map((m) => m.size));
    const regions = [...new Set(this.municipalityRegion)].sort();
    this.postcodeBase = new Int32Array(ref.municipalities.length);
    this.postcodeRange = new Int32Array(ref.municipalities.length);
    for (const r of regions) {
      const members = ref.municipalities.filter((m) => m.rmcRegion === r).sort((a, b) => b.size - a.size || a.code.localeCompare(b.code));
      this.regionMunicipalities.set(r, {
        members: Int32Array.from(members.map((m) => m.index)),
        cumulative: cumulative(members.map((m) => m.size)),
      });
      let next = (REGION_POSTCODE[r] ?? 10) * 100;
      for (const m of members) {
        const range = Math.max(2, Math.round(m.size / 8));
        this.postcodeBase[m.index] = Math.min(next, 9999 - range);
        this.postcodeRange[m.index] = range;
        next += range;
      }
    }
    this.yearOf = new Uint16Array(day(2070, 1, 1));
    this.oct1 = new Int32Array(2071);
    for (let y = 1970; y <= 2070; y++) this.oct1[y] = day(y, 10, 1);
    for (let y = 1970, d = 0; y < 2070; y++) {
      const next = day(y + 1, 1, 1);
      for (; d < next; d++) this.yearOf[d] = y;
    }
    void yearOfDay;
  }

  /** Whole years of age on 1 October of `year`. */
  ageOnOct1(i: number, year: number): number {
    const b = this.people.birth[i]!;
    const by = this.yearOf[b]!;
    return year - by - (b > this.oct1[by]! ? 1 : 0);
  }

  calendarYear(d: number): number {
    return this.yearOf[d]!;
  }

  /** Facts about person i are written (writing has started and the person is in the extract). */
  writes(i: number): boolean {
    return this.emitting && (this.people.flags[i]! & Flag.Hidden) === 0;
  }

  // ---- where people live -------------------------------------------------------------------

  drawMunicipality(): number {
    return this.random.pickCumulative(this.nationalMunicipalities);
  }

  drawMunicipalityInRegion(muni: number): number {
    const r = this.regionMunicipalities.get(this.municipalityRegion[muni]!)!;
    return r.members[this.random.pickCumulative(r.cumulative)]!;
  }

  postcode(muni: number): number {
    return this.postcodeBase[muni]! + this.random.int(this.postcodeRange[muni]!);
  }

  /** Record lag: most facts within days, a tail up to four months (never past a preliminary cut-off by itself). */
  recorded(event: number, r: Random = this.random): number {
    const u = r.next();
    if (u < 0.45) return event + r.int(4);
    if (u < 0.75) return event + r.between(4, 21);
    if (u < 0.93) return event + r.between(22, 60);
    return event + r.between(61, 120);
  }

  /**
   * The follow-up day of the teljaar of the school year being simulated (1 October two years after
   * it began): where the follow-up figures look at those who left in it.
   */
  followUpDay(): number {
    return this.oct1[this.year + 2]!;
  }

  /** Enrolments are often registered before they start. */
  recordedEnrolment(start: number): number {
    return this.random.chance(0.35) ? start - this.random.between(1, 60) : this.recorded(start);
  }

  // ---- persons -----------------------------------------------------------------------------

  /**
   * A new person living in `muni` since `resFrom`, entering the register on `entry` (start of school
   * or arrival). `show` false: the caller writes the person row after setting their past.
   */
  createPerson(birth: number, muni: number, resFrom: number, entry: number, onderwijsnummer: boolean, show = true): number {
    const p = this.people;
    const i = p.allocate();
    p.pid[i] = this.ids.next(onderwijsnummer ? "ONDERWIJSNUMMER" : "BSN");
    p.birth[i] = birth;
    const s = this.random.next();
    p.sex[i] = s < 0.0003 ? 2 : s < 0.5103 ? 0 : 1;
    p.muni[i] = muni;
    p.resFrom[i] = resFrom;
    if (onderwijsnummer) p.flags[i]! |= Flag.Onderwijsnummer;
    // Someone who enters after the extract's last day is not in it at all.
    if (entry > this.eventHorizon) p.flags[i]! |= Flag.Hidden;
    else if (this.emitting && show) this.showPerson(i);
    return i;
  }

  /** Writes the person row and the diplomas they already hold (at creation, or when writing starts). */
  showPerson(i: number): void {
    const p = this.people;
    if ((p.flags[i]! & (Flag.Visible | Flag.Hidden)) !== 0) return;
    p.flags[i]! |= Flag.Visible;
    const id = p.pid[i]!;
    const muni = p.muni[i]!;
    // Name, address and contact from the person's own stream (addresses.ts): no other draw changes.
    const details = drawDetails(this.seed, id, p.sex[i]!, this.postcodeBase[muni]!, this.postcodeRange[muni]!, this.ref.municipalities[muni]!.name);
    this.writer.person(id, p.birth[i]!, SEX_TEXT[p.sex[i]!]!, details);
    if (p.voDip[i]) this.writer.diploma(id, p.voDipDate[i]!, VO_LEVEL_TEXT[p.voDip[i]!]!, this.schools.locInstitution[p.voDipLoc[i]!]!, 0);
    if (p.mbo1Date[i] && p.mboDip[i] !== 1) this.writer.diploma(id, p.mbo1Date[i]!, "MBO-1", "", 0);
    if (p.mboDip[i]) this.writer.diploma(id, p.mboDipDate[i]!, `MBO-${p.mboDip[i]}`, this.schools.locInstitution[p.mboDipLoc[i]!]!, 0);
  }

  /** Moves the person on `date` (the old residence ends the day before). */
  move(i: number, date: number, muni: number): void {
    const p = this.people;
    if (muni === p.muni[i] || date <= p.resFrom[i]!) return;
    this.closeResidence(i, date - 1);
    p.muni[i] = muni;
    p.resFrom[i] = date;
  }

  closeResidence(i: number, to: number): void {
    const p = this.people;
    if (this.writes(i)) this.writer.residence(p.pid[i]!, p.resFrom[i]!, to, this.municipalityCode[p.muni[i]!]!, this.postcode(p.muni[i]!), this.recorded(p.resFrom[i]!));
  }

  /**
   * The person leaves the simulation: the open residence is written as still open; unless they died or
   * emigrated (`residenceTo`), their work from now on is drawn (work.ts) for their group on the labour
   * market, by default from their startkwalificatie and school; `"written"`: their jobs are written already.
   */
  finish(i: number, residenceTo = 0, workGroup?: WorkGroup | "written"): void {
    this.closeResidence(i, residenceTo);
    if (residenceTo === 0 && workGroup !== "written" && this.writes(i)) workAfterLeaving(this, i, workGroup ?? this.workGroupOf(i));
    else this.endJob(i, 0);
    this.people.release(i);
  }

  /** The person's group on the labour market on leaving education (work.ts). */
  workGroupOf(i: number): WorkGroup {
    const p = this.people;
    if (p.sk[i]) return WorkGroup.Qualified;
    return p.stage[i] === Stage.PRO || p.stage[i] === Stage.VSO ? WorkGroup.Special : WorkGroup.Unqualified;
  }

  // ---- jobs --------------------------------------------------------------------------------

  startJob(i: number, from: number, hours: number): void {
    const p = this.people;
    if (p.jobFrom[i]) this.endJob(i, from - 1);
    p.jobFrom[i] = from;
    p.jobHours[i] = hours;
  }

  /** Ends the open job on `to` (0: still open). */
  endJob(i: number, to: number): void {
    const p = this.people;
    if (!p.jobFrom[i]) return;
    if (to !== 0 && to < p.jobFrom[i]!) to = p.jobFrom[i]!;
    if (this.writes(i)) this.writer.job(p.pid[i]!, p.jobFrom[i]!, to, p.jobHours[i]!, this.recorded(p.jobFrom[i]!));
    p.jobFrom[i] = 0;
    p.jobHours[i] = 0;
  }

  /** A job that is written at once (known in full), next to the open one. */
  writeJob(i: number, from: number, to: number, hours: number, recorded = -1): void {
    if (this.writes(i)) this.writer.job(this.people.pid[i]!, from, to, hours, recorded < 0 ? this.recorded(from) : recorded);
  }

  // ---- enrolments --------------------------------------------------------------------------

  /**
   * Opens an enrolment (funded). `end` is the planned last day (the spell may be cut short);
   * `recorded` overrides the usual registration day (late registration).
   */
  open(i: number, stage: number, level: number, grade: number, leerweg: number, prog: number, loc: number, start: number, end: number, recorded = -1): void {
    const p = this.people;
    p.stage[i] = stage;
    p.level[i] = level;
    p.grade[i] = grade;
    p.leerweg[i] = leerweg;
    p.prog[i] = prog;
    p.loc[i] = loc;
    p.enrNo[i] = ++this.enrolmentCounter;
    p.enrStart[i] = start;
    p.enrEnd[i] = end;
    p.enrRec[i] = recorded >= 0 ? recorded : this.recordedEnrolment(start);
  }

  /** Writes the open enrolment, ending on `end`. */
  close(i: number, end: number): void {
    const p = this.people;
    if (end < p.enrStart[i]!) end = p.enrStart[i]!;
    if (!this.writes(i)) return;
    const stage = p.stage[i]!;
    const level = p.level[i]!;
    const loc = p.loc[i]!;
    let levelText: string;
    let programme: string;
    let grade = 0;
    let leerweg = "";
    switch (stage) {
      case Stage.VO:
        levelText = VO_LEVEL_TEXT[level]!;
        programme = VO_PROGRAMME[level]!;
        grade = p.grade[i]!;
        break;
      case Stage.MBO:
        levelText = String(level);
        programme = MBO_PROGRAMMES[p.prog[i]!]!.code;
        leerweg = p.leerweg[i] === 2 ? "BBL" : "BOL";
        break;
      case Stage.VAVO:
        levelText = VAVO_LEVEL_TEXT[level]!;
        programme = VAVO_PROGRAMME[level]!;
        break;
      case Stage.HO:
        levelText = level === 2 ? "WO" : "HBO";
        programme = level === 2 ? WO_PROGRAMMES[p.prog[i]! % WO_PROGRAMMES.length]! : HBO_PROGRAMMES[p.prog[i]! % HBO_PROGRAMMES.length]!;
        break;
      case Stage.PRO:
        levelText = "PRO";
        programme = PRO_PROGRAMME;
        grade = p.grade[i]!;
        break;
      case Stage.VSO:
        levelText = "VSO";
        programme = VSO_PROGRAMME;
        grade = Math.min(6, p.grade[i]!);
        break;
      default:
        return;
    }
    this.writer.enrolment(
      p.enrNo[i]!, p.pid[i]!, this.schools.locInstitution[loc]!, this.schools.locCode[loc]!, SECTOR_TEXT[stage]!, levelText,
      grade, leerweg, programme, true, p.enrStart[i]!, end, p.enrRec[i]!,
    );
  }

  /** An enrolment written at once, outside the person's open one (short no-show, unfunded school). */
  writeEnrolment(i: number, loc: number, sector: string, level: string, grade: number, leerweg: string, programme: string, funded: boolean, start: number, end: number, recorded = -1): void {
    if (!this.writes(i)) return;
    this.writer.enrolment(
      ++this.enrolmentCounter, this.people.pid[i]!, this.schools.locInstitution[loc]!, this.schools.locCode[loc]!, sector, level,
      grade, leerweg, programme, funded, start, end, recorded >= 0 ? recorded : this.recordedEnrolment(start),
    );
  }

  // ---- diplomas ----------------------------------------------------------------------------

  /** A vo diploma (level code 1..5). HAVO and VWO are a startkwalificatie. */
  voDiploma(i: number, level: number, date: number, loc: number, recorded = -1): void {
    const p = this.people;
    p.voDip[i] = level;
    p.voDipDate[i] = date;
    p.voDipLoc[i] = loc;
    if (level >= 4 && !p.sk[i]) p.sk[i] = date;
    if (this.writes(i)) this.writer.diploma(p.pid[i]!, date, VO_LEVEL_TEXT[level]!, this.schools.locInstitution[loc]!, recorded >= 0 ? recorded : this.recorded(date));
  }

  /** An mbo diploma (level 1..4). Levels 2-4 are a startkwalificatie. */
  mboDiploma(i: number, level: number, date: number, loc: number, recorded = -1): void {
    const p = this.people;
    if (level === 1) p.mbo1Date[i] = p.mbo1Date[i] || date;
    if (level >= (p.mboDip[i] ?? 0)) {
      p.mboDip[i] = level;
      p.mboDipDate[i] = date;
      p.mboDipLoc[i] = loc;
    }
    if (level >= 2 && !p.sk[i]) p.sk[i] = date;
    if (this.writes(i)) this.writer.diploma(p.pid[i]!, date, `MBO-${level}`, this.schools.locInstitution[loc]!, recorded >= 0 ? recorded : this.recorded(date));
  }

  hoDiploma(i: number, wo: boolean, date: number, loc: number): void {
    const p = this.people;
    if (!p.sk[i]) p.sk[i] = date;
    if (this.writes(i)) this.writer.diploma(p.pid[i]!, date, wo ? "WO" : "HBO", this.schools.locInstitution[loc]!, this.recorded(date));
  }
}
