/**
 * Landing "/": the national figure of the selected (default: latest) teljaar, the series with targets, vo and mbo,
 * 23 → 27. The national targets are counts for the whole Netherlands: next to a sample's counts they are drawn and
 * listed multiplied by the sample's scale, and the page says so.
 */
import type { Answer, Item } from "../api/types.js";
import { useApi } from "../api/hooks.js";
import { comparedWith } from "../change.js";
import { ChartBlock, Section } from "../components/ChartBlock.js";
import { DataTable, type Column } from "../components/DataTable.js";
import { Downloads } from "../components/Downloads.js";
import { Filters } from "../components/Filters.js";
import { Glossary } from "../components/Glossary.js";
import { LineChart, teljaarRange, type ChartSeries } from "../components/LineChart.js";
import { ErrorBox, Loading } from "../components/Status.js";
import { cell, fmtInt, fmtPct, fmtSigned } from "../format.js";
import { useMeta } from "../meta.js";
import { Link, useLocation } from "../router.js";
import { sampleScale, scaleFactor, scalePct, scaleTarget } from "../sample.js";
import { readSelection, selectionParams, selectionQuery } from "../selection.js";
import { t } from "../text.js";
import { useTitle } from "../title.js";

type SeriesRow = Item<Answer<"/series">["rows"]>;
type Target = Item<Answer<"/series">["targets"]>;

/** Per teljaar and definition the row of the most final stage the API has. */
function mostFinal(rows: readonly SeriesRow[]): SeriesRow[] {
  const by = new Map<string, SeriesRow>();
  for (const r of rows) {
    const k = `${r.teljaar}|${r.definition}`;
    const prev = by.get(k);
    if (!prev || (prev.stage !== "definitive" && r.stage === "definitive")) by.set(k, r);
  }
  return [...by.values()].sort((a, b) => a.teljaar.localeCompare(b.teljaar) || a.definition - b.definition);
}

function officialSpan(rows: readonly SeriesRow[], definition: number): string {
  const tj = rows.filter((r) => r.definition === definition && r.official).map((r) => r.teljaar);
  if (tj.length === 0) return "";
  return tj.length === 1 ? ` (${t.home.officialMark} ${tj[0]})` : ` (${t.home.officialMark} ${tj[0]} t/m ${tj.at(-1)})`;
}

