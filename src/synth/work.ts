/**
 * Work of young people outside education (docs/synthetic-netherlands.md, "Work of young people").
 * Jobs in school (bbl, side jobs) and the first job on leaving are drawn where people leave
 * (flows.ts, leavers.ts); that first year is what the follow-up figures are calibrated to. After it,
 * nobody used to find or lose a job again, which left a third of everyone out of school without
 * school or work until 27. This file models what comes after:
 *
 * - from the follow-up day of the teljaar someone left in (1 October two years after that school
 *   year began) until they turn 27, work and no work alternate: someone without a job finds one
 *   at a yearly rate `find`, a job ends at a yearly rate `loss` (exponential spells), by group;
 *   leavers no follow-up figure looks at (graduates of havo, vwo, vavo, leavers of higher
 *   education) follow it from the day they leave;
 * - young adults who come back to mbo (entrants.ts) were out of school without a startkwalificatie
 *   before: like a dropout's first job, then the same process, from the day they left school until
 *   they enrol.
 *
 * It draws from the simulation's second random stream (`Sim.work`), so every other fact of the
 * register (enrolments, diplomas, residences, statuses: all vsv figures) is the same as without it.
 */
import { Stage } from "./people.js";
import type { Random } from "./random.js";
import type { Sim } from "./sim.js";

/** Who someone is on the labour market after leaving education for good. */
export const WorkGroup = {
  /** Holds a startkwalificatie (havo, vwo, mbo 2-4, or a degree). */
  Qualified: 1,
  /** Left without a startkwalificatie. */
  Unqualified: 2,
  /** Left pro or vso, or was exempted from school: often a disability, often no paid work. */
  Special: 3,
} as const;
export type WorkGroup = (typeof WorkGroup)[keyof typeof WorkGroup];

/**
 * Yearly rates (per person-year) of finding a job when without one, and of a job ending. The share
 * working in the long run is find / (find + loss): 96% with a startkwalificatie, 83% without, 67%
 * after pro or vso. Assumed, chosen so that the share of 15-26 year-olds without school or work is
 * about 9% (seed 002) in every year: see the calibration in docs/synthetic-netherlands.md.
 */
export const WORK_RATES: Readonly<Record<WorkGroup, { readonly find: number; readonly loss: number }>> = {
  [WorkGroup.Qualified]: { find: 2.5, loss: 0.1 },
  [WorkGroup.Unqualified]: { find: 1, loss: 0.2 },
  [WorkGroup.Special]: { find: 0.4, loss: 0.2 },
};

/** A dropout finds a job within `withinDays` of leaving with probability `share` (leavers.ts); the rest search. */
export const DROPOUT_JOB = { share: 0.45, withinDays: 150 } as const;

/** Everyone is followed until this age (the NEET population ends at 27); day numbers are days. */
const AGE_27_DAYS = Math.ceil(27 * 365.25);

/**
 * Days until a job found on leaving starts, from one uniform draw `u`: 1 to `max`, most within a
 * few weeks (graduates who go to work mostly have the job lined up). Median about max/8.
 */
export function daysToFirstJob(u: number, max = 120): number {
  return 1 + Math.floor(max * u * u * u);
}

/** An exponential spell at a yearly rate, in whole days (at least one). */
function spell(r: Random, ratePerYear: number): number {
  return Math.max(1, Math.round((-Math.log(1 - r.next()) / ratePerYear) * 365.25));
}

function hours(r: Random, group: WorkGroup): number {
  if (group === WorkGroup.Qualified) return r.chance(0.7) ? r.between(32, 40) : r.between(12, 31);
  if (group === WorkGroup.Unqualified) return r.chance(0.15) ? r.between(4, 11) : r.between(12, 38);
  return r.chance(0.3) ? r.between(4, 11) : r.between(12, 32);
}

/**
 * The work history of someone leaving the simulation for good, in school year `sim.year`: the job
 * they hold or found on leaving (the open one) lasts at least until the follow-up day, and from
 * then on jobs come and go until they turn 27 (or the extract ends). Writes every job.
 */
export function workAfterLeaving(sim: Sim, i: number, group: WorkGroup): void {
  const p = sim.people;
  const r = sim.work;
  const until = Math.min(p.birth[i]! + AGE_27_DAYS, sim.eventHorizon);
  const { loss } = WORK_RATES[group];
  let t = Math.max(isFollowedUp(sim, i) ? sim.followUpDay() : p.enrEnd[i]!, p.jobFrom[i]!);
  if (t >= until) {
    sim.endJob(i, 0);
    return;
  }
  if (p.jobFrom[i]) {
    const to = t + spell(r, loss);
    if (to >= until) {
      sim.endJob(i, 0);
      return;
    }
    sim.endJob(i, to);
    t = to;
  }
  writeSpells(sim, i, group, t, until, true);
}

/**
 * Whether a follow-up figure looks at the person a year after leaving (docs/follow-up.md): vsv'ers
 * and everyone else without a startkwalificatie, mbo leavers, pro and vso leavers. Their first year
 * is as drawn where they left. Graduates of havo, vwo or vavo and leavers of higher education are
 * in none: they look for work from the day they leave (`enrEnd`, the end of their last enrolment).
 */
function isFollowedUp(sim: Sim, i: number): boolean {
  const p = sim.people;
  const stage = p.stage[i]!;
  return !p.sk[i] || (stage !== Stage.HO && stage !== Stage.VO && stage !== Stage.VAVO);
}

/**
 * A young adult entering mbo on `entry` after years out of school without a startkwalificatie
 * (entrants.ts): their jobs from leaving school (`left`) until the day before they enrol.
 */
export function workBeforeEntry(sim: Sim, i: number, left: number, entry: number): void {
  if (!sim.writes(i)) return;
  const r = sim.work;
  let t = left;
  // Like a dropout (leavers.ts): some leave school for a job; the others search.
  if (r.chance(DROPOUT_JOB.share)) {
    const from = left + r.between(1, DROPOUT_JOB.withinDays);
    if (from >= entry) return;
    const to = Math.min(entry - 1, from + spell(r, WORK_RATES[WorkGroup.Unqualified].loss));
    sim.writeJob(i, from, to, hours(r, WorkGroup.Unqualified), sim.recorded(from, r));
    t = to;
  }
  writeSpells(sim, i, WorkGroup.Unqualified, t, entry - 1, false);
}

/**
 * Jobs from `t` (not working then) up to `until`: a search, a job, a search… The last job is open
 * (`openEnded`: the person goes on working after `until`) or ends on `until`.
 */
function writeSpells(sim: Sim, i: number, group: WorkGroup, t: number, until: number, openEnded: boolean): void {
  const r = sim.work;
  const { find, loss } = WORK_RATES[group];
  for (;;) {
    const from = t + spell(r, find);
    if (from > until) return;
    const to = from + spell(r, loss);
    const h = hours(r, group);
    const last = to >= until;
    sim.writeJob(i, from, last ? (openEnded ? 0 : until) : to, h, sim.recorded(from, r));
    if (last) return;
    t = to;
  }
}
