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
import { type Brin, parseBrin } from "../../domain/codes.js";
import type { Definition, Stage } from "../../domain/definition.js";
import { NORM_GROUP_NAMES, type NormSector, parseNormSector } from "../../domain/steering/norm-categories.js";
import { type InstitutionCounts, SINGLED_OUT_RULES, singledOut } from "../../domain/steering/norm-selection.js";
import type { Teljaar } from "../../domain/teljaar.js";
import { previousTeljaar } from "../../domain/teljaar.js";
import { resolveStage } from "../../engine/runs.js";
import { type NormReference, defaultNormTeljaar, normCells, normRowsFromCells, sectorNorms } from "../../engine/steering-norms.js";
import type { RouteContext } from "../context.js";
import { send } from "../export.js";
import type { Selection } from "../../domain/selection.js";
import { selection, teljaarParam } from "../params.js";
import { badParam } from "../problem.js";
import { isPublished, publicTable, rowKey } from "../../service/public-figures.js";
import { NORM_GROUP } from "../../domain/disclosure/catalogue.js";
import { format, ok, query, selectionQuery, teljaar as teljaarSchema } from "../schemas.js";
import type { Store } from "../../service/store.js";
import { code } from "./figures.js";

export interface PublicNormRow {
  readonly institution: string;
  readonly name: string | null;
  readonly level?: string;
  readonly category?: string;
  readonly start_population: number | null;
  readonly vsv: number | null;
  readonly vsv_pct: number | null;
  readonly norm: number;
  readonly met: boolean | null;
  readonly fewer_needed: number | null;
  readonly suppressed: readonly string[];
}

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

type NormsQuery = { teljaar?: string; definition?: Definition; stage?: Stage; sector?: string; institution?: string; met?: boolean; format?: string };
type SingledOutQuery = { teljaar?: string; definition?: Definition; stage?: Stage; base?: string; format?: string };

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
    sector: "mbo",
    national: { start_population: national?.start_population ?? null, vsv: national?.vsv ?? null, vsv_pct: national?.vsv_pct ?? null, suppressed: national?.suppressed ?? [] },
    rules: SINGLED_OUT_RULES,
    rows: selected,
  };
}

export function steeringNormRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: NormsQuery }>(
    "/norms",
    {
      schema: {
        summary: "Performance norms per institution and mbo level or vo category: vsv percentage, norm, met, how many vsv'ers fewer would have met it",
        tags: ["reference"],
        querystring: query({
          ...selectionQuery,
          teljaar: { ...teljaarSchema, description: "Teljaar, e.g. 2023-2024 (default: the latest with definitive figures)" },
          sector: { type: "string", enum: ["mbo", "vo"], description: "mbo (norms per level, default) or vo (norms per category)" },
          institution: { type: "string", description: "Only this institution (BRIN, e.g. 27GZ)" },
          met: { type: "boolean", description: "Only rows that met (true) or did not meet (false) their norm; hidden results match neither" },
          format,
        }),
        response: ok("{teljaar, definition, stage, sector, norms:[{group, norm, source}], summary:{per_group:[{group, name, norm, institutions, met, not_met, unknown}], institutions, meeting_all, not_meeting_all, unknown}, rows:[{institution, name, level|category, start_population, vsv, vsv_pct, norm, met, fewer_needed, suppressed}]}"),
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
      return send(request, reply, json, () => ({
        file: `vsv-norms-${sector}-${sel.teljaar}${brin ? `-${brin}` : ""}`,
        title: `Prestatienormen ${sector} ${sel.teljaar}`,
        rows: rows.map((r) => ({ teljaar: sel.teljaar, ...r })),
      }));
    },
  );

  app.get<{ Querystring: SingledOutQuery }>(
    "/norms/singled-out",
    {
      schema: {
        summary: "mbo institutions the 2014 letter singles out by rule: more than 7% and 300+ vsv'ers; more than 40% fewer vsv'ers than the base teljaar and below the national percentage",
        tags: ["reference"],
        querystring: query({
          ...selectionQuery,
          teljaar: { ...teljaarSchema, description: "Teljaar, e.g. 2023-2024 (default: the latest with definitive figures)" },
          base: { ...teljaarSchema, description: "Base teljaar of the reduction (default: the teljaar before)" },
          format,
        }),
        response: ok("{teljaar, definition, stage, base_teljaar, base_stage, sector, national:{start_population, vsv, vsv_pct}, rules:[…], rows:[{institution, name, start_population, vsv, vsv_pct, base_vsv, reduction_pct, rules, suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = normSelection(store, request.query);
      const before = previousTeljaar(sel.teljaar);
      const base = request.query.base ? teljaarParam(store, request.query.base, "base") : store.teljaren.includes(before) ? before : null;
      if (base && base >= sel.teljaar) throw badParam("base", `The base teljaar ${base} must come before ${sel.teljaar}: use one of ${store.teljaren.filter((t) => t < sel.teljaar).join(", ") || "none (this is the first computed teljaar)"}`);
      const answer = await store.memo(`steering-singled-out|${sel.teljaar}|${sel.definition}|${sel.stage}|${base}`, () => singledOutAnswer(store, sel, base));
      return send(request, reply, answer, () => ({
        file: `vsv-singled-out-${sel.teljaar}`,
        title: `Door de Kamerbrief van 2014 genoemde instellingen ${sel.teljaar}`,
        rows: answer.rows.map((r) => ({ teljaar: sel.teljaar, base_teljaar: base, ...r, rules: r.rules.join(" ") })),
      }));
    },
  );
}
