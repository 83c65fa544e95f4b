/**
 * Steering: regional targets (issue 6, part 1). Public reads: the distribution of a national target over the RMC
 * regions by a method with each region's trajectory, each region's gap to the adopted plan's path, and the projection
 * of the national count. The saved plans' routes are in steering-target-plans.ts, the shared parameters in
 * steering-target-params.ts and the base figures in steering-target-basis.ts. Regions whose count the public region
 * table hides (src/server/public-figures.ts) have their target, trajectory and gap hidden too, since a target derived
 * from a count reveals it. docs/targets.md.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { RmcRegio } from "../../domain/codes.js";
import { fitTrend, fittedValue, project, verdict } from "../../domain/steering/projection.js";
import { DEFAULT_BEST_SHARE, type Distribution, distributeTarget } from "../../domain/steering/target-distribution.js";
import { gapToPath, teljaarOfYear, trajectory, yearOfTeljaar } from "../../domain/steering/trajectory.js";
import { isSmallCount } from "../../domain/suppression.js";
import { type Teljaar, previousTeljaar, startYear } from "../../domain/teljaar.js";
import { nationalSeries } from "../../engine/series.js";
import { type TargetPlan, adoptedTargetPlan } from "../../store/target-plans.js";
import type { Sql } from "../../store/sql.js";
import type { RouteContext } from "../context.js";
import { stageParam } from "../params.js";
import { NO_DATA, jsonOrDownload } from "../contract/responses.js";
import { Distribution as DistributionAnswer, DistributionQuery, Gaps, Projection, TargetQuery } from "../contract/steering.js";
import { answer } from "../steering-answers.js";
import type { Store } from "../../service/store.js";
import { type Resolved, baseRegions, countsOf, pathJson, planBaseMasks, regionMasks, resolve } from "./steering-target-basis.js";
import { TAGS, attempt, methodInput } from "./steering-target-params.js";

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 100 : null);

/** The distribution answer: national path, and per region its figures, target, trajectory and gap in the latest teljaar. */
async function distributionAnswer(store: Store, r: Resolved, d: Distribution, parameters: { best_share?: number }) {
  const base = await countsOf(store, r.base, r.definition, r.stage);
  const masked = await regionMasks(store, r.base, r.definition, r.stage);
  const path = trajectory(d, r.base, r.year);
  const latest = store.teljaren.at(-1)!;
  const latestCounts = latest !== r.base && yearOfTeljaar(latest) <= r.year ? await countsOf(store, latest, r.definition, stageParam(store, latest, undefined)) : null;
  const latestMasked = latestCounts ? await regionMasks(store, latest, r.definition, latestCounts.stage) : null;
  const nationalPath = pathJson(path.national);
  const rows = d.regions.map((reg) => {
    const named = base.regions.find((b) => b.region === reg.region)!;
    const m = masked(reg.region);
    const hideTarget = m.sp || m.vsv;
    const actual = latestCounts?.regions.find((x) => x.region === reg.region)?.vsv ?? 0;
    const lm = latestMasked?.(reg.region);
    const gapHidden = hideTarget || Boolean(lm?.vsv || lm?.sp);
    const gap = latestCounts && !gapHidden ? gapToPath(path.regions.get(reg.region)!, latest, actual) : null;
    const suppressed = [...(m.sp ? ["start_population"] : []), ...(m.vsv ? ["vsv"] : []), ...(m.sp || m.vsv ? ["vsv_pct", "target", "target_pct", "reduction", "reduction_pct", "trajectory"] : []), ...(latestCounts && gapHidden ? ["gap"] : [])];
    return {
      region: reg.region,
      name: named.name,
      start_population: m.sp ? null : reg.startPopulation,
      vsv: m.vsv ? null : reg.count,
      vsv_pct: hideTarget ? null : named.vsv_pct,
      target: hideTarget ? null : reg.target,
      target_pct: hideTarget ? null : pct(reg.target, reg.startPopulation),
      reduction: hideTarget ? null : reg.count - reg.target,
      reduction_pct: hideTarget ? null : pct(reg.count - reg.target, reg.count),
      trajectory: hideTarget ? null : pathJson(path.regions.get(reg.region)!),
      gap: gap ? { teljaar: gap.teljaar, path: gap.path, actual: gap.actual, gap: gap.gap, on_track: gap.onTrack } : null,
      suppressed,
    };
  });
  const natLatest = latestCounts ? latestCounts.regions.reduce((a, x) => a + x.vsv, 0) : null;
  const natGap = natLatest !== null ? gapToPath(path.national, latest, natLatest) : null;
  return {
    target_year: r.year,
    target_teljaar: teljaarOfYear(r.year),
    definition: r.definition,
    base_teljaar: r.base,
    base_stage: r.stage,
    latest_teljaar: latest,
    method: d.method,
    parameters,
    ...(d.benchmarkPct !== undefined ? { benchmark_pct: Math.round(d.benchmarkPct * 100) / 100, convergence: d.convergence } : {}),
    national: {
      target: d.nationalTarget,
      reference_target: r.national.reference,
      target_source: r.national.source,
      scale: r.national.scale,
      scaled_on: r.national.scaledOn,
      current: d.currentTotal,
      reduction: d.currentTotal - d.nationalTarget,
      reduction_pct: pct(d.currentTotal - d.nationalTarget, d.currentTotal),
      path: nationalPath,
      gap: natGap ? { teljaar: natGap.teljaar, path: natGap.path, actual: natGap.actual, gap: natGap.gap, on_track: natGap.onTrack } : null,
    },
    rows,
  };
}

