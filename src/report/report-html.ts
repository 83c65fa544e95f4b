/**
 * The yearly report as one HTML document, made to be printed to a tagged PDF (report-pdf.ts): lang="nl", a
 * <title>, headings h1–h3 in order (the PDF's outline), tables with a <caption> and <th scope>, charts as inline SVG
 * with a text alternative next to their table, and the reading order of the page being the order of the document.
 * The print CSS lays it out on A4: a title page, then each numbered section from a new page, then the notes.
 */
import { lineChartSvg } from "./report-chart.js";
import type { YearlyReport } from "./report-data.js";
import { countText, dateNl, definitionNl, pctText, signedPctText, signedText, STAGE_NL, SUPPRESSED_OTHER } from "./report-format.js";
import { DEFINITIONS, documentTitle, MARKERS, REPORT_TITLE, reportNotes, syntheticNotice } from "./report-notes.js";
import { type Cell, type Column, type ReportTable, reportTables, SECTION_ORDER, SECTION_TITLES } from "./report-tables.js";

/** The page's margins in millimetres (A4 portrait): the CSS and the printer use the same. */
export const PAGE_MARGIN_MM = { top: 18, right: 15, bottom: 20, left: 15 } as const;

const COLORS = { d23: "#01689b", d27: "#e17000", vo: "#39870c", mbo: "#a90061" };
/** From this many columns on, a table is set smaller (the national series, the follow-up's situations with their shares). */
const NARROW_FROM = 9;
const CHART = { width: 680, height: 240 };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Running text: escaped, with a teljaar ("2024-2025") never broken at its hyphen. */
const prose = (s: string) => esc(s).replace(/\b\d{4}-\d{4}\b/g, (t) => `<span class="word">${t}</span>`);

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
      return c.value === null ? (s ? SUPPRESSED_OTHER : "–") : c.value ? "ja" : "nee";
    case "text":
      return c.value === null ? "–" : String(c.value);
  }
}

