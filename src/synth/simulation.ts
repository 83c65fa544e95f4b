/**
 * The yearly loop of the microsimulation. Each school year y:
 * 1. people who left earlier and planned to come back re-enrol;
 * 2. a cohort of 12-year-olds enters vo (and pro/vso), newcomers from abroad arrive;
 * 3. the start population of teljaar y-(y+1) is determined on 1 October y, with each member's
 *    relative risk (risk.ts) and which exclusions could apply to them;
 * 4. dropouts and excluded leavers are drawn so that the expected numbers equal the targets
 *    (targets.ts); the others follow their regular school career (flows.ts); some move house.
 * Writing starts two school years before the first requested teljaar, so that everyone in the
 * first start population has a visible past (open enrolment, residence, diplomas).
 */
import { type SchoolYear, schoolYear } from "./calendar.js";
import { addAdults, addCohort, addNewcomers } from "./entrants.js";
import { advanceHo, advanceMbo, advanceSpecial, advanceVavo, advanceVo, isExamYear } from "./flows.js";
import {
  dies, dropout, emigrates, newcomerLeaves, reenter, toDefencePolice, toExemption, toLateSk, toMbo1Job, toUnfunded,
} from "./leavers.js";
import { Flag, Outcome, Stage } from "./people.js";
import {
  BBL_FACTOR, HAVO, MBO_LEVEL_RISK, RETURNER_FACTOR, VAVO_RISK, VMBO_EXAM_YEAR_FACTOR, VMBO_GT, VO_LEVEL_RISK,
  VO_ONDERBOUW, VWO, locationRisk, mboAgeFactor, municipalityRisk, voAgeFactor,
} from "./risk.js";
import type { Sim } from "./sim.js";
import { LATE_ADDED_SHARE, PHANTOM_SHARE, definitiveTargets, exclusionTargets } from "./targets.js";

/** Expected start population at scale 1 (for scaling the targets while the warm-up builds the population). */
const EXPECTED_START_POPULATION = 1_400_000;
/** Years simulated before writing starts: enough for 26-year-olds of the first teljaar to have entered vo at 12. */
export const WARM_UP_YEARS = 14;
/** Writing starts this many school years before the first teljaar. */
export const VISIBLE_YEARS_BEFORE = 2;

const IN = 1;
const MBO_GROUP = 2;
const E_UNFUNDED = 4;
const E_MBO1_JOB = 8;
const E_EXEMPTION = 16;
const E_NEWCOMER = 32;
const E_LATE_SK = 64;
const E_DEFENCE = 128;
const E_GONE = 256;
const PHANTOM = 512;
/** Not in the start population of the previous teljaar: their enrolment of 1 October can be registered late without side effects. */
const NEW_START = 1024;

const EXCLUSION_KINDS = ["UNFUNDED", "MBO1_JOB", "EXEMPTION", "NEWCOMER", "LATE_SK", "DEFENCE_POLICE", "DECEASED", "EMIGRATED"] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];
const EXCLUSION_BIT: Readonly<Record<ExclusionKind, number>> = {
  UNFUNDED: E_UNFUNDED, MBO1_JOB: E_MBO1_JOB, EXEMPTION: E_EXEMPTION, NEWCOMER: E_NEWCOMER, LATE_SK: E_LATE_SK,
  DEFENCE_POLICE: E_DEFENCE, DECEASED: E_GONE, EMIGRATED: E_GONE,
};
const EXCLUSION_ACTION: Readonly<Record<ExclusionKind, (sim: Sim, i: number, cal: SchoolYear) => void>> = {
  UNFUNDED: toUnfunded, MBO1_JOB: toMbo1Job, EXEMPTION: toExemption, NEWCOMER: newcomerLeaves, LATE_SK: toLateSk,
  DEFENCE_POLICE: toDefencePolice, DECEASED: dies, EMIGRATED: emigrates,
};
/** The same by position in EXCLUSION_KINDS (the hot loops index by number, not by name). */
const KIND_BITS = Int32Array.from(EXCLUSION_KINDS, (k) => EXCLUSION_BIT[k]);
const KIND_ACTIONS = EXCLUSION_KINDS.map((k) => EXCLUSION_ACTION[k]);
const NEWCOMER_KIND = EXCLUSION_KINDS.indexOf("NEWCOMER");

/** What the simulation drew for one teljaar (its own bookkeeping, before any registration effects). */
export interface TeljaarDraw {
  readonly year: number;
  readonly startPopulation: number;
  readonly startPopulationVo: number;
  readonly startPopulationMbo: number;
  readonly dropoutsVo: number;
  readonly dropoutsMbo: number;
  readonly exclusions: Readonly<Record<ExclusionKind, number>>;
  readonly phantoms: number;
}