function csvRows(answer: Awaited<ReturnType<typeof distributionAnswer>>) {
  return answer.rows.map((row) => {
    const { trajectory: path, gap, ...rest } = row;
    const years: Record<string, number | null> = {};
    for (const p of answer.national.path) years[`target_${p.teljaar}`] = path?.find((x) => x.teljaar === p.teljaar)?.target ?? null;
    return { ...rest, ...years, gap_teljaar: gap?.teljaar ?? null, gap: gap?.gap ?? null, on_track: gap?.on_track ?? null };
  });
}

function planDistribution(plan: TargetPlan): Distribution {
  return {
    method: plan.method,
    nationalTarget: plan.national_target,
    currentTotal: plan.regions.reduce((a, r) => a + r.base_count, 0),
    regions: plan.regions.map((r) => ({ region: r.region as RmcRegio, count: r.base_count, startPopulation: r.start_population, target: r.target })),
  };
}

/** The adopted plan of a year and definition, or the default: proportional from the teljaar before the latest. */
async function gapsPlan(store: Store, sql: Sql | undefined, r: Resolved) {
  const adopted = sql ? await adoptedTargetPlan(sql, r.year, r.definition) : null;
  if (adopted) return { source: "adopted" as const, plan: adopted, base: adopted.base_teljaar as Teljaar, distribution: planDistribution(adopted) };
  const latest = store.teljaren.at(-1)!;
  const base = store.teljaren.includes(previousTeljaar(latest)) ? previousTeljaar(latest) : latest;
  const rb: Resolved = { ...r, base, stage: stageParam(store, base, undefined) };
  const d = distributeTarget(r.national.target, await baseRegions(store, rb), { method: "proportional" });
  return { source: "default_proportional" as const, plan: null, base, distribution: d };
}

