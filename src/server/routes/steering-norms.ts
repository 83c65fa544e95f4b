/**
 * GET /api/v1/steering/norms and /api/v1/steering/norms/singled-out (docs/norms.md): performance norms per
 * institution and mbo level / vo category, and the institutions the 2014 letter singles out by rule.
 *
 * Public: every count comes from the published tables. A norm group (mbo level, vo category) is a published cell of
 * the institution × norm group table, protected together with every other published table (src/server/disclosure/),
 * so an mbo level shows exactly what the institution page shows. `vsv_pct`, `met` and `fewer_needed` are hidden
 * whenever the start population or the vsv count is: with the start population, `fewer_needed` > 0 gives the vsv
 * count away.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static } from "typebox";
import { type Brin, parseBrin } from "../../domain/codes.js";
import type { Definition, Stage } from "../../domain/definition.js";
import { NORM_GROUP_NAMES, type NormSector, parseNormSector } from "../../domain/steering/norm-categories.js";
import { type InstitutionCounts, SINGLED_OUT_RULES, singledOut } from "../../domain/steering/norm-selection.js";
import type { Teljaar } from "../../domain/teljaar.js";
import { previousTeljaar } from "../../domain/teljaar.js";
import { resolveStage } from "../../engine/runs.js";
import { type NormReference, defaultNormTeljaar, normCells, normRowsFromCells, sectorNorms } from "../../engine/steering-norms.js";
import type { RouteContext } from "../context.js";
import type { Selection } from "../../domain/selection.js";
import { selection, teljaarParam } from "../params.js";
import { badParam } from "../problem.js";
import { isPublished, publicTable, rowKey } from "../../service/public-figures.js";
import { NORM_GROUP } from "../../domain/disclosure/catalogue.js";
import { NO_DATA, jsonOrDownload } from "../contract/responses.js";
import { NormRow, Norms, NormsQuery, SingledOut, SingledOutQuery } from "../contract/steering.js";
import { answer } from "../steering-answers.js";
import type { Store } from "../../service/store.js";
import { code } from "../params.js";

export type PublicNormRow = Static<typeof NormRow>;

/** The selection with the norms' default teljaar: the latest with definitive figures. */
function normSelection(store: Store, q: { teljaar?: string; definition?: Definition; stage?: Stage }): Selection {
  const t = q.teljaar ? teljaarParam(store, q.teljaar) : defaultNormTeljaar(store.runs);
  return selection(store, { ...q, teljaar: t });
}

/** Every institution's rows against the sector's norms, with public suppression (cached). */
function publicNormRows(store: Store, sel: Selection, sector: NormSector): Promise<{ norms: NormReference[]; rows: PublicNormRow[] }> {
  return store.memo(`steering-norms|${sel.teljaar}|${sel.definition}|${sel.stage}|${sector}`, async () => {
    const norms = await sectorNorms(store.conn, sel.teljaar, sector);
    if (norms.length === 0) return { norms, rows: [] };
    const cells = await normCells(store.conn, sel.teljaar, sel.stage, sel.definition);
    const raw = normRowsFromCells(cells, norms, sector);
    // The norm groups are published cells of their own (institution × norm group), protected with every other
    // table; a group the public tables do not know is treated as hidden.
    const groups = isPublished(["institution", NORM_GROUP], sel.teljaar, sel.definition) ? await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["institution", NORM_GROUP]) : null;
    const hiddenOf = new Map<string, { sp: boolean; vsv: boolean }>();
    for (const r of raw) hiddenOf.set(`${r.institution}|${r.group}`, groups?.masks.get(rowKey({ institution: r.institution, [NORM_GROUP]: r.group }, groups.by)) ?? { sp: true, vsv: true });
    const rows = raw.map((r): PublicNormRow => {
      const h = hiddenOf.get(`${r.institution}|${r.group}`) ?? { sp: true, vsv: true };
      const derivedHidden = h.sp || h.vsv;
      const suppressed = [...(h.sp ? ["start_population"] : []), ...(h.vsv ? ["vsv"] : []), ...(derivedHidden ? ["vsv_pct", "met", "fewer_needed"] : [])];
      return {
        institution: r.institution,
        name: r.name,
        ...(sector === "mbo" ? { level: r.group } : { category: r.group }),
        start_population: h.sp ? null : r.start_population,
        vsv: h.vsv ? null : r.vsv,
        vsv_pct: derivedHidden ? null : r.vsv_pct,
        norm: r.norm,
        met: derivedHidden ? null : r.met,
        fewer_needed: derivedHidden ? null : r.fewer_needed,
        suppressed,
      };
    });
    return { norms, rows };
  });
}

/** Per level / category and over all: how many institutions met their norms (hidden results count as unknown). */
export function normSummary(rows: readonly PublicNormRow[], norms: readonly NormReference[]) {
  const groupOf = (r: PublicNormRow) => r.level ?? r.category ?? "";
  const per_group = norms.map((n) => {
    const of = rows.filter((r) => groupOf(r) === n.group);
    return {
      group: n.group,
      name: NORM_GROUP_NAMES[n.group] ?? n.group,
      norm: n.norm,
      institutions: of.length,
      met: of.filter((r) => r.met === true).length,
      not_met: of.filter((r) => r.met === false).length,
      unknown: of.filter((r) => r.met === null).length,
    };
  });
  const byInstitution = new Map<string, (boolean | null)[]>();
  for (const r of rows) byInstitution.set(r.institution, [...(byInstitution.get(r.institution) ?? []), r.met]);
  const all = [...byInstitution.values()];
  return {
    per_group,
    institutions: all.length,
    meeting_all: all.filter((m) => m.every((x) => x === true)).length,
    not_meeting_all: all.filter((m) => m.some((x) => x === false)).length,
    unknown: all.filter((m) => !m.some((x) => x === false) && m.some((x) => x === null)).length,
  };
}


