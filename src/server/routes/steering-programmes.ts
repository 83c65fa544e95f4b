/**
 * Regional programmes (issue 6, part 5). Public reads: GET /api/v1/steering/programmes and
 * /api/v1/steering/programmes/{region} (the programme with its budget under the key of
 * src/domain/steering/programmes.ts, the indicative target and the region's indicators, from the computed figures
 * through suppression). Writes in the closed part (tag casework: the auth plugin resolves the actor and checks
 * CSRF): the regional coordinator of the region only, under optimistic concurrency; POST …/{region} starts the
 * programme of a region that has none for the period (src/store/programme-start.ts). docs/programmes.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parseRmcRegio, type RmcRegio } from "../../domain/codes.js";
import { canCoordinate } from "../../domain/casework/roles.js";
import {
  MEASURE_STATUSES,
  MEASURE_STATUS_LABELS,
  PARTY_ROLES,
  PARTY_ROLE_LABELS,
  PROGRAMME_STATUSES,
  PROGRAMME_STATUS_LABELS,
  type MeasureStatus,
  type PartyRole,
  type ProgrammePeriod,
  type ProgrammeStatus,
  parseProgrammePeriod,
  proportionalTarget,
  regionBudget,
} from "../../domain/steering/programmes.js";
import { programmePeriodOn, startablePeriods, startProgramme } from "../../store/programme-start.js";
import { type Editor, type ProgrammeChange, type ProgrammeRow, changeProgramme, findProgramme, getProgrammeDetail, listProgrammes, programmePeriods } from "../../store/programmes.js";
import type { Sql } from "../../store/sql.js";
import { adoptedTargetPlan } from "../../store/target-plans.js";
import type { Definition } from "../../domain/definition.js";
import { requestTime } from "../auth/plugin.js";
import { forbidden, requireActor } from "../casework/context.js";
import type { RouteContext } from "../context.js";
import { badParam, notFound, type Problem } from "../problem.js";
import { selection } from "../params.js";
import { ok, params, query } from "../schemas.js";
import { sendSteeringError, versionSchema } from "../steering-answers.js";
import { regionList } from "./regions.js";
import { publishedRegionBase } from "./steering-target-basis.js";
import { publicTable } from "../../service/public-figures.js";
import { nationalTarget } from "../../domain/steering/target-national.js";
import { targets } from "./series.js";

const BASE = "/programmes";
const regionParams = params({ region: { type: "string", description: "RMC / Doorstroompunt region 01-41" } });
const periodQuery = { period: { type: "string", pattern: "^\\d{4}-\\d{4}$", description: "Programme period, e.g. 2025-2028 (default: the region's latest)" } };

function regionOf(text: string): RmcRegio {
  try {
    return parseRmcRegio(text);
  } catch (e) {
    throw badParam("region", (e as Error).message);
  }
}

function periodOf(text: string | undefined | null): ProgrammePeriod | undefined {
  if (text === undefined || text === null) return undefined;
  try {
    return parseProgrammePeriod(text);
  } catch (e) {
    throw badParam("period", (e as Error).message);
  }
}

async function programmeOf(sql: Sql, region: RmcRegio, period: ProgrammePeriod | undefined): Promise<ProgrammeRow> {
  const p = await findProgramme(sql, region, period);
  if (!p) throw notFound(`Region ${region} has no regional programme${period ? ` for ${period}` : ""}: see GET ${BASE}`);
  return p;
}

/**
 * Budget, target and indicators from the computed figures (the latest teljaar, the definition of the latest national
 * target); null with the reason when no figures are computed.
 */
