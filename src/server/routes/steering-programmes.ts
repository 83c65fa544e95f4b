/**
 * Regional programmes (issue 6, part 5). Public reads: GET /api/v1/steering/programmes and
 * /api/v1/steering/programmes/{region} (the programme with its budget under the key of
 * src/domain/steering/programmes.ts, the indicative target and the region's indicators, from the computed figures
 * through suppression). Writes in the closed part (tag casework: the auth plugin resolves the actor and checks
 * CSRF): the regional coordinator of the region only, under optimistic concurrency; POST …/{region} starts the
 * programme of a region that has none for the period (src/store/programme-start.ts). docs/programmes.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { type Static, Type } from "typebox";
import { parseRmcRegio, type RmcRegio } from "../../domain/codes.js";
import { canCoordinate } from "../../domain/casework/roles.js";
import {
  MEASURE_STATUS_LABELS,
  PARTY_ROLE_LABELS,
  PROGRAMME_STATUS_LABELS,
  type ProgrammePeriod,
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
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, json } from "../contract/responses.js";
import {
  BudgetLineChange,
  MeasureChange,
  NewBudgetLine,
  NewMeasure,
  PeriodQuery,
  ProgrammeChange as ProgrammeChangeBody,
  ProgrammeDetail,
  ProgrammeList,
  RegionItemParams,
  RegionParams,
  StartProgramme,
  VersionQuery,
  stale,
} from "../contract/steering-plans.js";
import { sendSteeringError } from "../steering-answers.js";
import { regionList } from "../../service/areas.js";
import { publishedRegionBase } from "./steering-target-basis.js";
import { publicTable } from "../../service/public-figures.js";
import { nationalTarget } from "../../domain/steering/target-national.js";
import { targets } from "../../service/series.js";

const BASE = "/programmes";

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
  if (!p) throw notFound(`Regio ${region} heeft geen regionaal programma${period ? ` voor ${period}` : ""}: kies een programma uit de lijst (GET /api/v1/steering${BASE})`);
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
          kind: "adopted_plan" as const,
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
          kind: "proportional_share" as const,
          national_target: nationalTargetCount!,
          reference_national_target: national.target,
          target_year: national.year,
          teljaar: national.teljaar,
          definition: national.definition as Definition,
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
    figures_unavailable: own ? null : `Regio ${region} heeft geen cijfers in ${sel.teljaar}`,
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
    throw forbidden(`Alleen een regiocoördinator van regio ${region} mag het programma ${what === "start" ? "starten" : "wijzigen"}${actor.role === "regional_coordinator" ? ` (uw regio's: ${actor.regions.join(", ")})` : ""}: vraag de coördinator van die regio`);
  }
  return { accountId: actor.accountId, name: actor.displayName };
}

type RegionRequest = { Params: { region: string }; Querystring: { period?: string } };
type Answer = Static<typeof ProgrammeDetail>;

/** The problems a change can answer. */
const REFUSALS = { ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND, ...stale({ programme: Type.Optional(ProgrammeDetail) }) };

/** The public reads: every programme, and one region's. */
export function steeringProgrammeReads(fastify: FastifyInstance, sql: Sql, figures: RouteContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    BASE,
    {
      schema: {
        summary: "Alle regionale programma's: regio, periode, status, gemaakte afspraken, maatregelen en hun begroting; en de perioden waarvoor nu een programma gestart kan worden",
        tags: ["steering"],
        response: { 200: json(ProgrammeList, "De programma's") },
      },
    },
    async (request) => {
      const periods = startablePeriods(requestTime(request));
      return { items: (await listProgrammes(sql)).map((p) => ({ ...p, status_label: PROGRAMME_STATUS_LABELS[p.status] })), current_period: periods[0]!, start_periods: periods };
    },
  );

  app.get(
    `${BASE}/:region`,
    {
      schema: {
        summary: "Het programma van een regio: partijen, afspraken per verplicht thema, maatregelen, begroting, streefdoel, indicatoren en geschiedenis",
        tags: ["steering"],
        params: RegionParams,
        querystring: PeriodQuery,
        response: { 200: json(ProgrammeDetail, "Het programma"), ...NOT_FOUND },
      },
    },
    async (request) => {
      const p = await programmeOf(sql, regionOf(request.params.region), periodOf(request.query.period));
      return programmeAnswer(sql, figures, p);
    },
  );
}

