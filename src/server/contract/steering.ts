/**
 * The steering routes' contract (TypeBox): the yearly report, norms, follow-up and target figures. The saved plans,
 * programmes and the action plan are in steering-changes.ts. Each schema is the route's validator, its reply type and
 * its OpenAPI documentation; response objects are allow-lists (Strict).
 */
import { type Static, type TSchema, Type } from "typebox";
import { DISTRIBUTION_METHODS, DEFAULT_BEST_SHARE } from "../../domain/steering/target-distribution.js";
import { MBO_WORK_BREAKDOWNS } from "../../engine/steering-follow-up.js";
import { DEFINITIONS } from "../../domain/definition.js";
import { DefinitionParam, Format, Query, SelectionQuery, StageParam } from "./params.js";
import { DateText, Hideable, Strict } from "./responses.js";

/** An array whose TS type is readonly (the stores and domain hand out readonly arrays). */
export const List = <T extends TSchema>(items: T, options: { description?: string } = {}) => Type.Unsafe<readonly Static<T>[]>(Type.Array(items, options));

/** The fields of a row that are hidden (small counts and what would reveal them), docs/privacy-public.md. */
export const Hidden = List(Type.String(), { description: "Velden die zijn afgeschermd (kleine aantallen)" });

/** A number or null (not applicable, or hidden and named in `suppressed`). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Pct = (description = "Percentage (2 decimalen)") => Hideable(Type.Number({ description }));
const Count = (description: string) => Hideable(Type.Integer({ description }));

// ---- The yearly report ----------------------------------------------------------------------------------------

export const ReportQuery = Query(SelectionQuery);
/** A file's bytes (a Buffer the serializer passes through). */
export const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });

// ---- Norms ----------------------------------------------------------------------------------------------------

const NormTeljaar = Type.String({ description: "Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatste met definitieve cijfers)", examples: ["2023-2024"] });

export const NormsQuery = Query({
  ...SelectionQuery,
  teljaar: Type.Optional(NormTeljaar),
  sector: Type.Optional(Type.Enum(["mbo", "vo"], { type: "string", description: "mbo (normen per niveau, standaard) of vo (normen per categorie)" })),
  institution: Type.Optional(Type.String({ description: "Alleen deze instelling (BRIN, bijvoorbeeld 27GZ)" })),
  met: Type.Optional(Type.Boolean({ description: "Alleen rijen die hun norm haalden (true) of niet haalden (false); afgeschermde uitkomsten horen bij geen van beide" })),
  format: Type.Optional(Format),
});

export const SingledOutQuery = Query({
  ...SelectionQuery,
  teljaar: Type.Optional(NormTeljaar),
  base: Type.Optional(Type.String({ description: "Basisteljaar van de daling (standaard: het teljaar ervoor)", examples: ["2022-2023"] })),
  format: Type.Optional(Format),
});

const NormReference = Strict({
  group: Type.String({ description: "mbo-niveau (1–4) of vo-categorie" }),
  norm: Type.Number({ description: "Norm: hoogste vsv-percentage" }),
  source: Type.String({ description: "Bron van de norm" }),
});

export const NormRow = Strict({
  institution: Type.String({ description: "BRIN van de instelling" }),
  name: Nullable(Type.String({ description: "Naam van de instelling" })),
  level: Type.Optional(Type.String({ description: "mbo-niveau (alleen sector mbo)" })),
  category: Type.Optional(Type.String({ description: "vo-categorie (alleen sector vo)" })),
  start_population: Count("Startpopulatie"),
  vsv: Count("Aantal nieuwe vsv'ers"),
  vsv_pct: Pct("Vsv-percentage"),
  norm: Type.Number({ description: "De norm (hoogste vsv-percentage)" }),
  met: Hideable(Type.Boolean({ description: "Norm gehaald" })),
  fewer_needed: Count("Zoveel vsv'ers minder waren nodig geweest om de norm te halen"),
  suppressed: Hidden,
});