/** A table with its caption ("Tabel n. …"), column headers and a row header per row; its note after it. */
function tableHtml(t: ReportTable, n: number): string {
  const num = (col: Column) => (col.kind === "text" ? "" : ` class="num"`);
  const head = t.columns.map((col) => `<th scope="col"${num(col)}>${esc(col.header)}</th>`).join("");
  const body = t.rows
    .map((row) => {
      const cells = row.map((c, i) => {
        const col = t.columns[i]!;
        const text = cellText(c, col);
        // A word or short phrase (a teljaar, a code, "niveau 1") is never broken over two lines; longer text may wrap.
        const cls = col.kind !== "text" ? ` class="num"` : !/\s/.test(text) || text.length <= 14 ? ` class="word"` : "";
        const shown = cls === "" ? prose(text) : esc(text);
        return i === 0 ? `<th scope="row"${cls}>${shown}</th>` : `<td${cls}>${shown}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const classes = t.columns.length >= NARROW_FROM ? ` class="narrow"` : "";
  return [
    t.lead ? `<p>${prose(t.lead)}</p>` : "",
    `<table${classes}>`,
    `<caption>Tabel ${n}. ${prose(t.title)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    `</table>`,
    t.note ? `<p class="note">${prose(t.note)}</p>` : "",
  ].join("\n");
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${prose(caption)}</figcaption></figure>`;
}

const pct1 = (v: number) => pctText(v, false, 1);

function seriesChart(r: YearlyReport, table: number): string {
  const teljaren = [...new Set(r.series.map((s) => s.teljaar))];
  const of = (d: number) => teljaren.map((t) => r.series.find((x) => x.teljaar === t && x.definition === d)?.vsv_pct ?? null);
  const title = "Vsv-percentage per teljaar volgens beide definities";
  const svg = lineChartSvg({
    id: "figuur-1",
    title,
    labels: teljaren,
    lines: [
      { name: "jonger dan 23", values: of(23), color: COLORS.d23 },
      { name: "jonger dan 27", values: of(27), color: COLORS.d27, dashed: true },
    ],
    yTitle: "Vsv-percentage",
    ...CHART,
    tick: pct1,
  });
  return figure(svg, `Figuur 1. ${title}. De aantallen staan in tabel ${table}.`);
}

function voMboChart(r: YearlyReport, table: number): string {
  const teljaren = [...new Set(r.series.map((s) => s.teljaar))];
  const rows = teljaren.map((t) => r.series.find((s) => s.teljaar === t && s.definition === r.definition));
  const title = `Vsv-percentage in vo en mbo per teljaar, definitie ${definitionNl(r.definition)}`;
  const svg = lineChartSvg({
    id: "figuur-2",
    title,
    labels: teljaren,
    lines: [
      { name: "voortgezet onderwijs", values: rows.map((s) => s?.vo_vsv_pct ?? null), color: COLORS.vo },
      { name: "mbo (met vavo)", values: rows.map((s) => s?.mbo_vsv_pct ?? null), color: COLORS.mbo, dashed: true },
    ],
    yTitle: `Vsv-percentage (${definitionNl(r.definition)})`,
    ...CHART,
    tick: pct1,
  });
  return figure(svg, `Figuur 2. ${title}. De aantallen staan in tabel ${table}.`);
}

function titlePage(r: YearlyReport): string {
  const meta: [string, string][] = [
    ["Teljaar", r.teljaar],
    ["Stadium", STAGE_NL[r.stage]],
    ["Definitie", `${definitionNl(r.definition)}${r.official ? " (officiële definitie voor dit teljaar)" : " (niet de officiële definitie voor dit teljaar)"}`],
    ["Gegevens bekend op", r.source.cutoff ? dateNl(r.source.cutoff) : "–"],
    ["Gemaakt op", dateNl(r.produced_at)],
    ["Teljaren in de reeks", `${r.source.teljaren[0]} tot en met ${r.source.teljaren.at(-1)}`],
  ];
  const notice = syntheticNotice(r);
  return [
    `<header class="title-page">`,
    `<h1>${esc(REPORT_TITLE)}</h1>`,
    `<p class="subtitle">Cijferbijlage teljaar ${esc(r.teljaar)} (${STAGE_NL[r.stage]})</p>`,
    notice ? `<p class="notice">Let op: ${prose(notice)}</p>` : "",
    `<dl class="meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join("")}</dl>`,
    `<p class="markers">Alle aantallen zijn openbare cijfers. ${MARKERS.map(([m, text]) => `"${esc(m)}": ${prose(text.charAt(0).toLowerCase() + text.slice(1))}`).join(" ")}</p>`,
    `</header>`,
  ].join("\n");
}

function notesSection(r: YearlyReport): string {
  const item = ([k, v]: readonly [string, string]) => `<h3>${esc(k)}</h3>\n<p>${prose(v)}</p>`;
  return [
    `<section class="chapter notes" aria-labelledby="toelichting">`,
    `<h2 id="toelichting">Toelichting</h2>`,
    ...reportNotes(r).map(item),
    `<h3>Begrippen</h3>`,
    `<dl class="terms">${DEFINITIONS.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${prose(v)}</dd>`).join("")}</dl>`,
    `</section>`,
  ].join("\n");
}

export function yearlyReportHtml(r: YearlyReport, tables: readonly ReportTable[] = reportTables(r)): string {
  const number = new Map(tables.map((t, i) => [t, i + 1]));
  const numberOf = (sheet: string) => number.get(tables.find((t) => t.sheet === sheet)!)!;
  const sections = SECTION_ORDER.filter((id) => tables.some((t) => t.section === id)).map((id, i) => {
    const parts = [`<section class="chapter" aria-labelledby="hoofdstuk-${i + 1}">`, `<h2 id="hoofdstuk-${i + 1}">${i + 1}. ${esc(SECTION_TITLES[id])}</h2>`];
    for (const t of tables.filter((x) => x.section === id)) {
      parts.push(tableHtml(t, number.get(t)!));
      if (t.sheet === "Landelijke reeks") parts.push(seriesChart(r, number.get(t)!));
    }
    if (id === "vo_mbo") parts.push(voMboChart(r, numberOf("Landelijke reeks")));
    parts.push(`</section>`);
    return parts.join("\n");
  });
  return [
    `<!doctype html>`,
    `<html lang="nl">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<title>${esc(documentTitle(r))}</title>`,
    `<meta name="author" content="vsv-monitor">`,
    `<meta name="description" content="Cijferbijlage teljaar ${esc(r.teljaar)} (${STAGE_NL[r.stage]})">`,
    `<style>${CSS}</style>`,
    `</head>`,
    `<body>`,
    titlePage(r),
    `<main>`,
    ...sections,
    notesSection(r),
    `</main>`,
    `</body>`,
    `</html>`,
  ].join("\n");
}

/** The footer on every page: the report, its teljaar and the page number (Chromium fills in the numbers). */
export function footerHtml(r: YearlyReport): string {
  const m = PAGE_MARGIN_MM;
  return `<div style="font-family: ${FONT}; font-size: 7pt; color: #555; width: 100%; padding: 0 ${m.right}mm 0 ${m.left}mm;">${esc(REPORT_TITLE)}, teljaar ${esc(r.teljaar)} (${STAGE_NL[r.stage]}) · pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`;
}

/** Single quotes: the footer puts it in a style attribute. */
const FONT = `'Liberation Sans', Arial, 'DejaVu Sans', sans-serif`;
const M = PAGE_MARGIN_MM;

/** Print CSS: A4, each section from a new page (the title page first, so no blank page), rows and figures kept whole. */
const CSS = `
@page { size: A4; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }
* { box-sizing: border-box; }
html { font-family: ${FONT}; font-size: 9pt; color: #1a1a1a; line-height: 1.35; }
body { margin: 0; }
h1, h2, h3 { color: #01689b; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 22pt; margin: 120pt 0 6pt; }
h2 { font-size: 15pt; margin: 0 0 10pt; }
h3 { font-size: 10.5pt; margin: 12pt 0 3pt; color: #1a1a1a; }
p { margin: 0 0 6pt; }
.subtitle { font-size: 14pt; margin-bottom: 18pt; }
.notice { border-left: 4pt solid #e17000; background: #fff4e5; padding: 6pt 8pt; font-size: 10pt; }
.meta { display: grid; grid-template-columns: 42mm 1fr; row-gap: 3pt; margin: 18pt 0; }
.meta div { display: contents; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0; }
.chapter { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 3pt; font-size: 8pt; }
table.narrow { font-size: 7pt; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding: 8pt 0 4pt; break-after: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 2pt 4pt; vertical-align: top; text-align: left; border-bottom: 0.5pt solid #c8c8c8; }
thead th { border-bottom: 1pt solid #333; font-weight: bold; vertical-align: bottom; }
tbody th { font-weight: normal; }
.num { text-align: right; white-space: nowrap; }
.word { white-space: nowrap; }
thead th.num { white-space: normal; }
.note { font-size: 7.5pt; font-style: italic; color: #444; margin: 2pt 0 8pt; }
figure { margin: 10pt 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 7.5pt; font-style: italic; color: #444; margin-top: 2pt; }
.markers { font-size: 8.5pt; }
.terms dt { font-weight: bold; margin-top: 4pt; break-after: avoid; page-break-after: avoid; }
.terms dd { margin: 0 0 2pt; }
`;