/** What a person was drawn for in a teljaar: a dropout, an exclusion, or a late registration (PHANTOM). */
export type DrawKind = "DROPOUT" | ExclusionKind | "PHANTOM";

export interface SimulationRun {
  readonly fromYear: number;
  readonly toYear: number;
  readonly onYear?: (done: number, total: number) => void;
  /** Called for every person drawn (tests check that the definition gives each the intended result). */
  readonly onDraw?: (year: number, kind: DrawKind, personId: number) => void;
}

export async function simulate(sim: Sim, run: SimulationRun): Promise<TeljaarDraw[]> {
  const first = run.fromYear - WARM_UP_YEARS;
  const total = run.toYear - first + 1;
  const draws: TeljaarDraw[] = [];
  const { muniRisk, locRisk } = riskFactors(sim);
  // Systematic sampling: each category keeps a running sum of probabilities and takes a person
  // each time it passes a whole number, so the numbers drawn equal the expected ones (±1 per
  // category, over any run of years) while who is drawn stays random (random start, people in
  // allocation order, probabilities by risk). Even rare exclusions occur at small scales.
  const samplers: Samplers = {
    dropouts: [new Systematic(sim.random.next()), new Systematic(sim.random.next())],
    excluded: EXCLUSION_KINDS.map(() => new Systematic(sim.random.next())),
    phantoms: [new Systematic(sim.random.next()), new Systematic(sim.random.next())],
  };
  for (let y = first; y <= run.toYear; y++) {
    const cal = schoolYear(y);
    sim.year = y;
    if (y === run.fromYear - VISIBLE_YEARS_BEFORE) startWriting(sim);
    reenterAll(sim, cal);
    addCohort(sim, cal);
    addNewcomers(sim, cal);
    addAdults(sim, cal);
    const pop = determineStartPopulation(sim, cal, muniRisk, locRisk);
    const draw = runYear(sim, run, samplers, cal, pop, y < run.fromYear - VISIBLE_YEARS_BEFORE);
    if (y >= run.fromYear && y < run.toYear) draws.push(draw);
    run.onYear?.(y - first + 1, total);
    await new Promise((resolve) => setImmediate(resolve));
  }
  finishAll(sim);
  return draws;
}

/**
 * Risk factors per municipality and per school location. Municipal factors are scaled so that
 * their population-weighted mean is 1 (a factor then reads as "times the national rate"); school
 * factors so that their mean within each region and kind of school is 1 (schools differ, but
 * a region's rate is set by its own factor).
 */
function riskFactors(sim: Sim): { muniRisk: Float32Array; locRisk: Float32Array } {
  const munis = sim.ref.municipalities;
  const raw = munis.map((m) => municipalityRisk(m.code, m.rmcRegion));
  const mean = munis.reduce((s, m, k) => s + m.size * raw[k]!, 0) / munis.reduce((s, m) => s + m.size, 0);
  const locs = sim.ref.locations;
  const rawLoc = locs.map((l) => locationRisk(l.code));
  const groups = new Map<string, [number, number]>();
  const key = (k: number) => `${locs[k]!.municipality.rmcRegion}:${locs[k]!.institution.kind}`;
  rawLoc.forEach((f, k) => {
    const g = groups.get(key(k)) ?? [0, 0];
    g[0] += f;
    g[1] += 1;
    groups.set(key(k), g);
  });
  return {
    muniRisk: Float32Array.from(raw.map((f) => f / mean)),
    locRisk: Float32Array.from(rawLoc.map((f, k) => f / (groups.get(key(k))![0] / groups.get(key(k))![1]))),
  };
}

function startWriting(sim: Sim): void {
  sim.emitting = true;
  const p = sim.people;
  for (let i = 0; i < p.highWater; i++) if (p.stage[i] !== Stage.Free) sim.showPerson(i);
}

function reenterAll(sim: Sim, cal: SchoolYear): void {
  const p = sim.people;
  for (let i = 0; i < p.highWater; i++) {
    if (p.stage[i] === Stage.Out && p.reentry[i]! <= cal.end) reenter(sim, i);
  }
}

/** Takes a person each time the running sum of probabilities passes a whole number. */
class Systematic {
  constructor(private acc: number) {}
  take(probability: number): boolean {
    this.acc += probability;
    if (this.acc < 1) return false;
    this.acc -= 1;
    return true;
  }
}

interface Samplers {
  readonly dropouts: readonly Systematic[];
  readonly excluded: readonly Systematic[];
  readonly phantoms: readonly Systematic[];
}

