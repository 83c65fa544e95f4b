/**
 * Who enters the simulation each school year: the cohort of 12-year-olds starting secondary
 * school (regular vo, pro or vso), newcomers from abroad, and young adults returning to mbo.
 */
import type { SchoolYear } from "./calendar.js";
import { day } from "./days.js";
import { startMbo } from "./flows.js";
import { Flag, Stage } from "./people.js";
import { VO_ONDERBOUW } from "./risk.js";
import type { Sim } from "./sim.js";
import { newcomerInflow } from "./targets.js";
import { workBeforeEntry } from "./work.js";

/** Live births in the Netherlands (thousands, CBS, rounded): the size of each vo intake 12 years later. */
const BIRTHS: Readonly<Record<number, number>> = {
  1983: 171, 1984: 174, 1985: 178, 1986: 185, 1987: 187, 1988: 187, 1989: 189, 1990: 198, 1991: 198, 1992: 196, 1993: 196,
  1994: 195, 1995: 190, 1996: 189, 1997: 192, 1998: 200, 1999: 200, 2000: 207, 2001: 203, 2002: 202, 2003: 200, 2004: 194,
  2005: 188, 2006: 185, 2007: 181, 2008: 185, 2009: 185, 2010: 184, 2011: 180, 2012: 176, 2013: 171, 2014: 175, 2015: 171,
  2016: 173, 2017: 169,
};
/**
 * Intake per birth: children who arrived before 12 add a few percent, more in later years
 * (immigration grew), which keeps the start population near 1.4 million as births fell.
 */
export function intakeFactor(year: number): number {
  return 1.06 + 0.008 * Math.max(0, year - 2012);
}
/** Rounds a scaled expected count to a whole number, without bias. */
function count(sim: Sim, expected: number): number {
  const whole = Math.floor(expected);
  return whole + (sim.random.chance(expected - whole) ? 1 : 0);
}

/** The cohort entering secondary education on 1 August y, born mostly October y-13 to September y-12. */
export function addCohort(sim: Sim, cal: SchoolYear): void {
  const r = sim.random;
  const y = cal.y;
  const n = count(sim, (BIRTHS[y - 12] ?? 180) * 1000 * intakeFactor(y) * sim.scale);
  const trackWeights = [0, 10, 13, 29, 26, 22];
  for (let k = 0; k < n; k++) {
    const shift = r.chance(0.1) ? 1 : r.chance(0.02) ? -1 : 0;
    const birth = r.between(day(y - 13 - shift, 10, 1), day(y - 12 - shift, 9, 30));
    const muni = sim.drawMunicipality();
    const i = sim.createPerson(birth, muni, birth, cal.start, r.chance(0.01));
    const x = r.next();
    if (x < 0.034) {
      sim.open(i, Stage.PRO, 0, 1, 0, 0, sim.schools.pro(muni, r), cal.start, cal.end);
    } else if (x < 0.062) {
      sim.open(i, Stage.VSO, 0, 1, 0, 0, sim.schools.vso(muni, r), cal.start, cal.end);
    } else {
      sim.people.track[i] = r.pick(trackWeights);
      sim.open(i, Stage.VO, VO_ONDERBOUW, 1, 0, 0, sim.schools.vo(muni, r), cal.start, cal.end);
    }
  }
}

/** Newcomers aged 12-21 arriving during school year y: vo (international transition class) or mbo entree. */
export function addNewcomers(sim: Sim, cal: SchoolYear): void {
  const r = sim.random;
  const p = sim.people;
  const n = count(sim, newcomerInflow(cal.y) * sim.scale);
  for (let k = 0; k < n; k++) {
    const arrival = r.between(cal.start, cal.end);
    const x = r.next();
    const age = x < 0.45 ? r.between(12, 15) : x < 0.7 ? r.between(16, 17) : r.between(18, 21);
    const birth = arrival - Math.round(age * 365.25) - r.int(365);
    const muni = sim.drawMunicipality();
    const i = sim.createPerson(birth, muni, arrival, arrival, r.chance(0.6));
    p.flags[i]! |= Flag.Newcomer;
    p.newcomerUntil[i] = arrival + 364;
    if (sim.writes(i)) sim.writer.status(p.pid[i]!, "NEWCOMER", arrival, arrival + 364, sim.recorded(arrival));
    if (age <= 16) {
      p.track[i] = r.pick([0, 25, 30, 30, 10, 5]);
      sim.open(i, Stage.VO, VO_ONDERBOUW, age <= 13 ? 1 : 2, 0, 0, sim.schools.vo(muni, r), arrival, cal.end);
    } else {
      startMbo(sim, i, r.chance(0.85) ? 1 : 2, arrival, -1, 1);
    }
  }
}

/**
 * Young adults (19-26) without a startkwalificatie who take up mbo again after years out of
 * education, mostly in bbl (second-chance routes). Those under 23 join the start population;
 * the older ones are the extra young people the 27 definition counts.
 *
 * Their school years are not simulated (they would be dropouts of the controlled count), so the
 * register knows them from the day they left school, at 16.7-18.5: their residence starts then,
 * and from then until they enrol they work or not as work.ts draws.
 */
export const ADULT_ENTRANTS_PER_YEAR = 22_000;
/** Age in days at which the returning adults left school (the vmbo diploma of those who have one is dated at the first). */
const LEFT_SCHOOL_FROM = Math.round(16.7 * 365.25);
const LEFT_SCHOOL_TO = Math.round(18.5 * 365.25);

export function addAdults(sim: Sim, cal: SchoolYear): void {
  const r = sim.random;
  const p = sim.people;
  const n = count(sim, ADULT_ENTRANTS_PER_YEAR * sim.scale);
  for (let k = 0; k < n; k++) {
    const start = r.chance(0.7) ? cal.start : cal.feb1;
    const age = r.between(19, 26);
    const birth = start - Math.round(age * 365.25) - r.int(365);
    const muni = sim.drawMunicipality();
    const left = Math.min(start - 31, birth + sim.work.between(LEFT_SCHOOL_FROM, LEFT_SCHOOL_TO));
    const i = sim.createPerson(birth, muni, left, start, r.chance(0.02), false);
    if (r.chance(0.7)) {
      p.voDip[i] = r.pick([0, 40, 30, 30]);
      p.voDipDate[i] = birth + LEFT_SCHOOL_FROM;
      p.voDipLoc[i] = sim.schools.vo(muni, r);
    }
    if (sim.emitting) sim.showPerson(i);
    workBeforeEntry(sim, i, left, start);
    startMbo(sim, i, r.chance(0.6) ? 2 : 3, start, -1, r.chance(0.6) ? 2 : 1);
  }
}

