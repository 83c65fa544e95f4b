/**
 * Leaving education without a startkwalificatie, the one place where that happens to someone
 * in the start population: the dropouts (new vsv'ers) and the people who would be vsv'ers but
 * for an exclusion of the definition. simulation.ts decides who; this file writes what happens
 * to them, so that on the second peildatum the definition gives exactly the intended result:
 *
 * - a dropout has no funded enrolment on 1 October t+1, no startkwalificatie by 31 December
 *   t+1, and no exclusion (no unfunded school, no mbo-1 diploma together with 12+ hours of work,
 *   no status); some come back later;
 * - an excluded leaver has exactly one exclusion, generated here.
 */
import type { SchoolYear } from "./calendar.js";
import { day } from "./days.js";
import { startMbo, isExamYear } from "./flows.js";
import { Flag, Outcome, Stage } from "./people.js";
import { MBO_PROGRAMMES } from "./programmes.js";
import { VMBO_BB, VMBO_GT, VO_ONDERBOUW } from "./risk.js";
import { type Sim, VO_LEVEL_TEXT } from "./sim.js";
import { DROPOUT_JOB, WorkGroup } from "./work.js";

/** A leave date in the teljaar, most in the first half of the school year. */
function midYear(sim: Sim, cal: SchoolYear): number {
  const r = sim.random;
  return r.chance(0.65) ? r.between(cal.p1 + 1, day(cal.y + 1, 3, 31)) : r.between(day(cal.y + 1, 4, 1), day(cal.y + 1, 6, 30));
}

/** Ends the person's enrolment (and any job) on `date`. */
function leave(sim: Sim, i: number, date: number): void {
  const p = sim.people;
  sim.close(i, Math.min(date, Math.max(p.enrEnd[i]!, p.enrStart[i]!)));
  sim.endJob(i, date);
}

/** The mbo level a vmbo pupil would go on to. */
function mboLevelFor(level: number): number {
  return level === VMBO_BB ? 2 : level === VMBO_GT ? 4 : 3;
}

/**
 * A new vsv'er. `lateAdded`: the enrolment they had on the first peildatum is recorded only after
 * the preliminary cut-off, so they count in the definitive figures only (only for people who were
 * not in the previous start population: see simulation.ts).
 */
export function dropout(sim: Sim, i: number, cal: SchoolYear, lateAdded: boolean): void {
  const p = sim.people;
  const r = sim.random;
  if (lateAdded) p.enrRec[i] = r.between(cal.preliminaryCutoff + 1, cal.definitiveCutoff - 1);
  let left: number;
  const stage = p.stage[i]!;
  if (stage === Stage.VO && isExamYear(p.level[i]!, p.grade[i]!) && p.level[i]! <= VMBO_GT && r.chance(0.55)) {
    // Finishes vmbo (mostly with the diploma) but does not turn up in mbo.
    const loc = p.loc[i]!;
    const level = p.level[i]!;
    leave(sim, i, cal.end);
    if (r.chance(0.8)) sim.voDiploma(i, level, day(cal.y + 1, 6, 10) + r.int(29), loc);
    if (r.chance(0.4)) {
      const mboLoc = sim.schools.mbo(p.muni[i]!, r);
      const lvl = mboLevelFor(level);
      sim.writeEnrolment(i, mboLoc, "MBO", String(lvl), 0, "BOL", MBO_PROGRAMMES[0]!.code.slice(0, 3) + lvl + "0", true, cal.nextStart, r.between(cal.nextStart + 10, cal.p2 - 2));
    }
    left = cal.end;
  } else if (stage === Stage.MBO) {
    const x = r.next();
    left = x < 0.6 ? r.between(cal.p1 + 1, day(cal.y + 1, 3, 31)) : x < 0.85 ? r.between(day(cal.y + 1, 4, 1), cal.end) : r.between(cal.nextStart, cal.p2 - 2);
    if (p.level[i] === 1 && !p.mbo1Date[i] && r.chance(0.3)) {
      sim.mboDiploma(i, 1, Math.max(cal.p1 + 1, left - r.between(0, 60)), p.loc[i]!);
    }
    if (left > p.enrEnd[i]!) {
      // Enrolled again for the new school year, then deregistered before 1 October.
      const end = p.enrEnd[i]!;
      const prog = MBO_PROGRAMMES[p.prog[i]!]!.code;
      const level = p.level[i]!;
      const lw = p.leerweg[i] === 2 ? "BBL" : "BOL";
      const loc = p.loc[i]!;
      leave(sim, i, end);
      sim.writeEnrolment(i, loc, "MBO", String(level), 0, lw, prog, true, end + 1, Math.max(end + 1, left));
    } else {
      leave(sim, i, left);
    }
  } else {
    left = midYear(sim, cal);
    leave(sim, i, left);
  }
  p.flags[i]! |= Flag.Returner;
  // Work: any hours, unless they hold an mbo-1 diploma (then 12+ hours would be the MBO1_JOB exclusion).
  if (r.chance(DROPOUT_JOB.share)) {
    const from = left + r.between(1, DROPOUT_JOB.withinDays);
    // Kept open (not written at once) so that a later return to school and new departure ends it.
    sim.startJob(i, from, p.mbo1Date[i] ? r.between(4, 11) : r.between(8, 38));
  }
  // One year later (2014 letter): 8% have a startkwalificatie, 34% are back in school, 58% are not.
  const x = r.next();
  if (x < 0.08) {
    p.reentry[i] = r.between(cal.p2 + 1, day(cal.y + 2, 1, 31));
    p.reentryKind[i] = 2;
  } else if (x < 0.42) {
    const y = r.next();
    p.reentry[i] = y < 0.55 ? day(cal.y + 2, 8, 1) : y < 0.8 ? day(cal.y + 2, 2, 1) : r.between(cal.p2 + 1, day(cal.y + 2, 6, 30));
    p.reentryKind[i] = 1;
  } else if (x < 0.55) {
    p.reentry[i] = day(cal.y + 3, 8, 1);
    p.reentryKind[i] = 1;
  } else {
    sim.finish(i);
    return;
  }
  p.stage[i] = Stage.Out;
}