const NormSummary = Strict({
  per_group: List(
    Strict({
      group: Type.String(),
      name: Type.String({ description: "Naam van het niveau of de categorie" }),
      norm: Type.Number(),
      institutions: Type.Integer({ description: "Aantal instellingen met deze groep" }),
      met: Type.Integer({ description: "Aantal dat de norm haalde" }),
      not_met: Type.Integer({ description: "Aantal dat de norm niet haalde" }),
      unknown: Type.Integer({ description: "Aantal met een afgeschermde uitkomst" }),
    }),
  ),
  institutions: Type.Integer({ description: "Aantal instellingen" }),
  meeting_all: Type.Integer({ description: "Instellingen die al hun normen haalden" }),
  not_meeting_all: Type.Integer({ description: "Instellingen die minstens één norm niet haalden" }),
  unknown: Type.Integer({ description: "Instellingen zonder gemiste norm maar met een afgeschermde uitkomst" }),
});

export const Norms = Strict({
  teljaar: Type.String(),
  definition: DefinitionParam,
  stage: StageParam,
  sector: Type.Enum(["mbo", "vo"], { type: "string" }),
  norms: List(NormReference),
  summary: NormSummary,
  rows: List(NormRow),
});

const Rule = Type.Union([
  Strict({
    kind: Type.Enum(["high_dropout"], { type: "string" }),
    id: Type.String(),
    above_pct: Type.Number({ description: "Meer dan dit vsv-percentage" }),
    min_vsv: Type.Integer({ description: "Minstens zoveel vsv'ers" }),
    above_national: Type.Boolean({ description: "En boven het landelijke percentage van de sector" }),
    description_nl: Type.String(),
    source: Type.String(),
  }),
  Strict({
    kind: Type.Enum(["best_reducer"], { type: "string" }),
    id: Type.String(),
    min_reduction_pct: Type.Number({ description: "Meer dan dit percentage minder vsv'ers dan in het basisteljaar" }),
    below_national: Type.Boolean({ description: "En nu onder het landelijke percentage van de sector" }),
    description_nl: Type.String(),
    source: Type.String(),
  }),
]);

export const SingledOut = Strict({
  teljaar: Type.String(),
  definition: DefinitionParam,
  stage: StageParam,
  base_teljaar: Nullable(Type.String({ description: "Basisteljaar van de daling (null: er is geen eerder berekend teljaar)" })),
  base_stage: Nullable(StageParam),
  sector: Type.Enum(["mbo"], { type: "string" }),
  national: Strict({ start_population: Count("Landelijke startpopulatie mbo"), vsv: Count("Landelijk aantal vsv'ers mbo"), vsv_pct: Pct("Landelijk vsv-percentage mbo"), suppressed: Hidden }),
  rules: List(Rule, { description: "De regels uit de Kamerbrief van 2014" }),
  rows: List(
    Strict({
      institution: Type.String(),
      name: Nullable(Type.String()),
      start_population: Count("Startpopulatie"),
      vsv: Count("Aantal vsv'ers"),
      vsv_pct: Pct("Vsv-percentage"),
      base_vsv: Count("Aantal vsv'ers in het basisteljaar"),
      reduction_pct: Pct("Daling ten opzichte van het basisteljaar (%)"),
      rules: List(Type.String(), { description: "De regels (id) waar de instelling aan voldoet" }),
      suppressed: Hidden,
    }),
  ),
});

// ---- Follow-up ------------------------------------------------------------------------------------------------

const FollowUpTeljaar = Type.String({ description: "Teljaar waarvan de vsv'ers of verlaters gevolgd worden (standaard: het laatste dat kan)", examples: ["2022-2023"] });
const ByRegion = Type.Enum(["region"], { type: "string", description: "region: ook per RMC-regio" });

export const FollowUpQuery = Query({ teljaar: Type.Optional(FollowUpTeljaar), by: Type.Optional(ByRegion), format: Type.Optional(Format) });
export const MboWorkQuery = Query({
  teljaar: Type.Optional(FollowUpTeljaar),
  by: Type.Optional(Type.Enum([...MBO_WORK_BREAKDOWNS], { type: "string", default: "labour_market_region", description: "Uitsplitsing: arbeidsmarktregio (standaard), opleiding of niveau" })),
  format: Type.Optional(Format),
});
export const NeetQuery = Query({
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200, description: "Jaar van de peildatum 1 oktober (standaard: het laatste beschikbare)" })),
  by: Type.Optional(ByRegion),
  format: Type.Optional(Format),
});
export const FollowUpTeljaarQuery = Query({ teljaar: Type.Optional(FollowUpTeljaar), format: Type.Optional(Format) });

const Area = {
  code: Nullable(Type.String({ description: "NL (landelijk), de code van de regio, of null (onbekend)" })),
  name: Nullable(Type.String({ description: "Naam" })),
};

