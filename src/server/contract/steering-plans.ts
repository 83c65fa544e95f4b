/**
 * The steering routes' contract for what the operational store holds (TypeBox): saved target plans, regional
 * programmes and the national action plan — their public reads and their changes (signed-in users, optimistic
 * concurrency: a stale version is a 409 with the current version and the current state).
 */
import { type TProperties, Type } from "typebox";
import { ACTION_STATUSES } from "../../domain/steering/action-plan.js";
import { MEASURE_STATUSES, PARTY_ROLES, PROGRAMME_STATUSES } from "../../domain/steering/programmes.js";
import { DefinitionParam, Params, Query, StageParam } from "./params.js";
import { PROBLEM_TYPE, ProblemSchema, Strict } from "./responses.js";
import { BaseTeljaar, BestShare, Hidden, List, Method, NationalTargetParam, Nullable, TargetDefinition, TargetYear } from "./steering.js";

/** A timestamp: a Date in the handler, an ISO 8601 text in the answer. */
export const DateTime = Type.Unsafe<Date | string>({ type: "string", format: "date-time" });
export const IsoDate = Type.String({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "JJJJ-MM-DD" });
export const Version = Type.Integer({ minimum: 1, description: "De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is" });
export const Id = Type.Integer({ minimum: 1 });

/** An object body or query: only the named keys. */
const Body = <P extends TProperties>(properties: P) => Query(properties);

/**
 * 409: someone else changed it since it was read (with `current_version` and the current state in `extra`), or it
 * exists already.
 */
export function stale<P extends TProperties>(extra: P) {
  const schema = Type.Object(
    { ...ProblemSchema.properties, current_version: Type.Optional(Type.Integer({ description: "De huidige versie" })), ...extra },
    { additionalProperties: false, description: "Foutmelding (RFC 9457) met de huidige versie" },
  );
  return { 409: { description: "Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al", content: { [PROBLEM_TYPE]: { schema } } } } as const;
}

// ---- Target plans ---------------------------------------------------------------------------------------------

export const TargetPlansQuery = Query({
  targetYear: Type.Optional({ ...TargetYear, description: "Alleen plannen voor dit doeljaar" }),
  definition: Type.Optional({ ...DefinitionParam, description: "Alleen plannen onder deze definitie" }),
});

export const NewTargetPlan = Body({
  name: Type.Optional(Type.String({ maxLength: 200, description: "Naam van het plan" })),
  targetYear: Type.Optional(TargetYear),
  definition: Type.Optional(TargetDefinition),
  baseTeljaar: Type.Optional(BaseTeljaar),
  method: Method,
  target: Type.Optional(NationalTargetParam),
  bestShare: Type.Optional(BestShare),
  targets: Type.Optional(Type.Record(Type.String(), Type.Integer(), { description: 'manual: {"01": 120, "02": 80, …}, elke regio één keer, samen het landelijke doel' })),
});

export const PlanId = Params({ id: Id });

export const TargetPlan = Strict({
  id: Type.Integer(),
  name: Type.String(),
  method: Method,
  parameters: Strict({ best_share: Type.Optional(Type.Number()) }, { description: "De parameters van de methode" }),
  national_target: Type.Integer({ description: "Het landelijke doel" }),
  target_year: Type.Integer(),
  definition: DefinitionParam,
  base_teljaar: Type.String(),
  base_stage: StageParam,
  created_by: Nullable(Type.Integer({ description: "Account dat het plan opsloeg" })),
  created_at: DateTime,
  adopted: Type.Boolean({ description: "Vastgesteld" }),
  adopted_by: Nullable(Type.Integer()),
  adopted_at: Nullable(DateTime),
  regions: List(
    Strict({
      region: Type.String(),
      base_count: Nullable(Type.Integer({ description: "Aantal vsv'ers in het basisteljaar (null: afgeschermd)" })),
      start_population: Nullable(Type.Integer({ description: "Startpopulatie in het basisteljaar (null: afgeschermd)" })),
      target: Nullable(Type.Integer({ description: "Het doel van de regio (null: afgeschermd)" })),
      suppressed: Hidden,
    }),
  ),
});

export const TargetPlans = Strict({ rows: List(TargetPlan) });

// ---- Regional programmes --------------------------------------------------------------------------------------

const Region = Type.String({ description: "RMC-/Doorstroompuntregio 01-41", examples: ["29"] });
const Period = Type.String({ pattern: "^\\d{4}-\\d{4}$", description: "Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio)" });

