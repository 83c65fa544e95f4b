/**
 * Regular school careers, one school year at a time: vo pupils move up a grade, stream into vmbo,
 * havo or vwo, sit their exams and go on to mbo or higher education; mbo students finish their
 * programme with a diploma or switch; pro and vso pupils leave at 17-20, some to mbo; higher
 * education ends with a diploma or without. Nobody in the start population (vo, mbo or vavo,
 * under 23, no startkwalificatie) leaves education here: that happens only in leavers.ts, where it
 * is counted and controlled. Leaving here is for people with a startkwalificatie, pro and vso
 * pupils (outside the count) and people of 23 and over.
 */
import type { SchoolYear } from "./calendar.js";
import { day } from "./days.js";
import { Outcome, Stage } from "./people.js";
import { programmePool, type ProgrammePool } from "./programmes.js";
import { HAVO, VMBO_BB, VMBO_GT, VMBO_KB, VO_ONDERBOUW, VWO } from "./risk.js";
import type { Sim } from "./sim.js";
import { daysToFirstJob } from "./work.js";

const POOLS: ProgrammePool[][] = [0, 1, 2, 3, 4].map((level) =>
  level === 0 ? [] : [programmePool(level, false), programmePool(level, true)],
);

/** Share of bbl among young starters per mbo level (index = level). */
const BBL_SHARE = [0, 0.1, 0.3, 0.22, 0.1] as const;

export function isExamYear(level: number, grade: number): boolean {
  return (level >= VMBO_BB && level <= VMBO_GT && grade >= 4) || (level === HAVO && grade >= 5) || (level === VWO && grade >= 6);
}

/** The day `years` after `d`, minus one: the last day of a spell of whole years. */
function spellEnd(sim: Sim, start: number, years: number): number {
  const raw = start + Math.round(years * 365.25) - 1;
  const y = sim.calendarYear(raw);
  const jul31 = day(y, 7, 31);
  const jan31 = day(y, 1, 31);
  // Snap to the end of a half year, when spells end in practice.
  if (Math.abs(raw - jul31) <= 75) return jul31;
  if (Math.abs(raw - jan31) <= 75) return jan31;
  if (raw > jul31) return day(y + 1, 1, 31);
  return raw;
}

// ---- mbo -----------------------------------------------------------------------------------

/** Starts an mbo spell at `level` on `start`; keeps the location when `loc` is given. */
export function startMbo(sim: Sim, i: number, level: number, start: number, loc = -1, leerweg = 0, recorded = -1): void {
  const p = sim.people;
  const r = sim.random;
  const location = loc >= 0 ? loc : sim.schools.mbo(p.muni[i]!, r);
  const age = sim.ageOnOct1(i, sim.calendarYear(start));
  let lw = leerweg;
  if (lw === 0) lw = r.chance(Math.min(0.75, BBL_SHARE[level]! * (age >= 20 ? 2.5 : 1))) ? 2 : 1;
  const pool = POOLS[level]![sim.schools.isGreen(location) ? 1 : 0]!;
  const prog = pool.indices[r.pickCumulative(pool.cumulative)]!;
  const { end, outcome } = planMbo(sim, level, start);
  sim.open(i, Stage.MBO, level, 0, lw, prog, location, start, end, recorded);
  p.outcome[i] = outcome;
  if (lw === 2) sim.startJob(i, start, r.between(20, 36));
  else if (age >= 16 && r.chance(0.08)) sim.startJob(i, start + r.between(0, 120), r.between(6, 16));
}

function planMbo(sim: Sim, level: number, start: number): { end: number; outcome: number } {
  const r = sim.random;
  const diplomaRate = [0, 0.72, 0.62, 0.66, 0.7][level]!;
  if (r.chance(diplomaRate)) {
    let years = level === 1 ? 1 : level === 2 ? 2 : level === 3 ? (r.chance(0.15) ? 2 : 3) : r.chance(0.4) ? 3 : 4;
    if (r.chance(0.2)) years += 1;
    return { end: spellEnd(sim, start, years), outcome: Outcome.Diploma };
  }
  return { end: spellEnd(sim, start, r.chance(0.6) ? 1 : 0.5), outcome: Outcome.Switch };
}

/**
 * The mbo spell reaches its planned end in this school year: diploma and next step, or a switch.
 * `phantom`: the diploma is recorded only after the preliminary cut-off and the student leaves
 * (a preliminary vsv'er who is none in the definitive figures).
 */