/** A count with its share: `<field>` and `<field>_pct`. */
function counted<F extends string>(field: F, what: string, of: string) {
  return { [field]: Count(what), [`${field}_pct`]: Pct(`${what}, als percentage van ${of}`) } as { [K in F]: ReturnType<typeof Count> } & { [K in `${F}_pct`]: ReturnType<typeof Pct> };
}

export const FollowUp = Strict({
  teljaar: Type.String(),
  teljaren: List(Type.String(), { description: "De teljaren die gevolgd kunnen worden" }),
  pending: List(Strict({ teljaar: Type.String(), date: DateText({ description: "Peildatum van de vervolgmeting (nog niet in het register)" }) }), { description: "Latere teljaren die nog niet gevolgd kunnen worden" }),
  definition: DefinitionParam,
  stage: StageParam,
  date: DateText({ description: "Peildatum: 1 oktober van jaar t+2" }),
  situations: List(Type.String(), { description: "De velden van de situaties, in volgorde" }),
  rows: List(
    Strict({
      ...Area,
      vsv: Count("Aantal vsv'ers van het teljaar"),
      sk: Count("Startkwalificatie behaald"),
      sk_pct: Pct("Startkwalificatie behaald (% van de vsv'ers)"),
      education: Count("Weer in het onderwijs"),
      education_pct: Pct("Weer in het onderwijs (%)"),
      work: Count("Werkt 12 uur of meer per week"),
      work_pct: Pct("Werkt (%)"),
      deceased_emigrated: Count("Overleden of geëmigreerd"),
      deceased_emigrated_pct: Pct("Overleden of geëmigreerd (%)"),
      still_vsv: Count("Nog steeds vsv'er"),
      still_vsv_pct: Pct("Nog steeds vsv'er (%)"),
      suppressed: Hidden,
    }),
  ),
  reference: Strict(
    {
      teljaar: Type.String(),
      source: Type.String(),
      shares: List(
        Strict({
          category: Type.String(),
          label: Type.String(),
          pct: Type.Number({ description: "Aandeel in de Kamerbrief van 2014" }),
          ours: List(Type.String(), { description: "De situaties die samen deze categorie vormen" }),
          ours_pct: Pct("Ons aandeel (%)"),
        }),
      ),
    },
    { description: "Vergelijking met de Kamerbrief van 2014" },
  ),
});

export const MboWork = Strict({
  teljaar: Type.String(),
  date: DateText({ description: "Peildatum van het werk" }),
  by: Type.Enum([...MBO_WORK_BREAKDOWNS], { type: "string" }),
  rows: List(
    Strict({
      ...Area,
      leavers: Count("Mbo-verlaters"),
      ...counted("working", "Werkt 12 uur of meer", "de verlaters"),
      with_sk_leavers: Count("Verlaters met startkwalificatie"),
      ...counted("with_sk_working", "Met startkwalificatie en werk", "de verlaters met startkwalificatie"),
      without_sk_leavers: Count("Verlaters zonder startkwalificatie"),
      ...counted("without_sk_working", "Zonder startkwalificatie en met werk", "de verlaters zonder startkwalificatie"),
      suppressed: Hidden,
    }),
  ),
});

export const Neet = Strict({
  year: Type.Integer(),
  date: DateText({ description: "Peildatum 1 oktober" }),
  years: List(Type.Integer(), { description: "De beschikbare jaren" }),
  rows: List(Strict({ ...Area, population: Count("Jongeren in de leeftijdsgroep"), ...counted("neet", "Zonder school en werk", "de jongeren"), suppressed: Hidden })),
});

export const Vulnerable = Strict({
  teljaar: Type.String(),
  date: DateText({ description: "Peildatum van de vervolgmeting" }),
  rows: List(
    Strict({
      group: Type.String({ description: "vso, pro, entree, mbo2_bol of total" }),
      pupils: Count("Leerlingen"),
      stayed: Count("Gebleven"),
      leavers: Count("Verlaters"),
      ...counted("education", "In het onderwijs", "de verlaters"),
      ...counted("work", "Aan het werk", "de verlaters"),
      ...counted("neither", "Geen van beide", "de verlaters"),
      suppressed: Hidden,
    }),
  ),
});

