/**
 * The yearly report as a PDF (pdfmake): a title page, then one numbered section per page-group with its tables
 * and charts, then the notes. Charts are SVG drawn as vectors, each next to the table it shows.
 */
import { actionPlanNote } from "./report-action-plan.js";
import { SUPPRESSION_THRESHOLD } from "../domain/suppression.js";
import { type Content, type DocDefinition, renderPdf } from "./pdfmake.js";
import { lineChartSvg } from "./report-chart.js";
import type { YearlyReport } from "./report-data.js";
import { countText, dateNl, definitionNl, pctText, signedPctText, signedText, STAGE_NL, SUPPRESSED_COUNT, SUPPRESSED_OTHER } from "./report-format.js";
import { type Cell, type Column, type ReportTable, type SectionId, reportTables, SECTION_TITLES } from "./report-tables.js";

export const REPORT_TITLE = "Voortgangsrapportage voortijdig schoolverlaten";

const CHART_WIDTH = 515;
const COLORS = { d23: "#01689b", d27: "#e17000", vo: "#39870c", mbo: "#a90061" };

function cellText(c: Cell, col: Column): string {
  const s = c.suppressed === true;
  switch (col.kind) {
    case "count":
      return countText(c.value as number | null, s);
    case "number":
      return c.value === null ? "–" : countText(c.value as number, false);
    case "pct":
      return pctText(c.value as number | null, s);
    case "change":
      return signedText(c.value as number | null, s);
    case "change_pct":
      return signedPctText(c.value as number | null, s);
    case "yesno":
      return c.value === null ? "–" : c.value ? "ja" : "nee";
    case "text":
      return c.value === null ? "–" : String(c.value);
  }
}

/** From this many columns on, a table is set smaller, each column as wide as its content (else it runs off the page). */
const NARROW_FROM = 9;

/** Wide tables spread over the page; a table with names gives the names the room. */
function columnWidths(t: ReportTable): string[] {
  const wide = t.columns.some((c) => c.wide === true || c.header === "Naam");
  const spread = t.columns.length > 6 && t.columns.length < NARROW_FROM;
  return t.columns.map((c) => (wide ? (c.wide === true || c.header === "Naam" ? "*" : "auto") : spread ? "*" : "auto"));
}

function tableContent(t: ReportTable): Content[] {
  const right = (col: Column) => col.kind !== "text";
  // Tables of many columns (the national series, the follow-up's five situations with their shares) in a smaller size, so they fit the page.
  const narrow = t.columns.length >= NARROW_FROM;
  const body = [
    t.columns.map((col) => ({ text: col.header, style: narrow ? ["th", "thNarrow"] : "th", alignment: right(col) ? "right" : "left" })),
    ...t.rows.map((row) => row.map((c, i) => ({ text: cellText(c, t.columns[i]!), alignment: right(t.columns[i]!) ? "right" : "left" }))),
  ];
  return [
    { text: t.title, style: "h2" },
    {
      table: { headerRows: 1, widths: columnWidths(t), body, dontBreakRows: true },
      layout: "lightHorizontalLines",
      style: narrow ? "tableNarrow" : "table",
    },
    ...(t.note ? [{ text: t.note, style: "note" }] : []),
  ];
}

function chart(svg: string, caption: string): Content[] {
  return [{ svg, width: CHART_WIDTH }, { text: caption, style: "note" }];
}

function seriesCharts(r: YearlyReport): Content[] {
  const teljaren = [...new Set(r.series.map((s) => s.teljaar))];
  const of = (d: number, f: (s: YearlyReport["series"][number]) => number | null) => teljaren.map((t) => {
    const s = r.series.find((x) => x.teljaar === t && x.definition === d);
    return s ? f(s) : null;
  });
  const pct = (v: number) => pctText(v, false, 1);
  return chart(
    lineChartSvg({
      labels: teljaren,
      lines: [
        { name: "jonger dan 23", values: of(23, (s) => s.vsv_pct), color: COLORS.d23 },
        { name: "jonger dan 27", values: of(27, (s) => s.vsv_pct), color: COLORS.d27, dashed: true },
      ],
      yTitle: "Vsv-percentage",
      width: CHART_WIDTH,
      height: 190,
      tick: pct,
    }),
    "Figuur 1. Vsv-percentage per teljaar volgens beide definities (de tabel hierboven geeft de aantallen).",
  );
}