/** The changes (coordinators of the region): registered in the closed part's scope. */
export function steeringProgrammeChanges(fastify: FastifyInstance, sql: Sql, figures: RouteContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    `${BASE}/:region`,
    {
      schema: {
        summary: "Het programma van de regio starten voor een periode (coördinator van de regio): standaardpartijen, elk verplicht thema zonder afspraak, status concept",
        description: "Standaardperiode: de huidige (perioden van vier jaar vanaf 2025-2028). 409 als de regio al een programma voor de periode heeft: wijzig dat.",
        tags: ["casework", "steering"],
        params: RegionParams,
        body: StartProgramme,
        response: { 201: json(ProgrammeDetail, "Het gestarte programma"), ...REFUSALS },
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
      reply.status(201);
      return programmeAnswer(sql, figures, (await findProgramme(sql, region, period))!);
    },
  );

  /** Runs one change for the region's coordinator and answers with the programme after it (or the refusal). */
  async function change(request: FastifyRequest<RegionRequest>, reply: FastifyReply, version: number, what: ProgrammeChange, status = 200): Promise<Answer> {
    const region = regionOf(request.params.region);
    const editor = coordinator(request, region);
    const p = await programmeOf(sql, region, periodOf(request.query.period));
    try {
      await changeProgramme(sql, p.id, version, what, editor);
    } catch (e) {
      return sendSteeringError(reply, request, e, async () => ({ programme: await programmeAnswer(sql, figures, p) }));
    }
    reply.status(status);
    return programmeAnswer(sql, figures, p);
  }

  app.patch(
    `${BASE}/:region`,
    {
      schema: {
        summary: "Het programma wijzigen (coördinator van de regio): de status, samenvatting, leerlingen die in België naar school gaan, de afspraak over één thema, of één partij",
        description: "Stuur één van: {status, summary, pupils_in_belgium} (elk ervan); {topic, agreement}; {party}. Elke wijziging komt in de geschiedenis.",
        tags: ["casework"],
        params: RegionParams,
        querystring: PeriodQuery,
        body: ProgrammeChangeBody,
        response: { 200: json(ProgrammeDetail, "Het programma na de wijziging"), ...REFUSALS },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const kinds = [b.topic !== undefined || b.agreement !== undefined, b.party !== undefined, b.status !== undefined || b.summary !== undefined || b.pupils_in_belgium !== undefined].filter(Boolean).length;
      if (kinds !== 1) throw badParam("body", "stuur precies één soort wijziging: {topic, agreement}, {party}, of een of meer van {status, summary, pupils_in_belgium}");
      if (b.topic !== undefined || b.agreement !== undefined) {
        if (b.topic === undefined || b.agreement === undefined) throw badParam("body", "de afspraak over een thema heeft zowel topic als agreement nodig");
        return change(request, reply, b.version, { kind: "topic", topic: b.topic, agreement: b.agreement.trim() });
      }
      if (b.party) return change(request, reply, b.version, { kind: "party", party: b.party });
      return change(request, reply, b.version, { kind: "fields", ...(b.status !== undefined ? { status: b.status } : {}), ...(b.summary !== undefined ? { summary: b.summary } : {}), ...(b.pupils_in_belgium !== undefined ? { pupils_in_belgium: b.pupils_in_belgium } : {}) });
    },
  );

  app.post(
    `${BASE}/:region/measures`,
    {
      schema: {
        summary: "Een maatregel toevoegen (coördinator van de regio)",
        tags: ["casework"],
        params: RegionParams,
        querystring: PeriodQuery,
        body: NewMeasure,
        response: { 201: json(ProgrammeDetail, "Het programma met de nieuwe maatregel"), ...REFUSALS },
      },
    },
    async (request, reply) => {
      const b = request.body;
      return change(request, reply, b.version, { kind: "add_measure", measure: { name: b.name, target_group: b.target_group ?? "", topic: b.topic ?? null, budget_eur: b.budget_eur ?? 0, status: b.status ?? "planned" } }, 201);
    },
  );

  app.patch(
    `${BASE}/:region/measures/:id`,
    {
      schema: {
        summary: "Een maatregel wijzigen (coördinator van de regio)",
        tags: ["casework"],
        params: RegionItemParams,
        querystring: PeriodQuery,
        body: MeasureChange,
        response: { 200: json(ProgrammeDetail, "Het programma na de wijziging"), ...REFUSALS },
      },
    },
    async (request, reply) => {
      const { version, ...fields } = request.body;
      return change(request, reply, version, { kind: "update_measure", id: request.params.id, measure: fields });
    },
  );

  app.delete(
    `${BASE}/:region/measures/:id`,
    {
      schema: {
        summary: "Een maatregel verwijderen (coördinator van de regio)",
        tags: ["casework"],
        params: RegionItemParams,
        querystring: VersionQuery,
        response: { 200: json(ProgrammeDetail, "Het programma zonder de maatregel"), ...REFUSALS },
      },
    },
    async (request, reply) => change(request, reply, request.query.version, { kind: "remove_measure", id: request.params.id }),
  );

  app.post(
    `${BASE}/:region/budget-lines`,
    {
      schema: {
        summary: "Een begrotingsregel toevoegen naast het landelijke aandeel, bijvoorbeeld cofinanciering (coördinator van de regio)",
        tags: ["casework"],
        params: RegionParams,
        querystring: PeriodQuery,
        body: NewBudgetLine,
        response: { 201: json(ProgrammeDetail, "Het programma met de nieuwe begrotingsregel"), ...REFUSALS },
      },
    },
    async (request, reply) => {
      const { version, ...line } = request.body;
      return change(request, reply, version, { kind: "add_budget_line", line }, 201);
    },
  );

  app.patch(
    `${BASE}/:region/budget-lines/:id`,
    {
      schema: {
        summary: "Een begrotingsregel wijzigen: het jaar, de bron of het bedrag (coördinator van de regio)",
        description: "Stuur alleen wat verandert; de geschiedenis legt oude en nieuwe waarden vast. 400 als er niets verandert of het jaar buiten de periode ligt.",
        tags: ["casework"],
        params: RegionItemParams,
        querystring: PeriodQuery,
        body: BudgetLineChange,
        response: { 200: json(ProgrammeDetail, "Het programma na de wijziging"), ...REFUSALS },
      },
    },
    async (request, reply) => {
      const { version, ...line } = request.body;
      return change(request, reply, version, { kind: "update_budget_line", id: request.params.id, line });
    },
  );

  app.delete(
    `${BASE}/:region/budget-lines/:id`,
    {
      schema: {
        summary: "Een begrotingsregel verwijderen (coördinator van de regio)",
        tags: ["casework"],
        params: RegionItemParams,
        querystring: VersionQuery,
        response: { 200: json(ProgrammeDetail, "Het programma zonder de begrotingsregel"), ...REFUSALS },
      },
    },
    async (request, reply) => change(request, reply, request.query.version, { kind: "remove_budget_line", id: request.params.id }),
  );
}