export const Transitions = Strict({
  teljaar: Type.String(),
  definition: DefinitionParam,
  vso_mbo: List(
    Strict({
      level: Type.String({ description: "entree, mbo2 of total" }),
      origin: Type.String({ description: "vso, pro, other of total" }),
      start_population: Count("Startpopulatie"),
      vsv: Count("Aantal vsv'ers"),
      vsv_pct: Pct("Vsv-percentage"),
      suppressed: Hidden,
    }),
  ),
  vmbo_mbo: List(
    Strict({
      vmbo_level: Type.String({ description: "VMBO-GT, VMBO-KB, VMBO-BB of total" }),
      graduates: Count("Gediplomeerden vmbo"),
      ...counted("mbo_stayed", "In het mbo gebleven", "de gediplomeerden"),
      ...counted("mbo_left_first_year", "Het mbo in het eerste jaar verlaten", "de gediplomeerden"),
      ...counted("other_education", "Ander onderwijs", "de gediplomeerden"),
      ...counted("no_education", "Geen onderwijs", "de gediplomeerden"),
      suppressed: Hidden,
    }),
  ),
});

// ---- Targets --------------------------------------------------------------------------------------------------

export const TargetYear = Type.Integer({ minimum: 2000, maximum: 2100, description: "Jaar van het landelijke doel (reference/targets.csv: 2016, 2026, 2030); standaard het laatste referentiedoel" });
export const Method = Type.Enum([...DISTRIBUTION_METHODS], { type: "string", description: "proportional (naar rato, standaard), equal_reduction, convergence of manual" });
export const TargetDefinition = Type.Enum([...DEFINITIONS], { type: "integer", description: "23 of 27 (standaard: de definitie van het referentiedoel)" });
export const BaseTeljaar = Type.String({ description: "Het teljaar waar de regio's van uitgaan (standaard: het laatst berekende)", examples: ["2023-2024"] });
export const NationalTargetParam = Type.Integer({ minimum: 0, description: "Het landelijke doel om te verdelen (standaard: het referentiedoel, geschaald als het register niet heel Nederland is)" });
export const BestShare = Type.Number({ exclusiveMinimum: 0, maximum: 1, description: `convergence: het aandeel beste regio's waarvan het percentage de maatstaf is (standaard ${DEFAULT_BEST_SHARE})` });

export const DistributionQuery = Query({
  targetYear: Type.Optional(TargetYear),
  definition: Type.Optional(TargetDefinition),
  baseTeljaar: Type.Optional(BaseTeljaar),
  method: Type.Optional(Method),
  target: Type.Optional(NationalTargetParam),
  bestShare: Type.Optional(BestShare),
  targets: Type.Optional(Type.String({ description: "manual: de doelen van de regio's als regio:doel, bijvoorbeeld 01:120,02:80 (elke regio één keer, samen het landelijke doel)" })),
  format: Type.Optional(Format),
});
export const TargetQuery = Query({ targetYear: Type.Optional(TargetYear), definition: Type.Optional(TargetDefinition), target: Type.Optional(NationalTargetParam), format: Type.Optional(Format) });

const PathPoint = Strict({ year: Type.Integer({ description: "Kalenderjaar (eindjaar van het teljaar)" }), teljaar: Type.String(), target: Type.Integer({ description: "Het doel in dat teljaar" }) });
const Path = List(PathPoint);
const Gap = Strict({
  teljaar: Type.String(),
  path: Type.Number({ description: "Waarde van het pad in dat teljaar" }),
  actual: Type.Integer({ description: "Werkelijk aantal vsv'ers" }),
  gap: Type.Number({ description: "Werkelijk min pad: boven 0 zijn er meer vsv'ers dan het pad toestaat" }),
  on_track: Type.Boolean({ description: "Op koers" }),
});
const TargetSource = Type.Enum(["given", "reference", "reference_scaled"], { type: "string", description: "Opgegeven, het referentiedoel, of het referentiedoel geschaald naar de grootte van het register" });

