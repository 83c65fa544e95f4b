/**
 * Drill-down pages: a region, municipality, institution or location with its figure and change (saying which
 * teljaar and stage it is compared with), its series next to the national one (chart + table), breakdowns,
 * children that link further down, and mbo norms.
 */
import type { ReactNode } from "react";
import type { Params } from "../api.js";
import { useApi } from "../api/hooks.js";
import type { Answer } from "../api/types.js";
import { ChartBlock, Section } from "../components/ChartBlock.js";
import { changeColumn, comparedWith, type ChangeRow } from "../change.js";
import { DataTable, type Column } from "../components/DataTable.js";
import { Downloads } from "../components/Downloads.js";
import { Filters } from "../components/Filters.js";
import { Glossary } from "../components/Glossary.js";
import { LineChart } from "../components/LineChart.js";
import { ErrorBox, Loading } from "../components/Status.js";
import { cell, fmtPct } from "../format.js";
import { useMeta } from "../meta.js";
import { breakdownValueLabel } from "../labels.js";
import { Link, useLocation } from "../router.js";
import { readSelection, selectionParams, selectionQuery } from "../selection.js";
import { t } from "../text.js";
import { useTitle } from "../title.js";

export type DetailKind = "region" | "municipality" | "institution" | "location";

/** What the page of each kind answers (the four differ in what they hold beside the figures). */
export type DetailResponse =
  | Answer<"/regions/{code}">
  | Answer<"/municipalities/{code}">
  | Answer<"/institutions/{brin}">
  | Answer<"/institutions/{brin}/locations/{location}">;

interface KindConfig {
  readonly label: string;
  readonly filter: (code: string, sub?: string) => Params;
  readonly compareKind?: string;
}

const kinds: Record<DetailKind, KindConfig> = {
  region: { label: t.region.kind, filter: (c) => ({ region: c }), compareKind: "region" },
  municipality: { label: t.municipality.kind, filter: (c) => ({ municipality: c }), compareKind: "municipality" },
  institution: { label: t.institution.kind, filter: (c) => ({ institution: c }), compareKind: "institution" },
  location: {
    label: t.location.kind,
    filter: (_c, l) => ({ location: l ?? "" }),
    compareKind: "location",
  },
};

const breakdownOrder = ["vo_mbo", "sector", "level", "leerweg", "age_group"] as const;

/** Name, start population, count, percentage and the change (with what it is compared with) of rows of figures. */
function figureColumns<R extends ChangeRow & { readonly start_population: number | null; readonly vsv: number | null; readonly vsv_pct: number | null }>(rows: readonly R[], page: ChangeRow | null, first: { key: string; label: string; render: (r: R) => ReactNode }): Column<R>[] {
  return [
    { ...first, rowHeader: true },
    { key: "sp", label: t.col.startPopulation, numeric: true, render: (r: R) => cell(r, "start_population", "int") },
    { key: "vsv", label: t.col.vsv, numeric: true, render: (r: R) => cell(r, "vsv", "int") },
    { key: "pct", label: t.col.vsvPct, numeric: true, render: (r: R) => cell(r, "vsv_pct", "pct") },
    changeColumn(rows, page),
  ];
}

/** A point of a series: its teljaar and stage. */
interface Point {
  readonly teljaar: string;
  readonly stage: string;
}

/** The page's answer: one request, to the route of its kind. */
function useDetail(kind: DetailKind, code: string, sub: string | undefined, query: ReturnType<typeof selectionParams>) {
  const region = useApi(kind === "region" ? "/regions/{code}" : null, { path: { code }, query });
  const municipality = useApi(kind === "municipality" ? "/municipalities/{code}" : null, { path: { code }, query });
  const institution = useApi(kind === "institution" ? "/institutions/{brin}" : null, { path: { brin: code }, query });
  const location = useApi(kind === "location" ? "/institutions/{brin}/locations/{location}" : null, { path: { brin: code, location: sub ?? "" }, query });
  return kind === "region" ? region : kind === "municipality" ? municipality : kind === "institution" ? institution : location;
}

