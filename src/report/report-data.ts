/**
 * The figures of the yearly progress report on vsv (the figures annex of the letters), gathered from the same
 * suppressed public tables the public API answers from (src/server/public-figures.ts): every count of people
 * in the report is one the public may see, small cells hidden (shown as "x"). The PDF (report-html.ts) and the
 * workbook (report-xlsx.ts) only lay these figures out; they compute nothing.
 */
import { type Definition, DEFINITIONS, type Stage, officialDefinition } from "../domain/definition.js";
import { type Teljaar } from "../domain/teljaar.js";
import { LEVELS_BY_SECTOR } from "../domain/education.js";
import { REFERENCE_SCHEMA } from "../engine/reference.js";
import { resolveStage } from "../engine/runs.js";
import type { Selection } from "../domain/selection.js";
import { type PublicFigure, isPublished, publicTable } from "../service/public-figures.js";
import { regionList } from "../service/areas.js";
import { targets } from "../service/series.js";
import { cachedRows, type Store } from "../service/store.js";
import { type ReportActionPlan, actionPlanSection } from "./report-action-plan.js";
import type { ActionPlanView } from "../store/action-plan.js";
import { type ReportFollowUp, followUpSection } from "./report-follow-up.js";
import { type TargetRow, compareTargets } from "./report-targets.js";

/** A figure as the report shows it: null where suppressed (shown as "x"). */
export interface ReportFigure {
  readonly start_population: number | null;
  readonly vsv: number | null;
  readonly vsv_pct: number | null;
  readonly previous_vsv: number | null;
  readonly previous_vsv_pct: number | null;
  readonly change: number | null;
  readonly change_pct: number | null;
  readonly suppressed: readonly string[];
}

export interface SeriesRow {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  /** The definition in force for the teljaar. */
  readonly official: boolean;
  readonly start_population: number | null;
  readonly vsv: number | null;
  readonly vsv_pct: number | null;
  readonly vo_vsv: number | null;
  readonly vo_vsv_pct: number | null;
  readonly mbo_vsv: number | null;
  readonly mbo_vsv_pct: number | null;
  readonly suppressed: readonly string[];
}

export interface NamedFigure extends ReportFigure {
  readonly code: string;
  readonly name: string;
}

export interface NormRow {
  readonly level: string;
  readonly norm_pct: number;
  /** The level's national vsv percentage. */
  readonly national_vsv_pct: number | null;
  readonly national_norm_met: boolean | null;
  readonly institutions: number;
  readonly met: number;
  readonly not_met: number;
  /** Institutions whose percentage is suppressed (small numbers): not judged. */
  readonly unknown: number;
}

export interface YearlyReport {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly official: boolean;
  /** When the report was made (ISO date-time; the report writes it in Dutch). */
  readonly produced_at: string;
  readonly source: {
    /** The day the stage's figures were cut off (ISO date), when known. */
    readonly cutoff: string | null;
    readonly teljaren: readonly Teljaar[];
    /** A synthetic register's scale (0.1: a sample of 10% of the Netherlands; 1: all of it); null for a real register. */
    readonly synthetic_scale: number | null;
  };
  readonly national: ReportFigure;
  readonly series: readonly SeriesRow[];
  readonly targets: readonly TargetRow[];
  readonly vo_mbo: readonly NamedFigure[];
  readonly regions: readonly NamedFigure[];
  readonly vo_types: readonly NamedFigure[];
  readonly mbo_levels: readonly NamedFigure[];
  /** mbo norms per level; empty when the teljaar has no norms. */
  readonly norms: readonly NormRow[];
  /** The vsv'ers of the latest teljaar up to this one that can be followed up, a year later; null when none can. */
  readonly follow_up: ReportFollowUp | null;
  /** The national action plan: as kept in the operational store, or as published. */
  readonly action_plan: ReportActionPlan;
}

const figureOf = (f: PublicFigure | undefined): ReportFigure => ({
  start_population: f ? f.start_population : 0,
  vsv: f ? f.vsv : 0,
  vsv_pct: f?.vsv_pct ?? null,
  previous_vsv: f?.previous_vsv ?? null,
  previous_vsv_pct: f?.previous_vsv_pct ?? null,
  change: f?.change ?? null,
  change_pct: f?.change_pct ?? null,
  suppressed: f?.suppressed ?? [],
});

async function nationalFigure(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage): Promise<PublicFigure | undefined> {
  return (await publicTable(store, teljaar, definition, stage, [])).rows[0];
}

/** The national series: every computed teljaar (its default stage), both definitions, vo and mbo apart. */
async function seriesRows(store: Store): Promise<SeriesRow[]> {
  const rows: SeriesRow[] = [];
  for (const teljaar of store.teljaren) {
    const stage = resolveStage(store.runs, teljaar)!;
    for (const definition of DEFINITIONS) {
      const total = await nationalFigure(store, teljaar, definition, stage);
      const split = await publicTable(store, teljaar, definition, stage, ["vo_mbo"]);
      const part = (k: string) => split.rows.find((r) => r.keys.vo_mbo === k);
      const vo = part("vo");
      const mbo = part("mbo");
      rows.push({
        teljaar,
        definition,
        stage,
        official: officialDefinition(teljaar) === definition,
        start_population: total?.start_population ?? 0,
        vsv: total?.vsv ?? 0,
        vsv_pct: total?.vsv_pct ?? null,
        vo_vsv: vo ? vo.vsv : 0,
        vo_vsv_pct: vo?.vsv_pct ?? null,
        mbo_vsv: mbo ? mbo.vsv : 0,
        mbo_vsv_pct: mbo?.vsv_pct ?? null,
        suppressed: [
          ...(total?.suppressed.filter((s) => !s.startsWith("previous") && !s.startsWith("change")) ?? []),
          ...(vo?.suppressed.includes("vsv") ? ["vo_vsv"] : []),
          ...(vo?.suppressed.includes("vsv_pct") ? ["vo_vsv_pct"] : []),
          ...(mbo?.suppressed.includes("vsv") ? ["mbo_vsv"] : []),
          ...(mbo?.suppressed.includes("vsv_pct") ? ["mbo_vsv_pct"] : []),
        ],
      });
    }
  }
  return rows;
}

