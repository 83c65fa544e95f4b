/**
 * The report's tables, once, for both the PDF and the workbook: per table its section, title, columns (with what
 * kind of value each holds) and rows. A cell holds the value and whether suppression hid it.
 */
import { FOLLOW_UP_SITUATIONS } from "../domain/steering/follow-up.js";
import { actionPlanNote } from "./report-action-plan.js";
import { dateNl, definitionNl, scaleText, STAGE_NL } from "./report-format.js";
import type { NamedFigure, YearlyReport } from "./report-data.js";
import { OFFICIAL_DEFINITION_CHANGE, targetsMethod, targetStatus } from "./report-notes.js";

/**
 * count: a count of people (suppressed: "x"); number: any other whole number (targets, institutions);
 * pct: a percentage; change: a signed difference; change_pct: a signed percentage; text; yesno.
 */
export type ColumnKind = "text" | "count" | "number" | "pct" | "change" | "change_pct" | "yesno";

export interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Long text: takes the free width in the PDF. */
  readonly wide?: boolean;
}

export interface Cell {
  readonly value: string | number | boolean | null;
  readonly suppressed?: boolean;
}

export interface ReportTable {
  /** Sheet name in the workbook (at most 31 characters). */
  readonly sheet: string;
  /** The section it belongs to (its number in the PDF). */
  readonly section: SectionId;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** What to read first: a paragraph before the table in the PDF, the start of the note row in the workbook. */
  readonly lead?: string;
  readonly note?: string;
}

export type SectionId = "series" | "vo_mbo" | "regions" | "levels" | "norms" | "follow_up" | "action_plan";

export const SECTION_TITLES: Record<SectionId, string> = {
  series: "Landelijke reeks en doelen",
  vo_mbo: "Voortgezet onderwijs en mbo",
  regions: "Per RMC-regio",
  levels: "Per onderwijssoort en mbo-niveau",
  norms: "Doelen en prestatienormen",
  follow_up: "Een jaar later",
  action_plan: "Stand van het actieplan vsv",
};

/** Section numbers as they appear in the PDF. */
export const SECTION_ORDER: readonly SectionId[] = ["series", "vo_mbo", "regions", "levels", "norms", "follow_up", "action_plan"];

const cell = (value: Cell["value"], suppressed = false): Cell => ({ value, suppressed });
const hidden = (f: { suppressed: readonly string[] }, field: string) => f.suppressed.includes(field);

const FIGURE_COLUMNS: readonly Column[] = [
  { header: "Startpopulatie", kind: "count" },
  { header: "Nieuwe vsv'ers", kind: "count" },
  { header: "Vsv-percentage", kind: "pct" },
  { header: "Verschil met vorig teljaar", kind: "change" },
  { header: "Verschil in %", kind: "change_pct" },
];

function figureCells(f: NamedFigure): Cell[] {
  return [
    cell(f.start_population, hidden(f, "start_population")),
    cell(f.vsv, hidden(f, "vsv")),
    cell(f.vsv_pct, hidden(f, "vsv_pct")),
    cell(f.change, hidden(f, "change")),
    cell(f.change_pct, hidden(f, "change_pct")),
  ];
}

/**
 * Each target against the count of its own teljaar (never against another teljaar's): on a synthetic sample the
 * target is first scaled to the sample.
 */
function targetTable(r: YearlyReport): ReportTable {
  const scale = r.source.synthetic_scale;
  const sample = scale !== null && scale !== 1;
  return {
    sheet: "Stand tegen doelen",
    section: "norms",
    title: "Nieuwe vsv'ers tegen het landelijke doel van hun teljaar",
    columns: [
      { header: "Doeljaar", kind: "text" },
      { header: "Teljaar", kind: "text" },
      { header: "Definitie", kind: "text" },
      { header: "Doel", kind: "number" },
      ...(sample ? [{ header: `Doel × ${scaleText(scale)}`, kind: "number" as const }] : []),
      { header: "Nieuwe vsv'ers in dat teljaar", kind: "count" },
      { header: "Verschil met doel", kind: "change" },
    ],
    rows: r.targets.map((t) => [
      cell(String(t.year)),
      cell(t.teljaar),
      cell(definitionNl(t.definition)),
      cell(t.target),
      ...(sample ? [cell(t.compared_target)] : []),
      cell(t.vsv, t.vsv_suppressed),
      cell(t.gap, t.vsv_suppressed),
    ]),
    lead: targetStatus(r),
    note: `${targetsMethod(r)} Verschil met doel: het aantal nieuwe vsv'ers min het doel${sample ? " (op de schaal van de steekproef)" : ""}; negatief betekent onder het doel. Geen aantal ("–" of een lege cel): dat teljaar is (nog) niet berekend.`,
  };
}