/** Someone who left comes back: mostly into mbo level 2; some finish a short bbl route to a diploma. */
export function reenter(sim: Sim, i: number): void {
  const p = sim.people;
  const r = sim.random;
  const start = p.reentry[i]!;
  p.reentry[i] = 0;
  if (p.reentryKind[i] === 2) {
    startMbo(sim, i, 2, start, -1, 2);
    // Diploma between April and mid-September of the next year: after the late-SK window of the teljaar they left in.
    const y = sim.calendarYear(start) + (start >= day(sim.calendarYear(start), 9, 1) ? 1 : 0);
    p.enrEnd[i] = r.between(day(y, 4, 1), day(y, 9, 15));
    p.outcome[i] = Outcome.Diploma;
    return;
  }
  const x = r.next();
  startMbo(sim, i, x < 0.15 ? 1 : x < 0.75 ? 2 : x < 0.9 ? 3 : 4, start, -1, r.chance(0.4) ? 2 : 1);
}

// ---- the exclusions, in the order of the definition ---------------------------------------------

/** UNFUNDED: moves to recognised but unfunded (erkend niet-bekostigd) education. */
export function toUnfunded(sim: Sim, i: number, cal: SchoolYear): void {
  const p = sim.people;
  const r = sim.random;
  const left = r.chance(0.7) ? midYear(sim, cal) : cal.end;
  const vo = p.stage[i] === Stage.VO;
  const level = vo ? VO_LEVEL_TEXT[p.level[i] === VO_ONDERBOUW ? VO_ONDERBOUW : p.level[i]!]! : String(Math.max(2, Math.min(4, p.level[i]!)));
  leave(sim, i, left);
  const loc = sim.schools.unfunded(vo ? "VO" : "MBO", r);
  const start = left === cal.end ? cal.nextStart : left + 1;
  const end = r.chance(0.4) ? 0 : r.between(day(cal.y + 2, 6, 30), day(cal.y + 4, 7, 31));
  sim.writeEnrolment(i, loc, vo ? "VO" : "MBO", level, vo ? Math.max(1, p.grade[i]!) : 0, vo ? "" : "BOL", vo ? "9900" : "99000", false, start, end);
  sim.finish(i);
}