async function figuresFor(sql: Sql, figures: RouteContext, region: RmcRegio, pupilsInBelgium: number) {
  let store;
  try {
    store = figures.store();
  } catch (e) {
    return { budget: null, target: null, indicators: null, figures_unavailable: (e as Problem).detail ?? String(e) };
  }
  const all = await targets(store);
  const national = all.filter((t) => t.scope === "national").at(-1);
  let sel;
  try {
    sel = selection(store, national ? { definition: national.definition } : {});
  } catch {
    sel = selection(store, {});
  }
  const rows = await regionList(store, sel);
  // Shares from published values only (a hidden region gets an even share of what the hidden regions hold
  // together, as in the target tool), the national figure as published, the target scaled to a synthetic sample.
  const base = await publishedRegionBase(store, sel.teljaar, sel.definition, sel.stage);
  const vsvByRegion = new Map(base.map((b) => [b.region, b.count]));
  const own = rows.find((r) => r.code === region);
  const nl = (await publicTable(store, sel.teljaar, sel.definition, sel.stage, [])).rows[0];
  const nationalVsv = nl?.vsv ?? null;
  const nationalTargetCount = national ? nationalTarget(undefined, national.target, [], store.register.syntheticScale).target : null;
  const budget = own ? regionBudget(region, vsvByRegion, pupilsInBelgium) : null;
  // The adopted target plan for the latest national target, when one is adopted (src/store/target-plans.ts).
  const plan = national ? await adoptedTargetPlan(sql, national.year, national.definition as Definition) : null;
  const planRegion = plan?.regions.find((r) => r.region === region);
  const adopted = plan && planRegion ? { plan, region: planRegion } : null;
  return {
    budget: budget && {
      national_total_eur: budget.nationalTotal,
      region_vsv: budget.regionVsv,
      national_vsv: budget.nationalVsv,
      teljaar: sel.teljaar,
      definition: sel.definition,
      share_eur: budget.share,
      pupils_in_belgium: budget.pupilsInBelgium,
      belgium_supplement_eur: budget.belgiumSupplement,
      total_eur: budget.total,
      key: "Landelijk bedrag naar rato van het aantal nieuwe vsv'ers per regio in het laatste berekende teljaar (grootste-restmethode, optelsom exact); plus toeslag voor inwoners die in België naar school gaan.",
    },
    target: adopted
      ? {
          kind: "adopted_plan",
          plan_id: adopted.plan.id,
          plan_name: adopted.plan.name,
          national_target: adopted.plan.national_target,
          target_year: adopted.plan.target_year,
          definition: adopted.plan.definition,
          region_target: adopted.region.target,
          note: `Streefdoel uit het vastgestelde doelenplan "${adopted.plan.name}".`,
        }
      : national && own
      ? {
          kind: "proportional_share",
          national_target: nationalTargetCount!,
          reference_national_target: national.target,
          target_year: national.year,
          teljaar: national.teljaar,
          definition: national.definition,
          region_target: proportionalTarget(region, nationalTargetCount!, vsvByRegion),
          note: "Geen vastgesteld streefdoel voor deze regio in het systeem: dit is het aandeel van de regio in het landelijke doel naar rato van het huidige aantal nieuwe vsv'ers.",
        }
      : null,
    indicators: own
      ? {
          teljaar: sel.teljaar,
          definition: sel.definition,
          stage: sel.stage,
          start_population: own.start_population,
          vsv: own.vsv,
          vsv_pct: own.vsv_pct,
          change: own.change,
          change_pct: own.change_pct,
          previous_teljaar: own.previous_teljaar,
          previous_stage: own.previous_stage,
          suppressed: own.suppressed,
          national_vsv: nationalVsv,
          national_vsv_pct: nl?.vsv_pct ?? null,
        }
      : null,
    figures_unavailable: own ? null : `Region ${region} has no figures in ${sel.teljaar}`,
  };
}

