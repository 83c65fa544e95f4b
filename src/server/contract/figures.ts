/**
 * The contract of the public figures (/series, /figures, /regions, /municipalities, /institutions, /compare,
 * /rankings, /targets, /norms, /geo): one TypeBox schema per answer, an allow-list of every field the routes
 * return. The figure fields every row shares are `FigureFields`; a row split by breakdowns adds the breakdown's
 * columns (`DimensionColumns`).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { type Static, type TSchema, Type } from "typebox";
import { DIMENSIONS } from "../../engine/dimensions.js";
import { PAGE_BREAKDOWNS } from "../../service/area-pages.js";
import { type ExportTable, send } from "../export.js";
import { DEFINITIONS, STAGES } from "../../domain/definition.js";
import { fieldLabel } from "../../domain/labels/fields.js";
import { CompareKind } from "./params.js";
import { Hideable, Strict, Suppressed } from "./responses.js";

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (description?: string) => Type.String(description ? { description } : {});

/** The figure fields of a row (docs/privacy-public.md: a hidden count is null and named in `suppressed`). */
export const FigureFields = {
  start_population: Hideable(Type.Integer({ description: "Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober" })),
  vsv: Hideable(Type.Integer({ description: "Aantal nieuwe vsv'ers" })),
  vsv_pct: Hideable(Type.Number({ description: "Nieuwe vsv'ers als percentage van de startpopulatie" })),
  previous_teljaar: Nullable(Text("Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd)")),
  previous_stage: Nullable(Text("Fase van de cijfers van het vorige teljaar")),
  previous_start_population: Hideable(Type.Integer({ description: "Startpopulatie in het vorige teljaar" })),
  previous_vsv: Hideable(Type.Integer({ description: "Aantal nieuwe vsv'ers in het vorige teljaar" })),
  previous_vsv_pct: Hideable(Type.Number({ description: "Vsv-percentage in het vorige teljaar" })),
  change: Hideable(Type.Integer({ description: "Verschil in aantal nieuwe vsv'ers met het vorige teljaar" })),
  change_pct: Hideable(Type.Number({ description: "Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage" })),
  suppressed: Suppressed,
};

/** The value of a breakdown in a row: a code or number, null for "onbekend". */
const DimensionValue = Type.Union([Type.String(), Type.Number(), Type.Null()]);

/** The columns a breakdown adds to a row: its value, and its name where it has one (region → region_name). */
export const DimensionColumns = Object.fromEntries(
  DIMENSIONS.flatMap((d) => [
    [d.name, Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Null()], { description: `${fieldLabel(d.name)} (uitsplitsing ${d.name}; null: onbekend)` }))],
    ...(d.label ? [[`${d.name}_name`, Type.Optional(Type.Union([Type.String(), Type.Null()], { description: fieldLabel(`${d.name}_name`) }))]] : []),
  ]),
) as Record<string, ReturnType<typeof Type.Optional<typeof DimensionValue>>>;

/** A row of a table split by breakdowns: the breakdown columns asked for, then the figures. */
export const FigureRow = Strict({ ...DimensionColumns, ...FigureFields }, { description: "Rij met de gevraagde uitsplitsingen en de cijfers" });

/** A figure without breakdown columns (the figure of one area). */
export const Figure = Strict(FigureFields, { description: "Het cijfer van het gebied in het gekozen teljaar" });

const Teljaar = Text("Teljaar, bijvoorbeeld 2023-2024");
/** The definition and stage in an answer (the parameters' schemas, described as values). */
const Definition = Type.Enum([...DEFINITIONS], { type: "integer", description: "Leeftijdsgrens: jonger dan 23 of 27" });
const Stage = Type.Enum([...STAGES], { type: "string", description: "Fase: preliminary (voorlopig) of definitive (definitief)" });
const Selected = { teljaar: Teljaar, definition: Definition, stage: Stage };

/** One teljaar of an area's series. */
export const SeriesPoint = Strict({
  teljaar: Teljaar,
  stage: Text("Fase van de cijfers van dat teljaar"),
  start_population: FigureFields.start_population,
  vsv: FigureFields.vsv,
  vsv_pct: FigureFields.vsv_pct,
  suppressed: Suppressed,
});

/** A row of an area's breakdown named by its own code and name (the municipalities of a region, locations of an institution). */
export const CodedRow = Strict({ code: Nullable(Text("Code")), name: Nullable(Text("Naam")), ...DimensionColumns, ...FigureFields });

/** What every area page shows: the selection, the figure, the series over all teljaren and the published breakdowns. */
export const AreaPage = {
  ...Selected,
  figure: Nullable(Figure),
  series: Type.Array(SeriesPoint, { description: "Het gebied in elk berekend teljaar (standaardfase)" }),
  breakdowns: Strict(
    Object.fromEntries(PAGE_BREAKDOWNS.map((b) => [b, Type.Optional(Type.Array(FigureRow, { description: `Het gebied uitgesplitst naar ${b} (alleen als die uitsplitsing gepubliceerd wordt)` }))])) as Record<
      (typeof PAGE_BREAKDOWNS)[number],
      ReturnType<typeof Type.Optional<ReturnType<typeof Type.Array<typeof FigureRow>>>>
    >,
    { description: "Uitsplitsingen van het gebied" },
  ),
};