export function reportTables(r: YearlyReport): ReportTable[] {
  const tables: ReportTable[] = [
    {
      sheet: "Landelijke reeks",
      section: "series",
      title: "Nieuwe vsv'ers per teljaar, beide definities",
      columns: [
        { header: "Teljaar", kind: "text" },
        { header: "Definitie (jonger dan)", kind: "text" },
        { header: "Officieel", kind: "yesno" },
        { header: "Stadium", kind: "text" },
        { header: "Startpopulatie", kind: "count" },
        { header: "Nieuwe vsv'ers", kind: "count" },
        { header: "Vsv-percentage", kind: "pct" },
        { header: "vo: vsv'ers", kind: "count" },
        { header: "vo: %", kind: "pct" },
        { header: "mbo: vsv'ers", kind: "count" },
        { header: "mbo: %", kind: "pct" },
      ],
      rows: r.series.map((s) => [
        cell(s.teljaar),
        cell(String(s.definition)),
        cell(s.official),
        cell(STAGE_NL[s.stage]),
        cell(s.start_population, hidden(s, "start_population")),
        cell(s.vsv, hidden(s, "vsv")),
        cell(s.vsv_pct, hidden(s, "vsv_pct")),
        cell(s.vo_vsv, hidden(s, "vo_vsv")),
        cell(s.vo_vsv_pct, hidden(s, "vo_vsv_pct")),
        cell(s.mbo_vsv, hidden(s, "mbo_vsv")),
        cell(s.mbo_vsv_pct, hidden(s, "mbo_vsv_pct")),
      ]),
      note: `Officieel: de definitie die voor dat teljaar geldt (${OFFICIAL_DEFINITION_CHANGE}). Beide reeksen zijn met dezelfde gegevens berekend.`,
    },
    {
      sheet: "Landelijke doelen",
      section: "series",
      title: "Landelijke doelen: ten hoogste zoveel nieuwe vsv'ers in heel Nederland",
      columns: [
        { header: "Doeljaar", kind: "text" },
        { header: "Teljaar", kind: "text" },
        { header: "Definitie", kind: "text" },
        { header: "Doel (max. nieuwe vsv'ers)", kind: "number" },
      ],
      rows: r.targets.map((t) => [cell(String(t.year)), cell(t.teljaar), cell(definitionNl(t.definition)), cell(t.target)]),
      note: "Bron: de landelijke doelen uit de brieven aan de Tweede Kamer. Een doel geldt voor één teljaar: het doeljaar is het jaar waarin dat teljaar eindigt. Hoofdstuk 5 zet elk doel naast het aantal van zijn eigen teljaar.",
    },
    {
      sheet: "vo en mbo",
      section: "vo_mbo",
      title: `vo en mbo, teljaar ${r.teljaar}`,
      columns: [{ header: "Sector", kind: "text" }, ...FIGURE_COLUMNS],
      rows: r.vo_mbo.map((f) => [cell(f.code === "vo" ? "voortgezet onderwijs" : "mbo (met vavo)"), ...figureCells(f)]),
    },
    {
      sheet: "Per RMC-regio",
      section: "regions",
      title: `Per RMC-regio (woonplaats op 1 oktober), teljaar ${r.teljaar}`,
      columns: [{ header: "Regio", kind: "text" }, { header: "Naam", kind: "text" }, ...FIGURE_COLUMNS],
      rows: r.regions.map((f) => [cell(f.code), cell(f.name), ...figureCells(f)]),
    },
    {
      sheet: "Per vo-soort",
      section: "levels",
      title: `Voortgezet onderwijs per onderwijssoort, teljaar ${r.teljaar}`,
      columns: [{ header: "Onderwijssoort", kind: "text" }, ...FIGURE_COLUMNS],
      rows: r.vo_types.map((f) => [cell(f.name), ...figureCells(f)]),
    },
    {
      sheet: "Per mbo-niveau",
      section: "levels",
      title: `mbo per niveau (en vavo), teljaar ${r.teljaar}`,
      columns: [{ header: "Niveau", kind: "text" }, ...FIGURE_COLUMNS],
      rows: r.mbo_levels.map((f) => [cell(f.name), ...figureCells(f)]),
    },
    targetTable(r),
  ];
  if (r.norms.length > 0) {
    tables.push({
      sheet: "mbo-normen",
      section: "norms",
      title: `mbo-instellingen tegen de prestatienorm per niveau, teljaar ${r.teljaar}`,
      columns: [
        { header: "Niveau", kind: "text" },
        { header: "Norm (max. vsv-%)", kind: "pct" },
        { header: "Landelijk vsv-%", kind: "pct" },
        { header: "Landelijk binnen norm", kind: "yesno" },
        { header: "Instellingen", kind: "number" },
        { header: "Binnen de norm", kind: "number" },
        { header: "Boven de norm", kind: "number" },
        { header: "Niet te beoordelen", kind: "number" },
      ],
      rows: r.norms.map((n) => {
        // A level's national percentage may be hidden: then so is whether it is within the norm ("x", not "–").
        const hiddenPct = n.national_vsv_pct === null && r.mbo_levels.some((l) => l.code === `MBO-${n.level}` && hidden(l, "vsv_pct"));
        return [
          cell(`niveau ${n.level}`),
          cell(n.norm_pct),
          cell(n.national_vsv_pct, hiddenPct),
          cell(n.national_norm_met, hiddenPct),
          cell(n.institutions),
          cell(n.met),
          cell(n.not_met),
          cell(n.unknown),
        ];
      }),
      note: "Aantallen instellingen (geen personen). Niet te beoordelen: het percentage van de instelling op dat niveau is afgeschermd omdat het op kleine aantallen rust.",
    });
  }
  if (r.follow_up) {
    const f = r.follow_up;
    const sit = (label: string): Column[] => [{ header: label, kind: "count" }, { header: "%", kind: "pct" }];
    tables.push({
      sheet: "Een jaar later",
      section: "follow_up",
      title: `De vsv'ers van ${f.teljaar} op ${dateNl(f.date)} (een jaar later)`,
      columns: [
        { header: "Regio", kind: "text" },
        { header: "Naam", kind: "text" },
        { header: "Vsv'ers", kind: "count" },
        ...sit("SK behaald"),
        ...sit("Weer op school"),
        ...sit("Werk 12+ uur"),
        ...sit("Overleden of geëmigreerd"),
        ...sit("Nog vsv'er"),
      ],
      rows: f.rows.map((row) => [
        cell(row.code),
        cell(row.name),
        cell(row.vsv, row.vsv === null),
        ...FOLLOW_UP_SITUATIONS.flatMap((s) => [cell(row.situations[s].n, row.situations[s].n === null), cell(row.situations[s].pct, row.situations[s].pct === null && row.vsv !== 0)]),
      ]),
      note: `Nieuwe vsv'ers van ${f.teljaar} (definitief, definitie ${definitionNl(f.definition)}) en hun situatie op ${dateNl(f.date)}, de eerste die geldt: startkwalificatie, weer ingeschreven, werk van 12 uur of meer per week, overleden of geëmigreerd na 1 oktober aan het eind van het teljaar, anders nog vsv'er. De brief van 2014 noemde 8% / 34% / 58% (startkwalificatie / weer op school / nog vsv'er, werk en vertrek meegeteld). Vervolg: zie de pagina Een jaar later (onder Sturing) op de website.`,
    });
  }
  const plan = r.action_plan;
  tables.push(
    {
      sheet: "Actieplan per lijn",
      section: "action_plan",
      title: "Voortgang per actielijn",
      columns: [
        { header: "Lijn", kind: "text" },
        { header: "Actielijn", kind: "text", wide: true },
        { header: "Acties", kind: "number" },
        { header: "Niet gestart", kind: "number" },
        { header: "Mee bezig", kind: "number" },
        { header: "Afgerond", kind: "number" },
        { header: "Afgerond %", kind: "pct" },
      ],
      rows: plan.lines.map((l) => [cell(String(l.number)), cell(l.title), cell(l.actions), cell(l.byStatus.not_started), cell(l.byStatus.in_progress), cell(l.byStatus.done), cell(l.donePct)]),
      note: `${actionPlanNote(plan)} Aantallen acties, geen personen.`,
    },
    {
      sheet: "Actieplan acties",
      section: "action_plan",
      title: "De acties: status, indicator en voortgang",
      columns: [
        { header: "Actie", kind: "text" },
        { header: "Titel", kind: "text" },
        { header: "Status", kind: "text" },
        { header: "Indicator", kind: "text" },
        { header: "Voortgang", kind: "text", wide: true },
      ],
      rows: plan.actions.map((a) => [cell(a.code), cell(a.title), cell(a.status), cell(a.indicator), cell(a.progress || "–")]),
    },
  );
  return tables;
}