/**
 * The institutions (mbo) that meet a rule of the 2014 letter, from the public institution × sector tables: only shown
 * counts are compared, so membership never says anything about a hidden count. Without a base teljaar (the first
 * computed one) no institution can be a best reducer.
 */
async function singledOutAnswer(store: Store, sel: Selection, base: Teljaar | null) {
  const baseStage = base ? resolveStage(store.runs, base)! : null;
  const now = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["institution", "sector"]);
  const then = base && baseStage ? await publicTable(store, base, sel.definition, baseStage, ["institution", "sector"]) : null;
  const national = (await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["sector"])).rows.find((r) => r.keys.sector === "MBO");
  const baseRow = new Map((then?.rows ?? []).filter((r) => r.keys.sector === "MBO").map((r) => [r.keys.institution as string, r]));
  const mbo = now.rows.filter((r) => r.keys.sector === "MBO" && r.keys.institution !== null);
  const publicRow = new Map(mbo.map((r) => [r.keys.institution as string, r]));
  const rows: InstitutionCounts[] = mbo.map((r) => ({
    institution: r.keys.institution as string,
    name: (r.keys.institution_name as string | null) ?? null,
    start_population: r.start_population,
    vsv: r.vsv,
    base_vsv: baseRow.get(r.keys.institution as string)?.vsv ?? null,
  }));
  // The national mbo figure can be hidden (in a small country, with a small vavo count): then no institution can be
  // compared with it, and the rule that needs it singles out nobody.
  const nationalShown = national !== undefined && national.start_population !== null && national.vsv !== null;
  const nat = { start_population: national?.start_population ?? 0, vsv: national?.vsv ?? 0 };
  const found = singledOut(rows, nat).flatMap((s) => {
    const rules = nationalShown ? s.rules : s.rules.filter((r) => r !== "best_reducer");
    return rules.length ? [{ ...s, rules }] : [];
  });
  const selected = found.map((s) => {
    const b = baseRow.get(s.row.institution);
    const baseHidden = b !== undefined && b.vsv === null;
    return {
      institution: s.row.institution,
      name: s.row.name,
      start_population: s.row.start_population,
      vsv: s.row.vsv,
      vsv_pct: publicRow.get(s.row.institution)?.vsv_pct ?? null,
      base_vsv: s.row.base_vsv,
      reduction_pct: s.reduction_pct,
      rules: s.rules,
      suppressed: baseHidden ? ["base_vsv", "reduction_pct"] : [],
    };
  });
  return {
    teljaar: sel.teljaar,
    definition: sel.definition,
    stage: sel.stage,
    base_teljaar: base,
    base_stage: baseStage,
    sector: "mbo" as const,
    national: { start_population: national?.start_population ?? null, vsv: national?.vsv ?? null, vsv_pct: national?.vsv_pct ?? null, suppressed: national?.suppressed ?? [] },
    rules: SINGLED_OUT_RULES,
    rows: selected,
  };
}

export function steeringNormRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/norms",
    {
      schema: {
        summary: "Prestatienormen per instelling en mbo-niveau of vo-categorie: vsv-percentage, norm, gehaald, en hoeveel vsv'ers minder nodig waren geweest",
        tags: ["reference"],
        querystring: NormsQuery,
        response: { 200: jsonOrDownload(Norms, "De normen en de rijen per instelling"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = normSelection(store, request.query);
      const sector = code("sector", request.query.sector ?? "mbo", parseNormSector);
      const brin: Brin | undefined = request.query.institution ? code("institution", request.query.institution, parseBrin) : undefined;
      const { norms, rows: all } = await publicNormRows(store, sel, sector);
      const rows = all.filter((r) => (!brin || r.institution === brin) && (request.query.met === undefined || r.met === request.query.met));
      const json = { ...sel, sector, norms, summary: normSummary(all, norms), rows };
      return answer(request, reply, json, () => ({
        file: `vsv-norms-${sector}-${sel.teljaar}${brin ? `-${brin}` : ""}`,
        title: `Prestatienormen ${sector} ${sel.teljaar}`,
        rows: rows.map((r) => ({ teljaar: sel.teljaar, ...r })),
      }));
    },
  );

  app.get(
    "/norms/singled-out",
    {
      schema: {
        summary: "Mbo-instellingen die de Kamerbrief van 2014 volgens een regel noemt: meer dan 7% en 300 of meer vsv'ers; of meer dan 40% minder vsv'ers dan in het basisteljaar en onder het landelijke percentage",
        tags: ["reference"],
        querystring: SingledOutQuery,
        response: { 200: jsonOrDownload(SingledOut, "De genoemde instellingen"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = normSelection(store, request.query);
      const before = previousTeljaar(sel.teljaar);
      const base = request.query.base ? teljaarParam(store, request.query.base, "base") : store.teljaren.includes(before) ? before : null;
      if (base && base >= sel.teljaar) throw badParam("base", `het basisteljaar ${base} moet vóór ${sel.teljaar} liggen: kies uit ${store.teljaren.filter((t) => t < sel.teljaar).join(", ") || "geen (dit is het eerste berekende teljaar)"}`);
      const body = await store.memo(`steering-singled-out|${sel.teljaar}|${sel.definition}|${sel.stage}|${base}`, () => singledOutAnswer(store, sel, base));
      return answer(request, reply, body, () => ({
        file: `vsv-singled-out-${sel.teljaar}`,
        title: `Door de Kamerbrief van 2014 genoemde instellingen ${sel.teljaar}`,
        rows: body.rows.map((r) => ({ teljaar: sel.teljaar, base_teljaar: base, ...r, rules: r.rules.join(" ") })),
      }));
    },
  );
}