async function programmeAnswer(sql: Sql, figures: RouteContext, p: ProgrammeRow) {
  const detail = (await getProgrammeDetail(sql, p.id))!;
  return {
    ...detail,
    programme: { ...detail.programme, status_label: PROGRAMME_STATUS_LABELS[detail.programme.status] },
    parties: detail.parties.map((x) => ({ ...x, role_label: PARTY_ROLE_LABELS[x.role] })),
    measures: detail.measures.map((m) => ({ ...m, status_label: MEASURE_STATUS_LABELS[m.status] })),
    periods: await programmePeriods(sql, p.region as RmcRegio),
    ...(await figuresFor(sql, figures, p.region as RmcRegio, p.pupils_in_belgium)),
  };
}

/** The coordinator of the programme's region, or 401/403. */
function coordinator(request: FastifyRequest, region: RmcRegio, what: "start" | "change" = "change"): Editor {
  const actor = requireActor(request);
  if (!canCoordinate(actor, region)) {
    throw forbidden(`Only a regional coordinator of region ${region} may ${what} its programme${actor.role === "regional_coordinator" ? ` (yours: ${actor.regions.join(", ")})` : ""}`);
  }
  return { accountId: actor.accountId, name: actor.displayName };
}

const DETAIL = "{programme:{id, region, region_name, period, status, status_label, summary, pupils_in_belgium, version, created_at, updated_at}, parties:[{role, role_label, code, name}], topics:[{code, title, description, source, agreement, updated_at}], measures:[{id, name, target_group, topic, budget_eur, status, status_label}], budget_lines:[{id, year, source, amount_eur}], changes:[{id, at, actor_id, actor_name, what, details}], periods:[every period the region has a programme for, latest first], budget, target, indicators, figures_unavailable}";

const measureFields = {
  name: { type: "string", minLength: 1, maxLength: 200 },
  target_group: { type: "string", maxLength: 500 },
  topic: { type: ["string", "null"], description: "A topic code of the programme, or null" },
  budget_eur: { type: "integer", minimum: 0, description: "Euros per year" },
  status: { type: "string", enum: [...MEASURE_STATUSES] },
};

interface RegionRequest {
  Params: { region: string };
  Querystring: { period?: string };
}

/** The public reads: every programme, and one region's. */
export function steeringProgrammeReads(app: FastifyInstance, sql: Sql, figures: RouteContext): void {
  app.get(
    BASE,
    {
      schema: {
        summary: "Every regional programme: region, period, status, agreements made, measures and their budget; and the periods a programme can be started for now",
        tags: ["steering"],
        response: ok("{items:[{id, region, region_name, period, status, status_label, version, updated_at, topics_total, topics_agreed, measures, measures_budget_eur}], current_period, start_periods}"),
      },
    },
    async (request) => {
      const periods = startablePeriods(requestTime(request));
      return { items: (await listProgrammes(sql)).map((p) => ({ ...p, status_label: PROGRAMME_STATUS_LABELS[p.status] })), current_period: periods[0], start_periods: periods };
    },
  );

  app.get<RegionRequest>(
    `${BASE}/:region`,
    { schema: { summary: "A region's programme: parties, agreements per mandatory topic, measures, budget, target, indicators, history", tags: ["steering"], params: regionParams, querystring: query(periodQuery), response: ok(DETAIL) } },
    async (request) => {
      const p = await programmeOf(sql, regionOf(request.params.region), periodOf(request.query.period));
      return programmeAnswer(sql, figures, p);
    },
  );

}