interface StartPopulation {
  readonly size: number;
  readonly vo: number;
  readonly mbo: number;
  /** Sum of dropout weights per group (0 vo, 1 mbo). */
  readonly weight: [number, number];
  /**
   * Sum of weights of those who were not in the previous start population. Only their enrolment of
   * 1 October may be registered late: for anyone else it is also the enrolment on the previous
   * teljaar's second peildatum, and registering it late would make them a vsv'er there.
   */
  readonly weightNew: [number, number];
  readonly eligible: Record<ExclusionKind, number>;
  readonly phantomEligible: [number, number];
}

function determineStartPopulation(sim: Sim, cal: SchoolYear, muniRisk: Float32Array, locRisk: Float32Array): StartPopulation {
  const p = sim.people;
  const pop = {
    size: 0, vo: 0, mbo: 0, weight: [0, 0] as [number, number], weightNew: [0, 0] as [number, number],
    eligible: Object.fromEntries(EXCLUSION_KINDS.map((k) => [k, 0])) as Record<ExclusionKind, number>,
    phantomEligible: [0, 0] as [number, number],
  };
  const eligible = new Float64Array(EXCLUSION_KINDS.length);
  for (let i = 0; i < p.highWater; i++) {
    const wasIn = (p.elig[i]! & IN) !== 0;
    p.elig[i] = 0;
    p.weight[i] = 0;
    const stage = p.stage[i]!;
    if (stage !== Stage.VO && stage !== Stage.MBO && stage !== Stage.VAVO) continue;
    if (p.enrStart[i]! > cal.p1 || p.enrEnd[i]! < cal.p1) continue;
    if (p.sk[i] && p.sk[i]! <= cal.p1) continue;
    const age = sim.ageOnOct1(i, cal.y);
    if (age >= 23) continue;
    const level = p.level[i]!;
    const mbo = stage !== Stage.VO;
    let bits = IN | (mbo ? MBO_GROUP : 0) | (wasIn ? 0 : NEW_START);
    pop.size += 1;
    if (mbo) pop.mbo += 1;
    else pop.vo += 1;
    if (p.newcomerUntil[i]! >= cal.p1) {
      // A first-year newcomer who leaves is excluded (NEWCOMER), never a vsv'er.
      p.elig[i] = bits | E_NEWCOMER;
      pop.eligible.NEWCOMER += 1;
      continue;
    }
    let w: number;
    if (stage === Stage.VO) {
      w = VO_LEVEL_RISK[level]! * voAgeFactor(age) * (isExamYear(level, p.grade[i]!) && level <= VMBO_GT ? VMBO_EXAM_YEAR_FACTOR : 1);
    } else if (stage === Stage.MBO) {
      w = MBO_LEVEL_RISK[level]! * (p.leerweg[i] === 2 ? BBL_FACTOR : 1) * mboAgeFactor(age);
    } else {
      w = VAVO_RISK * mboAgeFactor(age);
    }
    w *= muniRisk[p.muni[i]!]! * locRisk[p.loc[i]!]! * ((p.flags[i]! & Flag.Returner) !== 0 ? RETURNER_FACTOR : 1);
    p.weight[i] = w;
    const g = mbo ? 1 : 0;
    pop.weight[g] += w;
    if (bits & NEW_START) pop.weightNew[g] += w;
    const examHavoVwo = stage === Stage.VO && (level === HAVO || level === VWO) && isExamYear(level, p.grade[i]!);
    const diplomaThisYear = stage === Stage.MBO && level >= 2 && p.outcome[i] === Outcome.Diploma && p.enrEnd[i]! <= cal.end;
    if (stage !== Stage.VO || age >= 14) bits |= E_UNFUNDED;
    if (stage === Stage.MBO && (level === 1 || p.mbo1Date[i])) bits |= E_MBO1_JOB;
    if (age < 18) bits |= E_EXEMPTION;
    if (examHavoVwo || diplomaThisYear) bits |= E_LATE_SK;
    if (age >= 17 && (stage === Stage.MBO || (stage === Stage.VO && level !== VO_ONDERBOUW))) bits |= E_DEFENCE;
    bits |= E_GONE;
    if ((stage === Stage.VO && !examHavoVwo) || diplomaThisYear) {
      bits |= PHANTOM;
      pop.phantomEligible[g] += 1;
    }
    p.elig[i] = bits;
    for (let k = 0; k < KIND_BITS.length; k++) if (k !== NEWCOMER_KIND && bits & KIND_BITS[k]!) eligible[k]! += 1;
  }
  EXCLUSION_KINDS.forEach((k, n) => (pop.eligible[k] += eligible[n]!));
  return pop;
}