export function Home() {
  const meta = useMeta();
  const loc = useLocation();
  const sel = readSelection(meta, loc);
  useTitle(t.home.title);
  const figures = useApi("/figures", { query: selectionParams(sel) });
  const series = useApi("/series");
  const national = figures.data?.total ?? null;
  const rows = mostFinal(series.data?.rows ?? []);
  const targetList = series.data?.targets ?? [];
  const xs = teljaarRange([...rows.map((r) => r.teljaar), ...targetList.map((g) => g.teljaar)]);
  const valueAt = (def: number, field: keyof SeriesRow) =>
    xs.map((x) => {
      const r = rows.find((row) => row.teljaar === x && row.definition === def);
      const v = r?.[field];
      return typeof v === "number" ? v : null;
    });
  const defs = [...new Set(rows.map((r) => r.definition))].sort();
  const countSeries: ChartSeries[] = defs.map((d) => ({
    key: `def${d}`,
    label: `${t.definitionName(d)}${officialSpan(rows, d)}`,
    values: valueAt(d, "vsv"),
    emphasis: d === sel.definition,
  }));
  const seriesParams = {};
  const voMboRows = rows.filter((r) => r.definition === sel.definition);
  const voMboXs = voMboRows.map((r) => r.teljaar);
  const voMbo: ChartSeries[] = [
    { key: "vo", label: "vo", values: voMboRows.map((r) => r.vo_vsv_pct ?? null) },
    { key: "mbo", label: "mbo", values: voMboRows.map((r) => r.mbo_vsv_pct ?? null) },
  ];
  const stageLabel = t.stage[figures.data?.stage ?? sel.stage] ?? sel.stage;
  const scale = sampleScale(meta);
  const scaledLead = scale !== null ? t.scaledTargetLead(scalePct(scale), scaleFactor(scale)) : null;
  const markers = targetList.map((g) => {
    const value = g.target;
    const shown = scaleTarget(value, scale);
    return { x: g.teljaar, y: shown, label: `${g.year}: ${fmtInt(shown)}`, note: scale !== null ? t.home.targetNote(fmtInt(value)) : undefined };
  });
  const targetColumns: Column<Target>[] = [
    { key: "y", label: t.col.targetYear, rowHeader: true, render: (g) => String(g.year) },
    { key: "tj", label: t.col.teljaar, render: (g) => g.teljaar },
    { key: "d", label: t.col.definition, render: (g) => t.definitionName(g.definition) },
    { key: "m", label: scale !== null ? t.col.maxVsvNational : t.col.maxVsv, numeric: true, render: (g) => fmtInt(g.target) },
    ...(scale !== null
      ? [{ key: "s", label: t.col.maxVsvScaled(scalePct(scale)), numeric: true, render: (g: Target) => fmtInt(scaleTarget(g.target, scale)) }]
      : []),
  ];
  const changeBasis = comparedWith(national);

  return (
    <>
      <h1 className="utrecht-heading-1">{t.home.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t.home.lead}</p>
      <Filters meta={meta} sel={sel} />

      <section className="vsv-section vsv-keyfigure" aria-labelledby="kerncijfer">
        <h2 className="utrecht-heading-2" id="kerncijfer">
          {t.home.latest(sel.teljaar, stageLabel)} · {t.definitionName(sel.definition)}
        </h2>
        {figures.error ? <ErrorBox error={figures.error} /> : !national ? <Loading /> : (
          <dl className="vsv-keyfigure__list" data-testid="national-figure">
            <div className="vsv-keyfigure__item">
              <dt>{t.home.vsvCount}</dt>
              <dd className="vsv-keyfigure__value" data-testid="national-vsv">{cell(national, "vsv", "int")}</dd>
            </div>
            <div className="vsv-keyfigure__item">
              <dt>{t.home.vsvPct}</dt>
              <dd className="vsv-keyfigure__value" data-testid="national-pct">{cell(national, "vsv_pct", "pct")}</dd>
            </div>
            <div className="vsv-keyfigure__item">
              <dt>{t.home.startPopulation}</dt>
              <dd className="vsv-keyfigure__value vsv-keyfigure__value--small">{cell(national, "start_population", "int")}</dd>
            </div>
            {national.change != null && changeBasis ? (
              <div className="vsv-keyfigure__item">
                <dt>{t.col.change}</dt>
                <dd className="vsv-keyfigure__value vsv-keyfigure__value--small" data-testid="national-change">
                  {t.home.changeLine(`${fmtSigned(national.change)} vsv'ers`, changeBasis)}
                </dd>
              </div>
            ) : null}
          </dl>
        )}
        <Glossary />
      </section>

      {series.error ? <ErrorBox error={series.error} /> : !series.data ? <Loading /> : (
        <>
          <ChartBlock
            title={t.home.seriesTitle}
            lead={<>{t.home.definitionSwitchBody}{scaledLead ? <> {scaledLead}</> : null}</>}
            chart={
              <LineChart title={t.home.seriesTitle} desc={t.home.seriesDesc} xs={xs} series={countSeries} yLabel={t.col.vsv} yFormat={fmtInt}
                markers={markers} markerLabel={scale !== null ? `${t.col.target} (${t.scaledTarget})` : t.col.target} />
            }
            table={
              <DataTable caption={t.home.tableTitle} rows={rows} rowKey={(r) => `${r.teljaar}-${r.definition}-${r.stage}`}
                columns={[
                  { key: "tj", label: t.col.teljaar, rowHeader: true, render: (r) => r.teljaar },
                  { key: "def", label: t.col.definition, render: (r) => `${t.definitionName(r.definition)}${r.official ? ` (${t.home.officialMark})` : ""}` },
                  { key: "st", label: t.col.stage, render: (r) => t.stage[r.stage] ?? r.stage },
                  { key: "sp", label: t.col.startPopulation, numeric: true, render: (r) => cell(r, "start_population", "int") },
                  { key: "vsv", label: t.col.vsv, numeric: true, render: (r) => cell(r, "vsv", "int") },
                  { key: "pct", label: t.col.vsvPct, numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
                  { key: "vo", label: t.col.voPct, numeric: true, render: (r) => cell(r, "vo_vsv_pct", "pct") },
                  { key: "mbo", label: t.col.mboPct, numeric: true, render: (r) => cell(r, "mbo_vsv_pct", "pct") },
                ]} />
            }
            download={{ path: "/series", params: seriesParams }}
          />
          <ChartBlock
            title={`${t.home.voMboTitle} (${t.definitionName(sel.definition)})`}
            chart={<LineChart title={t.home.voMboTitle} desc={t.home.voMboDesc} xs={voMboXs} series={voMbo} yLabel={t.col.vsvPct} yFormat={fmtPct} />}
            table={
              <DataTable caption={t.chartTableCaption(t.home.voMboTitle)} rows={voMboRows} rowKey={(r) => `${r.teljaar}-${r.stage}`}
                columns={[
                  { key: "tj", label: t.col.teljaar, rowHeader: true, render: (r) => r.teljaar },
                  { key: "st", label: t.col.stage, render: (r) => t.stage[r.stage] ?? r.stage },
                  { key: "vov", label: t.col.voVsv, numeric: true, render: (r) => cell(r, "vo_vsv", "int") },
                  { key: "vop", label: t.col.voPct, numeric: true, render: (r) => cell(r, "vo_vsv_pct", "pct") },
                  { key: "mbov", label: t.col.mboVsv, numeric: true, render: (r) => cell(r, "mbo_vsv", "int") },
                  { key: "mbop", label: t.col.mboPct, numeric: true, render: (r) => cell(r, "mbo_vsv_pct", "pct") },
                ]} />
            }
            download={{ path: "/series", params: { definition: sel.definition } }}
          />
        </>
      )}

      <Section title={t.home.targetsTitle} lead={scaledLead ? `${t.home.targetsLead} ${scaledLead}` : t.home.targetsLead}>
        {series.error ? <ErrorBox error={series.error} /> : (
          <DataTable caption={t.home.targetsTitle} rows={targetList} rowKey={(g) => `${g.teljaar}-${g.definition}`} columns={targetColumns} testId="targets-table" />
        )}
        <Downloads path="/targets" params={{}} label={t.home.targetsTitle} />
      </Section>

      <Section title={t.home.explore}>
        <ul className="utrecht-link-list utrecht-link-list--html-ul">
          <li className="utrecht-link-list__item"><Link href={`/kaart${selectionQuery(loc)}`}>{t.home.exploreMap}</Link></li>
          <li className="utrecht-link-list__item"><Link href="/vergelijken">{t.home.exploreCompare}</Link></li>
        </ul>
      </Section>
    </>
  );
}