export function advanceMbo(sim: Sim, i: number, cal: SchoolYear, phantom: boolean): void {
  const p = sim.people;
  const r = sim.random;
  // People of 23 and over without a startkwalificatie (outside the definition-23 count) sometimes stop.
  if (!p.sk[i] && sim.ageOnOct1(i, cal.y) >= 23 && r.chance(0.2)) {
    const leave = r.between(cal.p1 + 1, cal.end);
    if (leave < p.enrEnd[i]!) {
      sim.close(i, leave);
      sim.endJob(i, leave);
      if (r.chance(0.5)) sim.startJob(i, leave + r.between(1, 90), r.between(12, 38));
      sim.finish(i);
      return;
    }
  }
  let guard = 0;
  while (p.stage[i] === Stage.MBO && p.enrEnd[i]! <= cal.end && guard++ < 4) {
    const end = p.enrEnd[i]!;
    const level = p.level[i]!;
    const loc = p.loc[i]!;
    if (p.outcome[i] === Outcome.Diploma) {
      const date = Math.max(p.enrStart[i]! + 30, end - r.between(10, 45));
      sim.close(i, end);
      if (phantom) {
        sim.endJob(i, end);
        sim.mboDiploma(i, level, date, loc, r.between(cal.preliminaryCutoff + 1, cal.definitiveCutoff - 1));
        sim.finish(i);
        return;
      }
      sim.mboDiploma(i, level, date, loc);
      const x = r.next();
      const next = end + 1;
      if (level === 1) {
        startMbo(sim, i, 2, next, r.chance(0.75) ? loc : -1, p.leerweg[i]!);
      } else if ((level === 2 && x < 0.4) || (level === 3 && x < 0.2)) {
        startMbo(sim, i, level + 1, next, r.chance(0.7) ? loc : -1);
      } else if (level === 2 && x < 0.45) {
        startMbo(sim, i, 4, next, r.chance(0.7) ? loc : -1);
      } else if ((level === 3 && x < 0.26) || (level === 4 && x < 0.38)) {
        sim.endJob(i, end);
        startHo(sim, i, false, day(sim.calendarYear(next) + (next > day(sim.calendarYear(next), 9, 1) ? 1 : 0), 9, 1));
      } else {
        leaveWithQualification(sim, i, end);
        return;
      }
    } else {
      // Switch: another programme, often a level lower, right away.
      sim.close(i, end);
      sim.endJob(i, end);
      const x = r.next();
      const level2 = x < 0.5 ? level : x < 0.85 ? Math.max(1, level - 1) : Math.min(4, level + 1);
      startMbo(sim, i, level2, end + 1, r.chance(0.6) ? loc : -1);
    }
  }
}

/**
 * Leaves education with a startkwalificatie on `end`: most start working. Graduates mostly have the
 * job lined up: it starts within weeks of `available` (the end, or a degree obtained before it);
 * people who quit higher education search up to four months. What follows is work.ts.
 */
export function leaveWithQualification(sim: Sim, i: number, end: number, available = end, graduate = true): void {
  const r = sim.random;
  sim.endJob(i, end);
  if (r.chance(0.7)) {
    const u = r.next();
    sim.startJob(i, available + (graduate ? daysToFirstJob(u) : 1 + Math.floor(120 * u)), r.chance(0.7) ? r.between(32, 40) : r.between(12, 31));
  }
  sim.finish(i);
}

// ---- higher education ----------------------------------------------------------------------

export function startHo(sim: Sim, i: number, wo: boolean, start: number): void {
  const p = sim.people;
  const r = sim.random;
  const loc = sim.schools.ho(p.muni[i]!, wo, r);
  // Students often move to the town of their university or hogeschool.
  const town = sim.schools.locMunicipality[loc]!;
  if (town !== p.muni[i] && r.chance(wo ? 0.45 : 0.25)) sim.move(i, start - r.between(0, 40), town);
  const graduates = r.chance(wo ? 0.75 : 0.64);
  const years = graduates ? (wo ? (r.chance(0.6) ? 5 : 6) : r.chance(0.7) ? 4 : 5) : r.chance(0.7) ? 1 : 2;
  sim.open(i, Stage.HO, wo ? 2 : 1, 0, 0, r.int(8), loc, start, day(sim.calendarYear(start) + years, 8, 31));
  p.outcome[i] = graduates ? Outcome.Diploma : Outcome.Quit;
}