function runYear(sim: Sim, run: SimulationRun, samplers: Samplers, cal: SchoolYear, pop: StartPopulation, warmUp: boolean): TeljaarDraw {
  const p = sim.people;
  const r = sim.random;
  // While the warm-up is still building the population, targets shrink with it.
  const fill = warmUp ? Math.min(1, pop.size / (EXPECTED_START_POPULATION * sim.scale)) : 1;
  const targets = definitiveTargets(cal.y);
  const lambda = [
    pop.weight[0] > 0 ? (targets.vo * sim.scale * fill) / pop.weight[0] : 0,
    pop.weight[1] > 0 ? (targets.mbo * sim.scale * fill) / pop.weight[1] : 0,
  ];
  const lateAdded = [0, 1].map((g) => (pop.weightNew[g]! > 0 ? Math.min(0.5, (LATE_ADDED_SHARE * pop.weight[g]!) / pop.weightNew[g]!) : 0));
  const phantom = [
    pop.phantomEligible[0] > 0 ? (PHANTOM_SHARE * targets.vo * sim.scale * fill) / pop.phantomEligible[0] : 0,
    pop.phantomEligible[1] > 0 ? (PHANTOM_SHARE * targets.mbo * sim.scale * fill) / pop.phantomEligible[1] : 0,
  ];
  const ex = exclusionTargets(cal.y);
  const exP = EXCLUSION_KINDS.map((k) => (pop.eligible[k] > 0 ? Math.min(0.5, (ex[k] * sim.scale * fill) / pop.eligible[k]) : 0));
  const drawn = { dropoutsVo: 0, dropoutsMbo: 0, phantoms: 0, exclusions: Object.fromEntries(EXCLUSION_KINDS.map((k) => [k, 0])) as Record<ExclusionKind, number> };

  const { dropouts, excluded, phantoms } = samplers;

  for (let i = 0; i < p.highWater; i++) {
    const stage = p.stage[i]!;
    if (stage === Stage.Free) continue;
    const bits = p.elig[i]!;
    let lateNext = false;
    if (bits & IN) {
      const g = bits & MBO_GROUP ? 1 : 0;
      if (p.weight[i]! > 0 && dropouts[g]!.take(Math.min(0.9, p.weight[i]! * lambda[g]!))) {
        run.onDraw?.(cal.y, "DROPOUT", p.pid[i]!);
        dropout(sim, i, cal, (bits & NEW_START) !== 0 && r.chance(lateAdded[g]!));
        if (g) drawn.dropoutsMbo += 1;
        else drawn.dropoutsVo += 1;
        continue;
      }
      let left = false;
      for (let k = 0; k < KIND_BITS.length; k++) {
        if (!(bits & KIND_BITS[k]!) || !excluded[k]!.take(exP[k]!)) continue;
        const kind = EXCLUSION_KINDS[k]!;
        run.onDraw?.(cal.y, kind, p.pid[i]!);
        KIND_ACTIONS[k]!(sim, i, cal);
        drawn.exclusions[kind] += 1;
        left = true;
        break;
      }
      if (left) continue;
      if (bits & PHANTOM && phantoms[g]!.take(phantom[g]!)) {
        lateNext = true;
        drawn.phantoms += 1;
        run.onDraw?.(cal.y, "PHANTOM", p.pid[i]!);
      }
    }
    maybeMove(sim, i, cal);
    switch (stage) {
      case Stage.VO:
        advanceVo(sim, i, cal, lateNext);
        break;
      case Stage.MBO:
        advanceMbo(sim, i, cal, lateNext);
        break;
      case Stage.VAVO:
        advanceVavo(sim, i, cal, false);
        break;
      case Stage.HO:
        advanceHo(sim, i, cal);
        break;
      case Stage.PRO:
      case Stage.VSO:
        advanceSpecial(sim, i, cal);
        break;
      default:
        break;
    }
  }
  return {
    year: cal.y,
    startPopulation: pop.size,
    startPopulationVo: pop.vo,
    startPopulationMbo: pop.mbo,
    dropoutsVo: drawn.dropoutsVo,
    dropoutsMbo: drawn.dropoutsMbo,
    exclusions: drawn.exclusions,
    phantoms: drawn.phantoms,
  };
}

/** Moving house after the first peildatum: young people within their region mostly, students and young adults further. */
function maybeMove(sim: Sim, i: number, cal: SchoolYear): void {
  const r = sim.random;
  const age = sim.ageOnOct1(i, cal.y);
  if (!r.chance(age < 18 ? 0.035 : 0.09)) return;
  const muni = sim.people.muni[i]!;
  const to = r.chance(0.55) ? sim.drawMunicipalityInRegion(muni) : sim.drawMunicipality();
  sim.move(i, r.between(cal.p1 + 1, cal.end), to);
}

/** The end of the extract: everything still open is written as open. */
function finishAll(sim: Sim): void {
  const p = sim.people;
  for (let i = 0; i < p.highWater; i++) {
    const stage = p.stage[i]!;
    if (stage === Stage.Free) continue;
    if (stage !== Stage.Out) sim.close(i, p.enrEnd[i]!);
    sim.finish(i);
  }
}