export const Distribution = Strict({
  target_year: Type.Integer(),
  target_teljaar: Type.String(),
  definition: DefinitionParam,
  base_teljaar: Type.String(),
  base_stage: StageParam,
  latest_teljaar: Type.String(),
  method: Method,
  parameters: Strict({ best_share: Type.Optional(Type.Number()) }, { description: "De parameters van de methode" }),
  benchmark_pct: Type.Optional(Type.Number({ description: "convergence: het maatstafpercentage" })),
  convergence: Type.Optional(Type.Number({ description: "convergence: hoe ver (0–1) elke regio boven de maatstaf ernaartoe beweegt" })),
  national: Strict({
    target: Type.Integer({ description: "Het landelijke doel" }),
    reference_target: Nullable(Type.Integer({ description: "Het referentiedoel" })),
    target_source: TargetSource,
    scale: Nullable(Type.Number({ description: "Schaal van het register (null: niet geschaald)" })),
    scaled_on: List(Type.String(), { description: "De teljaren waarop de schaal is berekend" }),
    current: Type.Integer({ description: "Huidig aantal vsv'ers" }),
    reduction: Type.Integer({ description: "Benodigde daling" }),
    reduction_pct: Nullable(Type.Number()),
    path: Path,
    gap: Nullable(Gap),
  }),
  rows: List(
    Strict({
      region: Type.String({ description: "RMC-regio" }),
      name: Nullable(Type.String()),
      start_population: Count("Startpopulatie in het basisteljaar"),
      vsv: Count("Aantal vsv'ers in het basisteljaar"),
      vsv_pct: Pct("Vsv-percentage in het basisteljaar"),
      target: Count("Het doel van de regio"),
      target_pct: Pct("Het doel als percentage van de startpopulatie"),
      reduction: Count("Benodigde daling"),
      reduction_pct: Pct("Benodigde daling (%)"),
      trajectory: Nullable(Path),
      gap: Nullable(Gap),
      suppressed: Hidden,
    }),
  ),
});

export const Gaps = Strict({
  plan: Strict({
    source: Type.Enum(["adopted", "default_proportional"], { type: "string", description: "Het vastgestelde plan, of de standaardverdeling naar rato" }),
    id: Nullable(Type.Integer()),
    name: Nullable(Type.String()),
    method: Method,
    base_teljaar: Type.String(),
    national_target: Type.Integer(),
    adopted_at: Nullable(Type.Unsafe<Date | string>({ type: "string", format: "date-time" })),
  }),
  target_year: Type.Integer(),
  definition: DefinitionParam,
  teljaar: Type.String({ description: "Het laatst berekende teljaar" }),
  national: Strict({ path: Path, actual: Nullable(Type.Integer()), gap: Nullable(Type.Number()), on_track: Nullable(Type.Boolean()) }),
  rows: List(
    Strict({
      region: Type.String(),
      name: Nullable(Type.String()),
      path: Hideable(Type.Number({ description: "Waarde van het pad" })),
      actual: Hideable(Type.Integer({ description: "Werkelijk aantal vsv'ers" })),
      gap: Hideable(Type.Number({ description: "Werkelijk min pad" })),
      on_track: Hideable(Type.Boolean({ description: "Op koers" })),
      suppressed: Hidden,
    }),
  ),
});

const Interval = {
  pi80_low: Type.Integer({ description: "Ondergrens 80%-voorspellingsinterval" }),
  pi80_high: Type.Integer({ description: "Bovengrens 80%-voorspellingsinterval" }),
  pi95_low: Type.Integer({ description: "Ondergrens 95%-voorspellingsinterval" }),
  pi95_high: Type.Integer({ description: "Bovengrens 95%-voorspellingsinterval" }),
};

export const Projection = Strict({
  definition: DefinitionParam,
  target: Strict({ year: Type.Integer(), teljaar: Type.String(), value: Type.Integer({ description: "Het landelijke doel" }), source: TargetSource, reference: Nullable(Type.Integer()) }),
  series: List(Strict({ teljaar: Type.String(), stage: StageParam, vsv: Nullable(Type.Integer({ description: "Landelijk aantal vsv'ers (null: klein aantal)" })) })),
  fit: Strict({ from: Type.String(), to: Type.String(), n: Type.Integer(), slope: Type.Number(), intercept: Type.Number(), residual_sd: Type.Number() }, { description: "De trendlijn (kleinste kwadraten)" }),
  fitted: List(Strict({ teljaar: Type.String(), value: Type.Number() })),
  projections: List(Strict({ year: Type.Integer(), teljaar: Type.String(), value: Type.Integer({ description: "Voorspeld aantal vsv'ers" }), ...Interval })),
  at_target: Strict({ value: Type.Integer(), ...Interval }, { description: "De voorspelling in het doeljaar" }),
  verdict: Type.Enum(["likely_met", "likely_not_met", "uncertain"], { type: "string", description: "Waarschijnlijk gehaald, waarschijnlijk niet gehaald, of onzeker" }),
});