export function Detail({ kind, code, sub }: { kind: DetailKind; code: string; sub?: string }) {
  const meta = useMeta();
  const loc = useLocation();
  const sel = readSelection(meta, loc);
  const cfg = kinds[kind];
  const params = selectionParams(sel);
  const res = useDetail(kind, code, sub, params);
  const d: DetailResponse | undefined = res.data;
  const name = d?.name ?? (sub ?? code);
  const heading = `${cfg.label} ${name}`;
  useTitle(d ? heading : undefined);
  const q = selectionQuery(loc);
  const filter = cfg.filter(code, sub);

  const region = d && "region" in d ? d.region : null;
  const institution = d && "institution" in d ? d.institution : null;
  const crumbs: { href: string; label: string }[] = [{ href: `/kaart${q}`, label: t.nav.map }];
  if (region && kind !== "region") crumbs.push({ href: `/regio/${region.code}${q}`, label: `${t.region.kind} ${region.name}` });
  if (kind === "location") crumbs.push({ href: `/instelling/${code}${q}`, label: `${t.institution.kind} ${institution?.name ?? code}` });

  const series = d?.series ?? [];
  const fig = d?.figure ?? null;
  // The national series of the same definition, drawn beside the area's for comparison.
  const nationalRows = useApi("/series", { query: { definition: sel.definition } }).data?.rows ?? [];
  const nationalAt = (r: Point) =>
    nationalRows.find((n) => n.teljaar === r.teljaar && n.definition === sel.definition && n.stage === r.stage)
    ?? nationalRows.find((n) => n.teljaar === r.teljaar && n.definition === sel.definition);
  const nationalPct = (r: Point) => {
    const n = nationalAt(r);
    return n && !n.suppressed?.includes("vsv_pct") ? n.vsv_pct : null;
  };
  const basis = comparedWith(fig);

  return (
    <>
      <nav aria-label={t.detail.breadcrumb} className="utrecht-breadcrumb-nav vsv-no-print">
        <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
          {crumbs.map((c) => (
            <li key={c.href} className="utrecht-breadcrumb-nav__item">
              <Link href={c.href} className="utrecht-link utrecht-link--html-a utrecht-breadcrumb-nav__link">{c.label}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="utrecht-heading-1">{heading}</h1>
      <Filters meta={meta} sel={sel} />
      {res.error ? <ErrorBox error={res.error} /> : !d ? <Loading /> : (
        <>
          <section className="vsv-section vsv-keyfigure" aria-labelledby="kerncijfer">
            <h2 className="utrecht-heading-2" id="kerncijfer">{t.detail.figureTitle(sel.teljaar, t.stage[sel.stage] ?? sel.stage)} · {t.definitionName(sel.definition)}</h2>
            {fig ? (
              <dl className="vsv-keyfigure__list" data-testid="detail-figure">
                <div className="vsv-keyfigure__item"><dt>{t.col.vsv}</dt><dd className="vsv-keyfigure__value">{cell(fig, "vsv", "int")}</dd></div>
                <div className="vsv-keyfigure__item"><dt>{t.col.vsvPct}</dt><dd className="vsv-keyfigure__value">{cell(fig, "vsv_pct", "pct")}</dd></div>
                <div className="vsv-keyfigure__item"><dt>{t.col.startPopulation}</dt><dd className="vsv-keyfigure__value vsv-keyfigure__value--small">{cell(fig, "start_population", "int")}</dd></div>
                <div className="vsv-keyfigure__item">
                  <dt>{t.col.change}</dt>
                  <dd className="vsv-keyfigure__value vsv-keyfigure__value--small" data-testid="detail-change">
                    {cell(fig, "change", "signed")} ({cell(fig, "change_pct", "signedPct")}){basis ? ` ${basis}` : ""}
                  </dd>
                </div>
              </dl>
            ) : <p className="utrecht-paragraph">{t.noData}</p>}
            <Glossary />
          </section>

          {series.length > 0 && (
            <ChartBlock
              title={t.detail.seriesTitle}
              chart={<LineChart title={`${t.detail.seriesTitle}: ${name}`} desc={t.detail.seriesDesc(name)} xs={series.map((r) => r.teljaar)}
                series={[
                  { key: "pct", label: `${name} (${t.definitionName(sel.definition)})`, values: series.map((r) => (r.suppressed?.includes("vsv_pct") ? null : r.vsv_pct)), emphasis: true },
                  ...(nationalRows.length ? [{ key: "national", label: `${t.chart.national} (${t.definitionName(sel.definition)})`, values: series.map(nationalPct), dashed: true }] : []),
                ]}
                yLabel={t.col.vsvPct} yFormat={fmtPct} />}
              table={<DataTable caption={`${t.detail.seriesTableTitle}: ${name}`} rows={series} rowKey={(r) => `${r.teljaar}-${r.stage}`}
                columns={[
                  { key: "tj", label: t.col.teljaar, rowHeader: true, render: (r) => r.teljaar },
                  { key: "st", label: t.col.stage, render: (r) => t.stage[r.stage] ?? r.stage },
                  { key: "sp", label: t.col.startPopulation, numeric: true, render: (r) => cell(r, "start_population", "int") },
                  { key: "vsv", label: t.col.vsv, numeric: true, render: (r) => cell(r, "vsv", "int") },
                  { key: "pct", label: t.col.vsvPct, numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
                  { key: "nl", label: `${t.chart.national}: ${t.col.vsvPct}`, numeric: true, render: (r) => fmtPct(nationalPct(r)) },
                ]} />}
              download={cfg.compareKind ? { path: "/compare", params: { kind: cfg.compareKind, codes: sub ?? code, definition: sel.definition } } : undefined}
            />
          )}

          {"norms" in d && d.norms && d.norms.length > 0 && (
            <Section title={t.institution.norms} lead={t.institution.normsLead}>
              <DataTable caption={`${t.institution.norms}, ${sel.teljaar}`} rows={d.norms} rowKey={(r) => String(r.level)}
                columns={[
                  { key: "lvl", label: t.col.level, rowHeader: true, render: (r) => `mbo ${r.level}` },
                  { key: "norm", label: t.col.norm, numeric: true, render: (r) => fmtPct(r.norm) },
                  { key: "pct", label: t.col.vsvPct, numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
                  { key: "met", label: t.col.normMet, render: (r) => r.norm_met == null ? "–" : <strong className={r.norm_met ? "vsv-ok" : "vsv-not-ok"}>{r.norm_met ? t.normMet : t.normNotMet}</strong> },
                ]} />
            </Section>
          )}

          {d.breakdowns && (
            <Section title={t.detail.breakdowns}>
              {breakdownOrder.filter((b) => (d.breakdowns[b]?.length ?? 0) > 0).map((b) => (
                <div key={b} className="vsv-breakdown">
                  <h3 className="utrecht-heading-3">{t.breakdownTitle[b] ?? b}</h3>
                  <DataTable caption={`${t.breakdownTitle[b] ?? b}: ${name}, ${sel.teljaar}`} rows={d.breakdowns[b]!} rowKey={(r, i) => `${String(r[b])}-${i}`}
                    columns={figureColumns(d.breakdowns[b]!, fig, { key: "k", label: t.breakdownTitle[b] ?? b, render: (r) => breakdownValueLabel(b, r[b]) ?? t.otherKey })} />
                  <Downloads path="/figures" params={{ ...params, ...filter, by: b }} label={`${t.breakdownTitle[b] ?? b}: ${name}`} />
                </div>
              ))}
            </Section>
          )}

          {"municipalities" in d && d.municipalities.length > 0 && (
            <Section title={kind === "region" ? t.region.municipalities : t.municipality.kind}>
              <DataTable caption={t.region.municipalities} rows={d.municipalities} rowKey={(r) => String(r.code)}
                columns={figureColumns(d.municipalities, fig, { key: "n", label: t.col.name, render: (r) => {
                  const c = String(r.code);
                  return <Link href={`/gemeente/${c}${q}`}>{r.name ?? c}</Link>;
                } })} />
              <Downloads path="/figures" params={{ ...params, ...filter, by: "municipality" }} label={t.region.municipalities} />
            </Section>
          )}

          {"institutions" in d && d.institutions.length > 0 && (
            <Section title={kind === "region" ? t.region.institutions : t.municipality.institutions} lead={kind === "region" ? t.region.institutionsLead : undefined}>
              <DataTable caption={kind === "region" ? t.region.institutions : t.municipality.institutions} rows={d.institutions} rowKey={(r) => r.code}
                columns={figureColumns(d.institutions, fig, { key: "n", label: t.col.name, render: (r) => {
                  const c = r.code;
                  return <Link href={`/instelling/${c}${q}`}>{r.name ?? c} ({c})</Link>;
                } })} />
              <Downloads path="/institutions" params={{ ...params, ...filter }} label={t.region.institutions} />
            </Section>
          )}

          {"locations" in d && d.locations.length > 0 && (
            <Section title={t.institution.locations}>
              <DataTable caption={t.institution.locations} rows={d.locations} rowKey={(r) => String(r.code)}
                columns={figureColumns(d.locations, fig, { key: "n", label: t.col.name, render: (r) => {
                  const c = String(r.code);
                  return <Link href={`/instelling/${code}/locatie/${c}${q}`}>{r.name ?? c} ({c})</Link>;
                } })} />
              <Downloads path="/figures" params={{ ...params, ...filter, by: "location" }} label={t.institution.locations} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