function voMboChart(r: YearlyReport): Content[] {
  const teljaren = [...new Set(r.series.map((s) => s.teljaar))];
  const rows = teljaren.map((t) => r.series.find((s) => s.teljaar === t && s.definition === r.definition));
  return chart(
    lineChartSvg({
      labels: teljaren,
      lines: [
        { name: "voortgezet onderwijs", values: rows.map((s) => s?.vo_vsv_pct ?? null), color: COLORS.vo },
        { name: "mbo (met vavo)", values: rows.map((s) => s?.mbo_vsv_pct ?? null), color: COLORS.mbo, dashed: true },
      ],
      yTitle: `Vsv-percentage (${definitionNl(r.definition)})`,
      width: CHART_WIDTH,
      height: 190,
      tick: (v) => pctText(v, false, 1),
    }),
    `Figuur 2. Vsv-percentage in vo en mbo per teljaar, definitie ${definitionNl(r.definition)} (de aantallen staan in tabel "Landelijke reeks").`,
  );
}

function titlePage(r: YearlyReport): Content[] {
  const meta: [string, string][] = [
    ["Teljaar", r.teljaar],
    ["Stadium", STAGE_NL[r.stage]],
    ["Definitie", `${definitionNl(r.definition)}${r.official ? " (officiële definitie voor dit teljaar)" : " (niet de officiële definitie voor dit teljaar)"}`],
    ["Peildatum gegevens", r.source.cutoff ?? "–"],
    ["Gemaakt op", dateNl(r.produced_at)],
    ["Bron", `vsv-monitor, berekend uit het register (register ${r.source.register_id.slice(0, 12)}); teljaren ${r.source.teljaren[0]} t/m ${r.source.teljaren.at(-1)}`],
  ];
  return [
    { text: REPORT_TITLE, style: "title", margin: [0, 160, 0, 8] },
    { text: `Cijferbijlage teljaar ${r.teljaar} (${STAGE_NL[r.stage]})`, style: "subtitle" },
    { table: { widths: [130, "*"], body: meta.map(([k, v]) => [{ text: k, bold: true }, v]) }, layout: "noBorders", margin: [0, 24, 0, 0] },
    {
      text: `Alle aantallen zijn openbare cijfers: aantallen van 1 tot en met ${SUPPRESSION_THRESHOLD - 1} personen zijn afgeschermd, en ook elk getal waaruit zo'n aantal terug te rekenen is. Een afgeschermd getal staat als "${SUPPRESSED_COUNT}" (geheim); "–" betekent: niet van toepassing.`,
      style: "note",
      margin: [0, 24, 0, 0],
    },
  ];
}

function notes(r: YearlyReport): Content[] {
  return [
    { text: "Toelichting", style: "h1", pageBreak: "before" },
    ...reportNotes(r).map(([k, v]) => ({ text: [{ text: `${k}: `, bold: true }, v], margin: [0, 0, 0, 6] })),
  ];
}