export function steeringTargetRoutes(fastify: FastifyInstance, ctx: RouteContext, sql?: Sql) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/targets/distribution",
    {
      schema: {
        summary: "Een landelijk doel verdeeld over de RMC-regio's volgens een methode, met het pad van elke regio jaar voor jaar naar het doeljaar",
        description: "Regio's waarvan de openbare regiotabel het aantal afschermt, krijgen een gelijk deel van wat de afgeschermde regio's samen hebben; hun doel, pad en afstand worden afgeschermd.",
        tags: TAGS,
        querystring: DistributionQuery,
        response: { 200: jsonOrDownload(DistributionAnswer, "De verdeling"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const q = request.query;
      const r = await resolve(store, q);
      const m = q.method ?? "proportional";
      const input = methodInput(m, q);
      const regions = await baseRegions(store, r);
      const d = attempt(() => distributeTarget(r.national.target, regions, input), m === "manual" ? "targets" : "target");
      const parameters = m === "convergence" ? { best_share: q.bestShare ?? DEFAULT_BEST_SHARE } : {};
      const body = await distributionAnswer(store, r, d, parameters);
      return answer(request, reply, body, () => ({ file: `vsv-doelen-${r.year}-${m}`, title: `Regionale doelen ${r.year} (${m})`, rows: csvRows(body) }));
    },
  );

  app.get(
    "/targets/gaps",
    {
      schema: {
        summary: "De afstand van elke regio tot haar pad in het laatst berekende teljaar: het pad van het vastgestelde plan, of de standaardverdeling naar rato als er geen is vastgesteld",
        tags: TAGS,
        querystring: TargetQuery,
        response: { 200: jsonOrDownload(Gaps, "De afstand tot het pad"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const r = await resolve(store, request.query);
      const plan = await gapsPlan(store, sql, r);
      const path = attempt(() => trajectory(plan.distribution, plan.base, r.year), "targetYear");
      const latest = store.teljaren.at(-1)!;
      const stage = stageParam(store, latest, undefined);
      const now = await countsOf(store, latest, r.definition, stage);
      const masked = await regionMasks(store, latest, r.definition, stage);
      // Hidden in the latest or in the base teljaar's public region table, for whatever reason: an answer never
      // tells a small count from one hidden to protect it.
      const baseMasked = await planBaseMasks(store, plan.base, r.definition);
      const rows = plan.distribution.regions.map((reg) => {
        const c = now.regions.find((x) => x.region === reg.region);
        const m = masked(reg.region);
        const b = baseMasked?.(reg.region);
        const g = gapToPath(path.regions.get(reg.region)!, latest, c?.vsv ?? 0);
        const hide = m.sp || m.vsv || !b || b.sp || b.vsv;
        return {
          region: reg.region,
          name: c?.name ?? reg.region,
          path: g && !hide ? g.path : null,
          actual: g && !hide ? g.actual : null,
          gap: g && !hide ? g.gap : null,
          on_track: g && !hide ? g.onTrack : null,
          suppressed: hide ? ["path", "actual", "gap", "on_track"] : [],
        };
      });
      const g = gapToPath(path.national, latest, now.regions.reduce((a, x) => a + x.vsv, 0));
      const body = {
        plan: plan.plan
          ? { source: plan.source, id: plan.plan.id, name: plan.plan.name, method: plan.plan.method, base_teljaar: plan.base, national_target: plan.plan.national_target, adopted_at: plan.plan.adopted_at }
          : { source: plan.source, id: null, name: null, method: "proportional" as const, base_teljaar: plan.base, national_target: plan.distribution.nationalTarget, adopted_at: null },
        target_year: r.year,
        definition: r.definition,
        teljaar: latest,
        national: { path: pathJson(path.national), actual: g?.actual ?? null, gap: g?.gap ?? null, on_track: g?.onTrack ?? null },
        rows,
      };
      return answer(request, reply, body, () => ({ file: `vsv-doelen-afstand-${r.year}`, title: `Afstand tot het pad ${latest}`, rows }));
    },
  );

  app.get(
    "/projection",
    {
      schema: {
        summary: "Projectie van het landelijke aantal nieuwe vsv'ers uit de trend van de laatste teljaren (kleinste kwadraten), met 80%- en 95%-voorspellingsintervallen en een oordeel tegen het doel",
        tags: TAGS,
        querystring: TargetQuery,
        response: { 200: jsonOrDownload(Projection, "De projectie"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const r = await resolve(store, { ...request.query, baseTeljaar: undefined });
      const series = await store.memo(`series|${r.definition}`, () => nationalSeries(store.conn, r.definition));
      const points = series.map((p) => ({ teljaar: p.teljaar, stage: p.stage, vsv: isSmallCount(p.vsv) ? null : p.vsv }));
      const fit = attempt(() => fitTrend(points.flatMap((p) => (p.vsv === null ? [] : [{ x: startYear(p.teljaar), y: p.vsv }]))), "definition");
      const lastYear = yearOfTeljaar(series.at(-1)!.teljaar);
      const round = (n: number) => Math.round(n);
      const projections: { year: number; teljaar: Teljaar; value: number; pi80_low: number; pi80_high: number; pi95_low: number; pi95_high: number }[] = [];
      for (let y = lastYear + 1; y <= Math.max(r.year, lastYear + 1); y++) {
        const p = project(fit, y - 1);
        projections.push({ year: y, teljaar: teljaarOfYear(y), value: round(p.value), pi80_low: round(p.pi80.low), pi80_high: round(p.pi80.high), pi95_low: round(p.pi95.low), pi95_high: round(p.pi95.high) });
      }
      const atTarget = project(fit, r.year - 1);
      const body = {
        definition: r.definition,
        target: { year: r.year, teljaar: teljaarOfYear(r.year), value: r.national.target, source: r.national.source, reference: r.national.reference },
        series: points,
        fit: { from: teljaarOfYear(fit.points[0]!.x + 1), to: teljaarOfYear(fit.points.at(-1)!.x + 1), n: fit.n, slope: Math.round(fit.slope * 100) / 100, intercept: fit.intercept, residual_sd: Math.round(fit.residualSd * 100) / 100 },
        fitted: fit.points.map((p) => ({ teljaar: teljaarOfYear(p.x + 1), value: Math.round(fittedValue(fit, p.x) * 10) / 10 })),
        projections,
        at_target: { value: round(atTarget.value), pi80_low: round(atTarget.pi80.low), pi80_high: round(atTarget.pi80.high), pi95_low: round(atTarget.pi95.low), pi95_high: round(atTarget.pi95.high) },
        verdict: verdict(atTarget, r.national.target),
      };
      return answer(request, reply, body, () => ({ file: `vsv-projectie-${r.definition}`, title: "Projectie landelijk aantal nieuwe vsv'ers", rows: projections }));
    },
  );

}