export const RegionParams = Params({ region: Region });
export const RegionItemParams = Params({ region: Region, id: Id });
export const PeriodQuery = Query({ period: Type.Optional(Period) });
export const VersionQuery = Query({ period: Type.Optional(Period), version: Version });

export const StartProgramme = Body({
  period: Type.Optional({ ...Period, description: "Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de huidige periode)" }),
  summary: Type.Optional(Type.String({ maxLength: 4000, description: "Samenvatting" })),
});

export const ProgrammeChange = Body({
  version: Version,
  status: Type.Optional(Type.Enum([...PROGRAMME_STATUSES], { type: "string" })),
  summary: Type.Optional(Type.String({ maxLength: 4000 })),
  pupils_in_belgium: Type.Optional(Type.Integer({ minimum: 0, description: "Inwoners die in België naar school gaan" })),
  topic: Type.Optional(Type.String({ description: "Code van een verplicht thema" })),
  agreement: Type.Optional(Type.String({ maxLength: 4000, description: "De afspraak over het thema" })),
  party: Type.Optional(Body({ role: Type.Enum([...PARTY_ROLES], { type: "string" }), code: Type.String({ minLength: 1 }), name: Type.String({ minLength: 1 }) })),
});

const MeasureFields = {
  target_group: Type.Optional(Type.String({ maxLength: 500, description: "Doelgroep" })),
  topic: Type.Optional(Nullable(Type.String({ description: "Code van een thema van het programma, of null" }))),
  budget_eur: Type.Optional(Type.Integer({ minimum: 0, description: "Euro per jaar" })),
  status: Type.Optional(Type.Enum([...MEASURE_STATUSES], { type: "string" })),
};
const MeasureName = Type.String({ minLength: 1, maxLength: 200, description: "Naam van de maatregel" });
export const NewMeasure = Body({ version: Version, name: MeasureName, ...MeasureFields });
export const MeasureChange = Body({ version: Version, name: Type.Optional(MeasureName), ...MeasureFields });

const Year = Type.Integer({ description: "Jaar binnen de periode" });
const Source = Type.String({ minLength: 1, maxLength: 200, description: "Bron, bijvoorbeeld cofinanciering" });
const Amount = Type.Integer({ minimum: 0, description: "Bedrag in euro" });
export const NewBudgetLine = Body({ version: Version, year: Year, source: Source, amount_eur: Amount });
export const BudgetLineChange = Body({ version: Version, year: Type.Optional(Year), source: Type.Optional(Source), amount_eur: Type.Optional(Amount) });

const ProgrammeFields = {
  id: Type.Integer(),
  region: Type.String(),
  region_name: Type.String(),
  period: Type.String(),
  status: Type.Enum([...PROGRAMME_STATUSES], { type: "string" }),
  status_label: Type.String({ description: "De status in woorden" }),
  summary: Type.String(),
  pupils_in_belgium: Type.Integer(),
  version: Type.Integer({ description: "Stuur deze mee met een wijziging" }),
  created_at: DateTime,
  updated_at: DateTime,
};

export const ProgrammeList = Strict({
  items: List(
    Strict({
      ...ProgrammeFields,
      topics_total: Type.Integer({ description: "Aantal verplichte thema's" }),
      topics_agreed: Type.Integer({ description: "Aantal thema's met een afspraak" }),
      measures: Type.Integer({ description: "Aantal maatregelen" }),
      measures_budget_eur: Type.Integer({ description: "Begroting van de maatregelen (euro per jaar)" }),
    }),
  ),
  current_period: Type.String({ description: "De huidige programmaperiode" }),
  start_periods: List(Type.String(), { description: "De perioden waarvoor nu een programma gestart kan worden (de eerste is de huidige)" }),
});

const AdoptedTarget = Strict({
  kind: Type.Enum(["adopted_plan"], { type: "string" }),
  plan_id: Type.Integer(),
  plan_name: Type.String(),
  national_target: Type.Integer(),
  target_year: Type.Integer(),
  definition: DefinitionParam,
  region_target: Type.Integer(),
  note: Type.String(),
});
const ProportionalTarget = Strict({
  kind: Type.Enum(["proportional_share"], { type: "string" }),
  national_target: Type.Integer({ description: "Het landelijke doel, geschaald naar het register" }),
  reference_national_target: Type.Integer({ description: "Het referentiedoel" }),
  target_year: Type.Integer(),
  teljaar: Type.String(),
  definition: DefinitionParam,
  region_target: Type.Integer(),
  note: Type.String(),
});

