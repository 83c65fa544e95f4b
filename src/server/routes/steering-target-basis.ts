/**
 * Steering targets: the figures a target starts from — the reference target of a year (scaled to the register's
 * size), the base teljaar and stage, the regions' counts and which of them the public region table hides.
 */
import { type Definition, type Stage, officialDefinition } from "../../domain/definition.js";
import { nationalTarget } from "../../domain/steering/target-national.js";
import { type PathPoint, teljaarOfYear, yearOfTeljaar } from "../../domain/steering/trajectory.js";
import type { Teljaar } from "../../domain/teljaar.js";
import { REFERENCE_SCHEMA } from "../../engine/reference.js";
import { nationalSeries } from "../../engine/series.js";
import { regionCounts } from "../../engine/steering-targets.js";
import { stageParam, teljaarParam } from "../params.js";
import { badParam } from "../problem.js";
import { publicTable, rowKey } from "../../service/public-figures.js";
import { type Store, cachedRows } from "../../service/store.js";
import { targets } from "../../service/series.js";
import { attempt } from "./steering-target-params.js";

interface TargetRow {
  scope: string;
  year: number;
  teljaar: string;
  definition: number;
  target: number;
}

/** The reference target of a year (and definition): the one asked for, or the latest. */
async function referenceTarget(store: Store, year: number | undefined, def: Definition | undefined): Promise<{ year: number; definition: Definition; target: number | null }> {
  const all = (await targets(store)) as TargetRow[];
  const national = all.filter((t) => t.scope === "national");
  const y = year ?? national.at(-1)?.year;
  if (y === undefined) throw badParam("targetYear", "er zijn geen referentiedoelen: geef targetYear en target op");
  const ofYear = national.filter((t) => t.year === y);
  const hit = ofYear.find((t) => def === undefined || t.definition === def);
  return { year: y, definition: def ?? ((hit?.definition as Definition | undefined) ?? officialDefinition(teljaarOfYear(y))), target: hit?.target ?? null };
}

/** Computed (definition 23) and published national counts of the teljaren both have: how big the register is. */
async function scalePairs(store: Store) {
  const computed = await store.memo("series|23", () => nationalSeries(store.conn, 23));
  const published = await cachedRows<{ teljaar: string; new_vsv: number | null }>(store, `SELECT teljaar, new_vsv FROM ${REFERENCE_SCHEMA}.national_series WHERE sector = 'total' AND definition = 'national 23' AND new_vsv IS NOT NULL`);
  return published.flatMap((p) => {
    const c = computed.find((s) => s.teljaar === p.teljaar);
    return c ? [{ teljaar: p.teljaar, computed: c.vsv, published: Number(p.new_vsv) }] : [];
  });
}

/** Which regions' counts the public region table hides (start population, vsv). */
export async function regionMasks(store: Store, t: Teljaar, def: Definition, stage: Stage) {
  const table = await publicTable(store, t, def, stage, ["region"]);
  return (region: string) => table.masks.get(rowKey({ region }, ["region"])) ?? { sp: false, vsv: false };
}

/** The region masks of a plan's base teljaar, or null when that teljaar is not computed here (then all are hidden). */
export async function planBaseMasks(store: Store, base: string, def: Definition) {
  if (!store.teljaren.includes(base as Teljaar)) return null;
  return regionMasks(store, base as Teljaar, def, stageParam(store, base as Teljaar, undefined));
}

export async function countsOf(store: Store, t: Teljaar, def: Definition, stage: Stage) {
  return store.memo(`steering-regions|${t}|${def}|${stage}`, () => regionCounts(store.conn, t, def, stage));
}

export interface Resolved {
  readonly year: number;
  readonly definition: Definition;
  readonly base: Teljaar;
  readonly stage: Stage;
  readonly national: ReturnType<typeof nationalTarget>;
}

export async function resolve(store: Store, q: { targetYear?: number; definition?: Definition; baseTeljaar?: string; target?: number }): Promise<Resolved> {
  const ref = await referenceTarget(store, q.targetYear, q.definition);
  const base = teljaarParam(store, q.baseTeljaar, "baseTeljaar");
  if (ref.target === null && q.target === undefined) {
    throw badParam("target", `er is geen referentiedoel voor ${ref.year} onder definitie ${ref.definition}: geef target op (het landelijke maximum aan nieuwe vsv'ers)`);
  }
  if (ref.year < yearOfTeljaar(base)) throw badParam("targetYear", `${ref.year} ligt vóór het basisteljaar ${base}: kies ${yearOfTeljaar(base)} of later, of een eerder baseTeljaar`);
  const national = attempt(() => nationalTarget(q.target, ref.target, []), "target");
  const scaled = q.target === undefined ? nationalTarget(undefined, ref.target, await scalePairs(store), store.register.syntheticScale) : national;
  return { year: ref.year, definition: ref.definition, base, stage: stageParam(store, base, undefined), national: scaled };
}

export function pathJson(path: readonly PathPoint[]) {
  return path.map((p) => ({ year: p.year, teljaar: p.teljaar, target: p.target }));
}

/**
 * The regions' base counts as the public may know them (docs/targets.md, docs/privacy-public.md): a region whose
 * count or start population the public region table hides gets an even share of what the hidden regions hold
 * together (the national count minus the shown regions, which anyone can compute). So a distribution, whatever
 * target, method or share a reader chooses, is a function of published values only and pins no hidden count.
 */
export async function baseRegions(store: Store, r: Resolved) {
  return publishedRegionBase(store, r.base, r.definition, r.stage);
}

export async function publishedRegionBase(store: Store, t: Teljaar, def: Definition, stage: Stage) {
  const counts = await countsOf(store, t, def, stage);
  const masked = await regionMasks(store, t, def, stage);
  /** Per measure: the hidden regions' total split evenly over them, in region order. */
  const shares = (hiddenOf: (region: string) => boolean, value: (x: (typeof counts.regions)[number]) => number) => {
    const hidden = counts.regions.filter((x) => hiddenOf(x.region));
    const total = hidden.reduce((a, x) => a + value(x), 0);
    return new Map(hidden.map((x, i) => [x.region, Math.floor(total / hidden.length) + (i < total % hidden.length ? 1 : 0)]));
  };
  const vsvShares = shares((r) => masked(r).vsv, (x) => x.vsv);
  const spShares = shares((r) => masked(r).sp, (x) => x.start_population);
  return counts.regions.map((x) => ({ region: x.region, count: vsvShares.get(x.region) ?? x.vsv, startPopulation: spShares.get(x.region) ?? x.start_population }));
}