export function advanceHo(sim: Sim, i: number, cal: SchoolYear): void {
  const p = sim.people;
  const r = sim.random;
  if (p.enrEnd[i]! > cal.end + 31) return;
  const end = p.enrEnd[i]!;
  sim.close(i, end);
  if (p.outcome[i] === Outcome.Diploma) {
    const date = end - r.between(20, 60);
    sim.hoDiploma(i, p.level[i] === 2, date, p.loc[i]!);
    // The enrolment runs to 31 August; graduates can start work from their degree.
    leaveWithQualification(sim, i, end, date);
    return;
  }
  // Left higher education without a degree: with the vo or mbo diploma they came with, a startkwalificatie.
  if (p.level[i] === 2 && r.chance(0.35)) {
    startHo(sim, i, false, end + 1);
    return;
  }
  if (r.chance(0.15)) {
    startMbo(sim, i, 4, cal.nextStart);
    return;
  }
  leaveWithQualification(sim, i, end, end, false);
}

// ---- vo ------------------------------------------------------------------------------------

const PASS_RATE = [1, 0.93, 0.95, 0.95, 0.87, 0.9] as const;

/** The vo track at the end of onderbouw: streaming with some pupils moving down. */
function bovenbouwLevel(sim: Sim, track: number): number {
  const r = sim.random;
  if (track === VWO && r.chance(0.09)) return HAVO;
  if (track === HAVO && r.chance(0.07)) return VMBO_GT;
  if (track === VMBO_GT && r.chance(0.04)) return VMBO_KB;
  if (track === VMBO_KB && r.chance(0.04)) return VMBO_BB;
  return track;
}

/** mbo level after a vmbo diploma (index: vmbo level). */
function mboLevelAfterVmbo(sim: Sim, level: number): number {
  const x = sim.random.next();
  if (level === VMBO_BB) return x < 0.92 ? 2 : 3;
  if (level === VMBO_KB) return x < 0.25 ? 2 : x < 0.85 ? 3 : 4;
  return x < 0.04 ? 2 : x < 0.28 ? 3 : 4;
}

/** The next school year's vo enrolment. */
function voRow(sim: Sim, i: number, cal: SchoolYear, loc: number, recorded: number, level: number, grade: number): void {
  sim.open(i, Stage.VO, level, grade, 0, 0, loc, cal.nextStart, cal.nextEnd, recorded);
}

/**
 * End of a vo school year: exam or next grade. `lateNext`: the next enrolment is recorded only
 * after the preliminary cut-off of this teljaar (a preliminary vsv'er who is none in the definitive figures).
 */