export const ProgrammeDetail = Strict({
  programme: Strict(ProgrammeFields),
  parties: List(Strict({ role: Type.Enum([...PARTY_ROLES], { type: "string" }), role_label: Type.String(), code: Type.String(), name: Type.String() })),
  topics: List(Strict({ code: Type.String(), title: Type.String(), description: Type.String(), source: Type.String(), agreement: Type.String(), updated_at: DateTime })),
  measures: List(
    Strict({
      id: Type.Integer(),
      name: Type.String(),
      target_group: Type.String(),
      topic: Nullable(Type.String()),
      budget_eur: Type.Integer(),
      status: Type.Enum([...MEASURE_STATUSES], { type: "string" }),
      status_label: Type.String(),
    }),
  ),
  budget_lines: List(Strict({ id: Type.Integer(), year: Type.Integer(), source: Type.String(), amount_eur: Type.Integer() })),
  changes: List(
    Strict({
      id: Type.Integer(),
      at: DateTime,
      actor_id: Nullable(Type.Integer()),
      actor_name: Type.String(),
      what: Type.String({ description: "Wat er gewijzigd is" }),
      details: Type.Record(Type.String(), Type.Unknown(), { description: "De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde" }),
    }),
  ),
  periods: List(Type.String(), { description: "Alle perioden waarvoor de regio een programma heeft, de laatste eerst" }),
  budget: Nullable(
    Strict({
      national_total_eur: Type.Integer(),
      region_vsv: Type.Integer(),
      national_vsv: Type.Integer(),
      teljaar: Type.String(),
      definition: DefinitionParam,
      share_eur: Type.Integer(),
      pupils_in_belgium: Type.Integer(),
      belgium_supplement_eur: Type.Integer(),
      total_eur: Type.Integer(),
      key: Type.String({ description: "De verdeelsleutel" }),
    }),
  ),
  target: Nullable(Type.Union([AdoptedTarget, ProportionalTarget])),
  indicators: Nullable(
    Strict({
      teljaar: Type.String(),
      definition: DefinitionParam,
      stage: StageParam,
      start_population: Nullable(Type.Integer()),
      vsv: Nullable(Type.Integer()),
      vsv_pct: Nullable(Type.Number()),
      change: Nullable(Type.Number()),
      change_pct: Nullable(Type.Number()),
      previous_teljaar: Nullable(Type.String()),
      previous_stage: Nullable(Type.String({ description: "preliminary of definitive" })),
      suppressed: Hidden,
      national_vsv: Nullable(Type.Integer()),
      national_vsv_pct: Nullable(Type.Number()),
    }),
  ),
  figures_unavailable: Nullable(Type.String({ description: "Waarom er geen cijfers bij staan" })),
});

// ---- The national action plan ---------------------------------------------------------------------------------

const ActionStatus = Type.Enum([...ACTION_STATUSES], { type: "string" });
const Progress = Strict({
  line: Type.Integer(),
  actions: Type.Integer(),
  byStatus: Strict({ not_started: Type.Integer(), in_progress: Type.Integer(), done: Type.Integer() }),
  donePct: Type.Integer({ description: "Aandeel afgeronde acties (0–100)" }),
});

export const Action = Strict({
  code: Type.String({ description: "Code, bijvoorbeeld 1.2" }),
  line: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  status: ActionStatus,
  status_label: Type.String(),
  indicator: Type.String(),
  started_on: Nullable(IsoDate),
  due_on: Nullable(IsoDate),
  done_on: Nullable(IsoDate),
  version: Type.Integer({ description: "Stuur deze mee met een wijziging" }),
  updated_at: DateTime,
  updated_by: Nullable(Type.String()),
  notes: List(Strict({ id: Type.Integer(), noted_on: IsoDate, text: Type.String(), author: Type.String() })),
});

export const ActionPlan = Strict({
  statuses: List(Strict({ status: ActionStatus, label: Type.String() })),
  totals: Progress,
  lines: List(Strict({ number: Type.Integer(), title: Type.String(), progress: Progress, actions: List(Action) })),
});

export const ActionParams = Params({ code: Type.String({ pattern: "^[1-9]\\.[1-9][0-9]?$", description: "Code van de actie, bijvoorbeeld 1.2" }) });

export const ActionChange = Body({
  version: Version,
  status: Type.Optional(ActionStatus),
  indicator: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  started_on: Type.Optional(Nullable(IsoDate)),
  due_on: Type.Optional(Nullable(IsoDate)),
  done_on: Type.Optional(Nullable(IsoDate)),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, description: "Een voortgangsnotitie" })),
  noted_on: Type.Optional({ ...IsoDate, description: "Datum van de notitie (standaard: vandaag)" }),
});