/** MBO1_JOB: leaves with an mbo-1 diploma for a job (or two) of 12 hours a week or more. */
export function toMbo1Job(sim: Sim, i: number, cal: SchoolYear): void {
  const p = sim.people;
  const r = sim.random;
  let diplomaDate = p.mbo1Date[i]!;
  const left = r.between(day(cal.y + 1, 1, 15), cal.end);
  if (!diplomaDate) {
    diplomaDate = Math.max(cal.p1 + 1, left - r.between(0, 30));
    sim.mboDiploma(i, 1, diplomaDate, p.loc[i]!);
  }
  leave(sim, i, left);
  const from = r.between(Math.max(diplomaDate - 30, cal.p1 + 1), day(cal.y + 1, 9, 15));
  const to = r.chance(0.7) ? 0 : r.between(cal.p2 + 30, cal.p2 + 600);
  if (r.chance(0.2)) {
    // Two small jobs that add up to 12 hours or more on the second peildatum.
    const a = r.between(6, 11);
    sim.writeJob(i, from, to, a);
    sim.writeJob(i, from + r.between(0, Math.min(20, cal.p2 - from)), to, r.between(12 - a, 20 - a));
  } else {
    sim.writeJob(i, from, to, r.between(12, 38));
  }
  sim.finish(i, 0, "written");
}

/** EXEMPTION: exempted under the Leerplichtwet. */
export function toExemption(sim: Sim, i: number, cal: SchoolYear): void {
  const r = sim.random;
  const left = midYear(sim, cal);
  leave(sim, i, left);
  const to = r.chance(0.5) ? 0 : r.between(cal.p2 + 1, cal.p2 + 700);
  if (sim.writes(i)) sim.writer.status(sim.people.pid[i]!, "EXEMPTION", left + 1, to, sim.recorded(left + 1));
  sim.finish(i, 0, WorkGroup.Special);
}

/** NEWCOMER: a first-year newcomer who leaves school in that year. */
export function newcomerLeaves(sim: Sim, i: number, cal: SchoolYear): void {
  leave(sim, i, midYear(sim, cal));
  sim.finish(i);
}

/** LATE_SK: leaves at the end of the year and obtains the diploma in October-December. */
export function toLateSk(sim: Sim, i: number, cal: SchoolYear): void {
  const p = sim.people;
  const r = sim.random;
  const stage = p.stage[i]!;
  const level = p.level[i]!;
  const loc = p.loc[i]!;
  const end = Math.min(cal.end, Math.max(p.enrEnd[i]!, cal.p1 + 1));
  leave(sim, i, end);
  const date = r.between(cal.p2 + 1, cal.dec31);
  const recorded = date + r.int(25);
  if (stage === Stage.MBO) sim.mboDiploma(i, Math.max(2, level), date, loc, recorded);
  else sim.voDiploma(i, level, date, loc, recorded);
  if (r.chance(0.6)) sim.startJob(i, date + r.between(1, 60), r.between(16, 40));
  sim.finish(i);
}

/** DEFENCE_POLICE: leaves for a training at defence or the police. */
export function toDefencePolice(sim: Sim, i: number, cal: SchoolYear): void {
  const r = sim.random;
  const left = r.between(day(cal.y + 1, 1, 1), day(cal.y + 1, 8, 31));
  leave(sim, i, left);
  const from = r.between(left + 1, cal.p2 - 1);
  if (sim.writes(i)) sim.writer.status(sim.people.pid[i]!, "DEFENCE_POLICE", from, r.between(cal.p2 + 180, cal.p2 + 900), sim.recorded(from));
  sim.finish(i);
}

/** DECEASED (part of DECEASED_EMIGRATED). */
export function dies(sim: Sim, i: number, cal: SchoolYear): void {
  const r = sim.random;
  const date = r.between(cal.p1 + 1, cal.end);
  leave(sim, i, date - 1);
  if (sim.writes(i)) sim.writer.status(sim.people.pid[i]!, "DECEASED", date, 0, sim.recorded(date));
  sim.finish(i, date);
}

/** EMIGRATED (part of DECEASED_EMIGRATED). */
export function emigrates(sim: Sim, i: number, cal: SchoolYear): void {
  const r = sim.random;
  const date = r.between(cal.p1 + 1, cal.p2 - 1);
  leave(sim, i, Math.min(date - 1, cal.end));
  if (sim.writes(i)) sim.writer.status(sim.people.pid[i]!, "EMIGRATED", date, 0, sim.recorded(date));
  sim.finish(i, date - 1);
}