/** The sources and notes, shared with the workbook's sheet "Toelichting". */
export function reportNotes(r: YearlyReport): [string, string][] {
  return [
    ["Bron", `vsv-monitor: per persoon berekend uit het register met de vsv-definitie (docs/definition.md); register ${r.source.register_id}, teljaren ${r.source.teljaren.join(", ")}.`],
    ["Teljaar en stadium", `Teljaar ${r.teljaar}, ${STAGE_NL[r.stage]} (peildatum ${r.source.cutoff ?? "onbekend"}). Andere teljaren in de reeks: hun eigen standaardstadium (definitief waar berekend).`],
    ["Definitie", `De tabellen per teljaar gebruiken de definitie ${definitionNl(r.definition)}; de landelijke reeks toont beide definities, met de officiële gemarkeerd.`],
    ["Privacy", `Aantallen van 1 tot en met ${SUPPRESSION_THRESHOLD - 1} personen zijn afgeschermd, en ook elk getal waaruit zo'n aantal terug te rekenen is, ook met andere tabellen samen. Een afgeschermd getal (aantal, percentage of verschil) staat als "${SUPPRESSED_OTHER}" (geheim) en zegt niets over hoe groot het is; "–" betekent: niet van toepassing.`],
    ["Doelen", "reference/targets.csv: ten hoogste 25.000 nieuwe vsv'ers in 2016, 18.000 in 2026 en 23.000 in 2030 (definitie jonger dan 27)."],
    ["Normen", "reference/mbo-normen: het hoogste vsv-percentage per mbo-niveau per teljaar; een instelling voldoet als haar vsv-percentage op dat niveau niet hoger is dan de norm."],
    ["Regio", "RMC-regio van de woonplaats op 1 oktober van het teljaar, volgens de gemeentetabel van dat teljaar."],
    ["Een jaar later", r.follow_up ? `De nieuwe vsv'ers van ${r.follow_up.teljaar} (definitief, officiële definitie) op ${r.follow_up.date}; afgeschermd met dezelfde regels als GET /api/v1/steering/follow-up (docs/follow-up.md).` : "Geen teljaar tot en met dit teljaar kan worden gevolgd: daarvoor zijn definitieve cijfers nodig op een register dat tot 1 oktober t+2 reikt."],
    ["Actieplan", actionPlanNote(r.action_plan)],
    ["Gemaakt", `${r.produced_at} met vsv-monitor (vsv report yearly, of GET /api/v1/steering/report.pdf).`],
  ];
}

/** Section numbers as they appear in the PDF. */
export const SECTION_ORDER: readonly SectionId[] = ["series", "vo_mbo", "regions", "levels", "norms", "follow_up", "action_plan"];

export function yearlyReportDoc(r: YearlyReport, tables: readonly ReportTable[] = reportTables(r)): DocDefinition {
  const content: Content[] = [...titlePage(r)];
  SECTION_ORDER.filter((id) => tables.some((t) => t.section === id)).forEach((id, i) => {
    content.push({ text: `${i + 1}. ${SECTION_TITLES[id]}`, style: "h1", pageBreak: "before" });
    for (const t of tables.filter((x) => x.section === id)) {
      content.push(...tableContent(t));
      if (t.sheet === "Landelijke reeks") content.push(...seriesCharts(r));
    }
    if (id === "vo_mbo") content.push(...voMboChart(r));
  });
  content.push(...notes(r));
  return {
    info: { title: `${REPORT_TITLE} ${r.teljaar}`, author: "vsv-monitor", subject: `Cijferbijlage teljaar ${r.teljaar}` },
    pageSize: "A4",
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: "Roboto", fontSize: 9 },
    styles: {
      title: { fontSize: 22, bold: true, color: "#01689b" },
      subtitle: { fontSize: 14 },
      h1: { fontSize: 15, bold: true, color: "#01689b", margin: [0, 0, 0, 10] },
      h2: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
      th: { bold: true, fontSize: 8 },
      thNarrow: { fontSize: 7 },
      table: { fontSize: 8, margin: [0, 0, 0, 4] },
      tableNarrow: { fontSize: 7, margin: [0, 0, 0, 4] },
      note: { fontSize: 7.5, italics: true, color: "#444", margin: [0, 2, 0, 8] },
    },
    footer: (page: number, pages: number) => ({
      text: `${REPORT_TITLE}, teljaar ${r.teljaar} (${STAGE_NL[r.stage]}) · pagina ${page} van ${pages}`,
      fontSize: 7,
      color: "#666",
      margin: [40, 16, 40, 0],
    }),
    content,
  };
}

export function yearlyReportPdf(r: YearlyReport): Promise<Buffer> {
  return renderPdf(yearlyReportDoc(r));
}