/** The list fields of a region, municipality or institution (list pages and rankings). */
const ListFigure = {
  start_population: FigureFields.start_population,
  vsv: FigureFields.vsv,
  vsv_pct: FigureFields.vsv_pct,
  change: FigureFields.change,
  change_pct: FigureFields.change_pct,
  previous_teljaar: FigureFields.previous_teljaar,
  previous_stage: FigureFields.previous_stage,
  suppressed: Suppressed,
};

const Named = Strict({ code: Text("Code"), name: Text("Naam") });

export const RegionRow = Strict({ code: Text("RMC-regionummer (01-41)"), name: Text("Naam van de regio"), ...ListFigure });
export const MunicipalityRow = Strict({
  code: Text("CBS-gemeentecode"),
  name: Text("Naam van de gemeente"),
  region: Text("RMC-regio van de gemeente"),
  region_name: Text("Naam van de regio"),
  ...ListFigure,
});
export const InstitutionRow = Strict({
  code: Text("BRIN"),
  name: Nullable(Text("Naam van de instelling")),
  kind: Nullable(Text("Soort instelling")),
  municipality: Nullable(Text("Gemeente van de vestiging van het bestuur (CBS-code)")),
  region: Nullable(Text("RMC-regio waar de instelling gevestigd is")),
  ...ListFigure,
});

export const TargetRow = Strict({
  scope: Text("national"),
  year: Type.Integer({ description: "Jaar van het doel" }),
  teljaar: Teljaar,
  definition: Type.Enum([...DEFINITIONS], { type: "integer", description: "Definitie (leeftijdsgrens) van het doel" }),
  target: Type.Integer({ description: "Hoogstens zoveel nieuwe vsv'ers" }),
  source: Text("Bron"),
});

export const SeriesAnswer = Strict({
  definitions: Type.Array(Definition, { description: "De definities in de reeks" }),
  rows: Type.Array(
    Strict({
      teljaar: Teljaar,
      definition: Definition,
      stage: Stage,
      official: Type.Boolean({ description: "Is dit de officiële definitie van het teljaar?" }),
      start_population: FigureFields.start_population,
      vsv: FigureFields.vsv,
      vsv_pct: FigureFields.vsv_pct,
      vo_vsv: Hideable(Type.Integer({ description: "Nieuwe vsv'ers uit het vo" })),
      vo_vsv_pct: Hideable(Type.Number({ description: "Vsv-percentage in het vo" })),
      mbo_vsv: Hideable(Type.Integer({ description: "Nieuwe vsv'ers uit het mbo" })),
      mbo_vsv_pct: Hideable(Type.Number({ description: "Vsv-percentage in het mbo" })),
      suppressed: Suppressed,
    }),
  ),
  targets: Type.Array(TargetRow, { description: "De landelijke doelen" }),
  published: Type.Array(
    Strict({
      teljaar: Teljaar,
      sector: Text("total, vo of mbo"),
      new_vsv: Nullable(Type.Integer({ description: "Gepubliceerd aantal nieuwe vsv'ers" })),
      vsv_pct: Nullable(Type.Number({ description: "Gepubliceerd vsv-percentage" })),
      stage: Text("Fase"),
      definition: Text("Definitie zoals de bron die noemt"),
      source: Text("Bron"),
    }),
    { description: "De eerder gepubliceerde landelijke reeks (bronnen)" },
  ),
});


export const FiguresAnswer = Strict({
  ...Selected,
  by: Type.Array(Text(), { description: "De uitsplitsingen van de tabel (in vaste volgorde)" }),
  filter: Strict(
    {
      region: Type.Optional(Text()),
      municipality: Type.Optional(Text()),
      institution: Type.Optional(Text()),
      location: Type.Optional(Text()),
    },
    { description: "De gekozen regio, gemeente, instelling of vestiging" },
  ),
  total: Nullable(FigureRow),
  rows: Type.Array(FigureRow),
});

export const RegionsAnswer = Strict({ ...Selected, rows: Type.Array(RegionRow) });
export const RegionAnswer = Strict({
  code: Text("RMC-regionummer"),
  name: Text("Naam van de regio"),
  ...AreaPage,
  municipalities: Type.Array(CodedRow, { description: "De gemeenten van de regio" }),
  institutions: Type.Array(InstitutionRow, { description: "Instellingen gevestigd in de regio, grootste eerst; hun cijfers tellen al hun studenten, waar die ook wonen" }),
});