/** Every national target against the count of its own teljaar (report-targets.ts). */
async function targetRows(store: Store, series: readonly SeriesRow[]): Promise<TargetRow[]> {
  const reference = (await targets(store)).map((t) => ({ year: Number(t.year), teljaar: t.teljaar, definition: Number(t.definition), target: Number(t.target) }));
  return compareTargets(reference, series, store.register.syntheticScale);
}

const VO_ORDER = ["VO-ONDERBOUW", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO"];
const MBO_ORDER = [...LEVELS_BY_SECTOR.MBO.map((l) => `MBO-${l}`), "VAVO"];
const VO_NAMES: Record<string, string> = {
  "VO-ONDERBOUW": "vo onderbouw",
  "VMBO-BB": "vmbo basis",
  "VMBO-KB": "vmbo kader",
  "VMBO-GT": "vmbo gemengd/theoretisch",
  HAVO: "havo",
  VWO: "vwo",
  "MBO-1": "mbo niveau 1 (entree)",
  "MBO-2": "mbo niveau 2",
  "MBO-3": "mbo niveau 3",
  "MBO-4": "mbo niveau 4",
  VAVO: "vavo",
};

async function educationTypes(store: Store, sel: Selection, order: readonly string[]): Promise<NamedFigure[]> {
  // Under the definition that is not the teljaar's official one only national and regional figures are published.
  if (!isPublished(["education_type"], sel.teljaar, sel.definition)) return [];
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["education_type"]);
  return order.map((code) => ({ code, name: VO_NAMES[code] ?? code, ...figureOf(table.rows.find((r) => r.keys.education_type === code)) }));
}

/** Per mbo level: the norm, the national percentage and how many institutions meet it (on their public figures). */
async function normRows(store: Store, sel: Selection, levels: readonly NamedFigure[]): Promise<NormRow[]> {
  const norms = await cachedRows<{ mbo_level: string; norm_pct: number }>(
    store,
    `SELECT mbo_level, norm_pct FROM ${REFERENCE_SCHEMA}.mbo_norms WHERE teljaar = '${sel.teljaar}' ORDER BY mbo_level`,
  );
  if (norms.length === 0 || !isPublished(["institution", "education_type"], sel.teljaar, sel.definition)) return [];
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["institution", "education_type"]);
  return norms.map((n) => {
    const type = `MBO-${n.mbo_level}`;
    const norm = Number(n.norm_pct);
    const rows = table.rows.filter((r) => r.keys.education_type === type && r.keys.institution !== null && (r.start_population ?? 1) > 0);
    const judged = rows.filter((r) => r.vsv_pct !== null);
    const met = judged.filter((r) => r.vsv_pct! <= norm).length;
    const national = levels.find((l) => l.code === type)?.vsv_pct ?? null;
    return {
      level: String(n.mbo_level),
      norm_pct: norm,
      national_vsv_pct: national,
      national_norm_met: national === null ? null : national <= norm,
      institutions: rows.length,
      met,
      not_met: judged.length - met,
      unknown: rows.length - judged.length,
    };
  });
}

/**
 * Everything the yearly report shows for a teljaar, definition and stage (a resolved selection).
 * `actionPlan`: the plan as the operational store holds it (getActionPlan); without it the published plan of
 * reference/action-plan.json is used.
 */
export async function yearlyReportData(store: Store, sel: Selection, now: Date = new Date(), actionPlan?: ActionPlanView): Promise<YearlyReport> {
  const series = await seriesRows(store);
  const voMboTable = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["vo_mbo"]);
  const regions = await regionList(store, sel);
  const mboLevels = await educationTypes(store, sel, MBO_ORDER);
  const run = store.runs.find((r) => r.teljaar === sel.teljaar && r.stage === sel.stage);
  return {
    ...sel,
    official: officialDefinition(sel.teljaar) === sel.definition,
    produced_at: now.toISOString(),
    source: { cutoff: run?.cutoff ?? null, teljaren: store.teljaren, synthetic_scale: store.register.syntheticScale },
    national: figureOf(await nationalFigure(store, sel.teljaar, sel.definition, sel.stage)),
    series,
    targets: await targetRows(store, series),
    vo_mbo: ["vo", "mbo"].map((k) => ({ code: k, name: k, ...figureOf(voMboTable.rows.find((r) => r.keys.vo_mbo === k)) })),
    regions: regions.map((r) => ({
      code: r.code,
      name: r.name,
      start_population: r.start_population,
      vsv: r.vsv,
      vsv_pct: r.vsv_pct,
      previous_vsv: null,
      previous_vsv_pct: null,
      change: r.change,
      change_pct: r.change_pct,
      suppressed: r.suppressed,
    })),
    vo_types: await educationTypes(store, sel, VO_ORDER),
    mbo_levels: mboLevels,
    norms: await normRows(store, sel, mboLevels),
    follow_up: await followUpSection(store, sel.teljaar),
    action_plan: actionPlanSection(actionPlan),
  };
}