/** The changes (coordinators of the region): registered in the closed part's scope. */
export function steeringProgrammeChanges(app: FastifyInstance, sql: Sql, figures: RouteContext): void {
  app.post<RegionRequest & { Body: { period?: string; summary?: string } }>(
    `${BASE}/:region`,
    {
      schema: {
        summary: "Start the region's programme for a period (coordinator of the region): default parties, every mandatory topic without agreement, status draft",
        description: "Default period: the current one (four-year periods from 2025-2028). 409 when the region already has a programme for the period: change that one.",
        tags: ["casework", "steering"],
        params: regionParams,
        body: query({ period: { ...periodQuery.period, description: "Programme period, e.g. 2025-2028 (default: the current period)" }, summary: { type: "string", maxLength: 4000 } }),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const region = regionOf(request.params.region);
      const editor = coordinator(request, region, "start");
      const period = periodOf(request.body?.period) ?? programmePeriodOn(requestTime(request));
      try {
        await startProgramme(sql, { region, period, ...(request.body?.summary !== undefined ? { summary: request.body.summary } : {}) }, editor);
      } catch (e) {
        return sendSteeringError(reply, request, e, async () => ({}));
      }
      return reply.status(201).send(await programmeAnswer(sql, figures, (await findProgramme(sql, region, period))!));
    },
  );

  /** Runs one change for the region's coordinator and answers with the programme after it (or the refusal). */
  async function change(request: FastifyRequest<RegionRequest>, reply: FastifyReply, version: number, what: ProgrammeChange, status = 200) {
    const region = regionOf(request.params.region);
    const editor = coordinator(request, region);
    const p = await programmeOf(sql, region, periodOf(request.query.period));
    try {
      await changeProgramme(sql, p.id, version, what, editor);
    } catch (e) {
      return sendSteeringError(reply, request, e, async () => ({ programme: await programmeAnswer(sql, figures, p) }));
    }
    return reply.status(status).send(await programmeAnswer(sql, figures, p));
  }

  app.patch<RegionRequest & { Body: { version: number; status?: ProgrammeStatus; summary?: string; pupils_in_belgium?: number; topic?: string; agreement?: string; party?: { role: PartyRole; code: string; name: string } } }>(
    `${BASE}/:region`,
    {
      schema: {
        summary: "Change the programme (coordinator of the region): its status, summary, pupils schooling in Belgium, one topic's agreement, or one party",
        description: "Send one of: {status, summary, pupils_in_belgium} (any of them); {topic, agreement}; {party}. Each change is recorded in the history.",
        tags: ["casework"],
        params: regionParams,
        querystring: query(periodQuery),
        body: query(
          {
            version: versionSchema,
            status: { type: "string", enum: [...PROGRAMME_STATUSES] },
            summary: { type: "string", maxLength: 4000 },
            pupils_in_belgium: { type: "integer", minimum: 0 },
            topic: { type: "string" },
            agreement: { type: "string", maxLength: 4000 },
            party: query({ role: { type: "string", enum: [...PARTY_ROLES] }, code: { type: "string", minLength: 1 }, name: { type: "string", minLength: 1 } }, ["role", "code", "name"]),
          },
          ["version"],
        ),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const b = request.body;
      const kinds = [b.topic !== undefined || b.agreement !== undefined, b.party !== undefined, b.status !== undefined || b.summary !== undefined || b.pupils_in_belgium !== undefined].filter(Boolean).length;
      if (kinds !== 1) throw badParam("body", "send exactly one kind of change: {topic, agreement}, {party}, or any of {status, summary, pupils_in_belgium}");
      if (b.topic !== undefined || b.agreement !== undefined) {
        if (b.topic === undefined || b.agreement === undefined) throw badParam("body", "a topic's agreement needs both topic and agreement");
        return change(request, reply, b.version, { kind: "topic", topic: b.topic, agreement: b.agreement.trim() });
      }
      if (b.party) return change(request, reply, b.version, { kind: "party", party: b.party });
      return change(request, reply, b.version, { kind: "fields", ...(b.status !== undefined ? { status: b.status } : {}), ...(b.summary !== undefined ? { summary: b.summary } : {}), ...(b.pupils_in_belgium !== undefined ? { pupils_in_belgium: b.pupils_in_belgium } : {}) });
    },
  );

  type MeasureBody = { version: number; name: string; target_group?: string; topic?: string | null; budget_eur?: number; status?: MeasureStatus };
  app.post<RegionRequest & { Body: MeasureBody }>(
    `${BASE}/:region/measures`,
    { schema: { summary: "Add a measure (coordinator of the region)", tags: ["casework"], params: regionParams, querystring: query(periodQuery), body: query({ version: versionSchema, ...measureFields }, ["version", "name"]), response: ok(DETAIL) } },
    async (request, reply) => {
      const b = request.body;
      return change(request, reply, b.version, { kind: "add_measure", measure: { name: b.name, target_group: b.target_group ?? "", topic: b.topic ?? null, budget_eur: b.budget_eur ?? 0, status: b.status ?? "planned" } }, 201);
    },
  );

  app.patch<RegionRequest & { Params: { id: number }; Body: Partial<MeasureBody> & { version: number } }>(
    `${BASE}/:region/measures/:id`,
    {
      schema: {
        summary: "Change a measure (coordinator of the region)",
        tags: ["casework"],
        params: params({ region: regionParams.properties.region, id: { type: "integer", minimum: 1 } }),
        querystring: query(periodQuery),
        body: query({ version: versionSchema, ...measureFields }, ["version"]),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const { version, ...fields } = request.body;
      return change(request, reply, version, { kind: "update_measure", id: request.params.id, measure: fields });
    },
  );

  app.delete<RegionRequest & { Params: { id: number }; Querystring: { period?: string; version: number } }>(
    `${BASE}/:region/measures/:id`,
    {
      schema: {
        summary: "Remove a measure (coordinator of the region)",
        tags: ["casework"],
        params: params({ region: regionParams.properties.region, id: { type: "integer", minimum: 1 } }),
        querystring: query({ ...periodQuery, version: versionSchema }, ["version"]),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => change(request, reply, request.query.version, { kind: "remove_measure", id: request.params.id }),
  );

  app.post<RegionRequest & { Body: { version: number; year: number; source: string; amount_eur: number } }>(
    `${BASE}/:region/budget-lines`,
    {
      schema: {
        summary: "Add a budget line beside the national share, e.g. co-funding (coordinator of the region)",
        tags: ["casework"],
        params: regionParams,
        querystring: query(periodQuery),
        body: query({ version: versionSchema, year: { type: "integer" }, source: { type: "string", minLength: 1, maxLength: 200 }, amount_eur: { type: "integer", minimum: 0 } }, ["version", "year", "source", "amount_eur"]),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const { version, ...line } = request.body;
      return change(request, reply, version, { kind: "add_budget_line", line }, 201);
    },
  );

  app.patch<RegionRequest & { Params: { id: number }; Body: { version: number; year?: number; source?: string; amount_eur?: number } }>(
    `${BASE}/:region/budget-lines/:id`,
    {
      schema: {
        summary: "Change a budget line: its year, source or amount (coordinator of the region)",
        description: "Send only what changes; the history records old and new values. 400 when nothing changes or the year is outside the period.",
        tags: ["casework"],
        params: params({ region: regionParams.properties.region, id: { type: "integer", minimum: 1 } }),
        querystring: query(periodQuery),
        body: query({ version: versionSchema, year: { type: "integer" }, source: { type: "string", minLength: 1, maxLength: 200 }, amount_eur: { type: "integer", minimum: 0 } }, ["version"]),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const { version, ...line } = request.body;
      return change(request, reply, version, { kind: "update_budget_line", id: request.params.id, line });
    },
  );

  app.delete<RegionRequest & { Params: { id: number }; Querystring: { period?: string; version: number } }>(
    `${BASE}/:region/budget-lines/:id`,
    {
      schema: {
        summary: "Remove a budget line (coordinator of the region)",
        tags: ["casework"],
        params: params({ region: regionParams.properties.region, id: { type: "integer", minimum: 1 } }),
        querystring: query({ ...periodQuery, version: versionSchema }, ["version"]),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => change(request, reply, request.query.version, { kind: "remove_budget_line", id: request.params.id }),
  );
}