export const MunicipalitiesAnswer = Strict({ ...Selected, region: Nullable(Text("De gekozen regio")), rows: Type.Array(MunicipalityRow) });
export const MunicipalityAnswer = Strict({ code: Text("CBS-gemeentecode"), name: Text("Naam van de gemeente"), region: Named, ...AreaPage });

export const NormRow = Strict({
  level: Text("mbo-niveau"),
  norm: Type.Number({ description: "Norm: hoogstens dit vsv-percentage" }),
  start_population: FigureFields.start_population,
  vsv: FigureFields.vsv,
  vsv_pct: FigureFields.vsv_pct,
  norm_met: Nullable(Type.Boolean({ description: "Voldoet de instelling aan de norm? (null: onbekend, het percentage is afgeschermd)" })),
  suppressed: Suppressed,
});

export const InstitutionsAnswer = Strict({ ...Selected, region: Nullable(Text("De gekozen regio")), rows: Type.Array(InstitutionRow) });
export const InstitutionAnswer = Strict({
  code: Text("BRIN"),
  name: Text("Naam van de instelling"),
  kind: Text("Soort instelling"),
  municipality: Text("Gemeente waar de instelling gevestigd is (CBS-code)"),
  municipality_name: Nullable(Text("Naam van die gemeente")),
  region: Nullable(Named),
  ...AreaPage,
  locations: Type.Array(CodedRow, { description: "De vestigingen" }),
  norms: Nullable(Type.Array(NormRow, { description: "mbo: de norm per niveau (null: geen mbo of geen normen voor het teljaar)" })),
});
export const LocationAnswer = Strict({
  code: Text("Vestigingscode"),
  name: Text("Naam van de vestiging"),
  institution: Named,
  municipality: Text("Gemeente van de vestiging (CBS-code)"),
  ...AreaPage,
});

export const CompareAnswer = Strict({
  kind: CompareKind,
  definition: Definition,
  from: Teljaar,
  to: Teljaar,
  items: Type.Array(Strict({ code: Text("Code"), name: Text("Naam"), series: Type.Array(SeriesPoint) })),
});

export const RankingSort = Type.Enum(["vsv_pct", "vsv", "change"], { type: "string", description: "Sorteren op vsv-percentage (standaard), aantal of verschil" });
export const RankingOrder = Type.Enum(["asc", "desc"], { type: "string", description: "Oplopend of aflopend (standaard)" });
export const RankingsAnswer = Strict({
  kind: Type.Enum(["region", "municipality", "institution"], { type: "string" }),
  ...Selected,
  sort: RankingSort,
  order: RankingOrder,
  rows: Type.Array(
    Strict({
      rank: Nullable(Type.Integer({ description: "Plaats (null: de waarde is afgeschermd; die rijen staan achteraan)" })),
      code: Text("Code"),
      name: Nullable(Text("Naam")),
      start_population: FigureFields.start_population,
      vsv: FigureFields.vsv,
      vsv_pct: FigureFields.vsv_pct,
      change: FigureFields.change,
      change_pct: FigureFields.change_pct,
      suppressed: Suppressed,
    }),
  ),
});

export const TargetsAnswer = Strict({ rows: Type.Array(TargetRow) });
export const NormsAnswer = Strict({
  teljaar: Nullable(Text("Het gekozen teljaar (null: alle)")),
  rows: Type.Array(Strict({ teljaar: Teljaar, level: Text("mbo-niveau"), norm: Type.Number({ description: "Hoogstens dit vsv-percentage" }), source: Text("Bron") })),
});

/** A TopoJSON topology (https://github.com/topojson/topojson-specification). */
export const Topology = Strict(
  {
    type: Type.Enum(["Topology"], { type: "string" }),
    bbox: Type.Optional(Type.Array(Type.Number())),
    transform: Type.Optional(Strict({ scale: Type.Array(Type.Number()), translate: Type.Array(Type.Number()) })),
    objects: Type.Record(Type.String(), Type.Unknown(), { description: "De lagen; elk object heeft properties statcode (MC21, GM0363, AM18) en statnaam" }),
    arcs: Type.Array(Type.Array(Type.Array(Type.Number()))),
  },
  { description: "TopoJSON (WGS84; bron CBS / PDOK)" },
);

/** The kinds of /compare and /rankings as a download's title names them. */
export const KIND_PLURAL_NL: Readonly<Record<Static<typeof CompareKind>, string>> = { region: "RMC-regio's", municipality: "gemeenten", institution: "instellingen", location: "vestigingen" };

/**
 * `send` (src/server/export.ts) typed with the JSON answer: the route's return type is checked against its response
 * schema; a download (CSV, xlsx) is written by `send` itself and passes as the same type.
 */
export function answer<T>(request: FastifyRequest, reply: FastifyReply, body: T, table: () => ExportTable): Promise<T> {
  return send(request, reply, body, table) as Promise<T>;
}