export function advanceVo(sim: Sim, i: number, cal: SchoolYear, lateNext: boolean): void {
  const p = sim.people;
  const r = sim.random;
  const level = p.level[i]!;
  const grade = p.grade[i]!;
  const loc = p.loc[i]!;
  const next = cal.nextStart;
  const recorded = lateNext ? r.between(cal.preliminaryCutoff + 1, cal.definitiveCutoff - 1) : -1;
  sim.close(i, cal.end);
  const keepLoc = sim.schools.sameRegion(loc, p.muni[i]!) ? loc : sim.schools.vo(p.muni[i]!, r);

  if (isExamYear(level, grade)) {
    if (r.chance(PASS_RATE[level]!)) {
      const date = cal.examDay + r.int(29);
      sim.voDiploma(i, level, date, loc);
      if (level <= VMBO_GT) {
        if (level === VMBO_GT && r.chance(0.09)) return voRow(sim, i, cal, keepLoc, recorded, HAVO, 4);
        startMbo(sim, i, mboLevelAfterVmbo(sim, level), next, -1, 0, recorded);
        return;
      }
      const x = r.next();
      if (level === HAVO) {
        if (x < 0.05) return voRow(sim, i, cal, keepLoc, recorded, VWO, 5);
        if (x < 0.81) return startHo(sim, i, false, cal.hoStart);
        if (x < 0.92) return startMbo(sim, i, 4, next);
        return leaveWithQualification(sim, i, cal.end);
      }
      if (x < 0.76) return startHo(sim, i, true, cal.hoStart);
      if (x < 0.92) return startHo(sim, i, false, cal.hoStart);
      return leaveWithQualification(sim, i, cal.end);
    }
    // Failed the exam: most repeat the year, some go to vavo or mbo.
    const x = r.next();
    if (level <= VMBO_GT) {
      if (x < 0.65) return voRow(sim, i, cal, keepLoc, recorded, level, grade);
      startMbo(sim, i, 1, next, -1, 0, recorded);
      return;
    }
    if (x < 0.55) return voRow(sim, i, cal, keepLoc, recorded, level, grade);
    if (x < 0.8) {
      sim.open(i, Stage.VAVO, level, 0, 0, 0, sim.schools.vavo(p.muni[i]!, r), next, cal.nextEnd, recorded);
      return;
    }
    if (level === VWO && x < 0.9) return voRow(sim, i, cal, keepLoc, recorded, HAVO, 5);
    startMbo(sim, i, 4, next, -1, 0, recorded);
    return;
  }

  const repeat = [0.02, 0.03, 0.03, 0.03, 0.08, 0.05][level]!;
  if (r.chance(repeat)) return voRow(sim, i, cal, keepLoc, recorded, level, grade);
  // Leaving havo or vwo for mbo-4 without a diploma (afstroom) is common after the fourth year.
  if ((level === HAVO && r.chance(0.07)) || (level === VWO && r.chance(0.015))) return startMbo(sim, i, 4, next, -1, 0, recorded);
  const g = grade + 1;
  const track = p.track[i]!;
  if (level === VO_ONDERBOUW) {
    const vmboTrack = track >= VMBO_BB && track <= VMBO_GT;
    if (vmboTrack && g >= 3) return voRow(sim, i, cal, keepLoc, recorded, bovenbouwLevel(sim, track), g);
    if (!vmboTrack && g >= 4) {
      const l = bovenbouwLevel(sim, track);
      return voRow(sim, i, cal, keepLoc, recorded, l, l === VMBO_GT ? 4 : g);
    }
    return voRow(sim, i, cal, keepLoc, recorded, VO_ONDERBOUW, g);
  }
  voRow(sim, i, cal, keepLoc, recorded, level, g);
}

// ---- vavo, pro, vso ------------------------------------------------------------------------

export function advanceVavo(sim: Sim, i: number, cal: SchoolYear, lateNext: boolean): void {
  const p = sim.people;
  const r = sim.random;
  const level = p.level[i]!;
  const loc = p.loc[i]!;
  const recorded = lateNext ? r.between(cal.preliminaryCutoff + 1, cal.definitiveCutoff - 1) : -1;
  sim.close(i, cal.end);
  if (r.chance(0.62)) {
    sim.voDiploma(i, level === 3 ? VMBO_GT : level, day(cal.y + 1, 6, 12) + r.int(25), loc);
    if (level === 3) return startMbo(sim, i, r.chance(0.6) ? 4 : 3, cal.nextStart, -1, 0, recorded);
    if (r.chance(0.55)) return startHo(sim, i, false, cal.hoStart);
    return leaveWithQualification(sim, i, cal.end);
  }
  const x = r.next();
  if (x < 0.25) {
    sim.open(i, Stage.VAVO, level, 0, 0, 0, loc, cal.nextStart, cal.nextEnd, recorded);
    return;
  }
  startMbo(sim, i, x < 0.85 ? 4 : 2, cal.nextStart, -1, 0, recorded);
}

/** pro and vso pupils leave at 17-20; some go on to mbo (entree or level 2), the others leave (outside the count). */
export function advanceSpecial(sim: Sim, i: number, cal: SchoolYear): void {
  const p = sim.people;
  const r = sim.random;
  const pro = p.stage[i] === Stage.PRO;
  const age = sim.ageOnOct1(i, cal.y + 1);
  sim.close(i, cal.end);
  const leaveChance = pro ? (age >= 18 ? 1 : age >= 17 ? 0.55 : 0) : age >= 20 ? 1 : age >= 18 ? 0.45 : age >= 17 ? 0.15 : 0;
  if (r.chance(leaveChance)) {
    const toMbo = r.chance(pro ? 0.4 : 0.22);
    if (toMbo) return startMbo(sim, i, r.chance(0.8) ? 1 : 2, cal.nextStart);
    if (r.chance(pro ? 0.6 : 0.25)) sim.startJob(i, cal.nextStart + r.between(0, 90), r.between(8, 32));
    sim.finish(i);
    return;
  }
  sim.open(i, p.stage[i]!, 0, Math.min(6, p.grade[i]! + 1), 0, 0, p.loc[i]!, cal.nextStart, cal.nextEnd);
}
