/**
 * Drill-down pages: a region, municipality, institution or location with its figure and change (saying which
 * teljaar and stage it is compared with), its series next to the national one (chart + table), breakdowns,
 * children that link further down, and mbo norms.
 */
import type { ReactNode } from "react";
import { apiUrl, useApi, type FigureRow, type Params, type SeriesRow } from "../api.js";
import { ChartBlock, Section } from "../components/ChartBlock.js";
import { changeColumn, comparedWith } from "../change.js";
import { DataTable, type Column } from "../components/DataTable.js";
import { Downloads } from "../components/Downloads.js";
import { Filters } from "../components/Filters.js";
import { Glossary } from "../components/Glossary.js";
import { LineChart } from "../components/LineChart.js";
import { ErrorBox, Loading } from "../components/Status.js";
import { cell, fmtPct } from "../format.js";
import { rowsOf, useMeta } from "../meta.js";
import { Link, useLocation } from "../router.js";
import { readSelection, selectionParams, selectionQuery } from "../selection.js";
import { t } from "../text.js";
import { useTitle } from "../title.js";

export type DetailKind = "region" | "municipality" | "institution" | "location";

export interface NormRow {
  readonly level: string | number;
  readonly norm: number | null;
  readonly vsv_pct: number | null;
  readonly norm_met: boolean | null;
  readonly suppressed?: readonly string[];
  readonly [k: string]: unknown;
}

interface Child extends FigureRow {
  readonly code?: string;
  readonly brin?: string;
  readonly location?: string;
  readonly name?: string;
}

export interface DetailResponse {
  readonly code?: string;
  readonly brin?: string;
  readonly location?: string;
  readonly name?: string;
  readonly region?: { code: string; name: string } | string | null;
  readonly region_name?: string;
  readonly institution?: { brin: string; name: string } | string | null;
  readonly institution_name?: string;
  readonly figure?: FigureRow | null;
  readonly series?: readonly SeriesRow[];
  readonly breakdowns?: Record<string, readonly FigureRow[]>;
  readonly municipalities?: readonly Child[];
  readonly institutions?: readonly Child[];
  readonly locations?: readonly Child[];
  readonly norms?: readonly NormRow[];
}

interface KindConfig {
  readonly label: string;
  readonly apiPath: (code: string, sub?: string) => string;
  readonly filter: (code: string, sub?: string) => Params;
  readonly compareKind?: string;
}

const kinds: Record<DetailKind, KindConfig> = {
  region: { label: t.region.kind, apiPath: (c) => `/regions/${encodeURIComponent(c)}`, filter: (c) => ({ region: c }), compareKind: "region" },
  municipality: { label: t.municipality.kind, apiPath: (c) => `/municipalities/${encodeURIComponent(c)}`, filter: (c) => ({ municipality: c }), compareKind: "municipality" },
  institution: { label: t.institution.kind, apiPath: (c) => `/institutions/${encodeURIComponent(c)}`, filter: (c) => ({ institution: c }), compareKind: "institution" },
  location: {
    label: t.location.kind,
    apiPath: (c, l) => `/institutions/${encodeURIComponent(c)}/locations/${encodeURIComponent(l ?? "")}`,
    filter: (_c, l) => ({ location: l ?? "" }),
    compareKind: "location",
  },
};

const breakdownOrder = ["vo_mbo", "sector", "level", "leerweg", "age_group"] as const;

function refOf(x: DetailResponse["region"] | DetailResponse["institution"], name?: string): { code: string; name: string } | null {
  if (!x) return null;
  if (typeof x === "string") return { code: x, name: name ?? x };
  if ("code" in x) return { code: x.code, name: x.name };
  return { code: x.brin, name: x.name };
}

/** Name, start population, count, percentage and the change (with what it is compared with) of rows of figures. */
function figureColumns<R extends FigureRow>(rows: readonly R[], page: FigureRow | null, first: { key: string; label: string; render: (r: R) => ReactNode }): Column<R>[] {
  return [
    { ...first, rowHeader: true },
    { key: "sp", label: t.col.startPopulation, numeric: true, render: (r: R) => cell(r, "start_population", "int") },
    { key: "vsv", label: t.col.vsv, numeric: true, render: (r: R) => cell(r, "vsv", "int") },
    { key: "pct", label: t.col.vsvPct, numeric: true, render: (r: R) => cell(r, "vsv_pct", "pct") },
    changeColumn(rows, page),
  ];
}

export function Detail({ kind, code, sub }: { kind: DetailKind; code: string; sub?: string }) {
  const meta = useMeta();
  const loc = useLocation();
  const sel = readSelection(meta, loc);
  const cfg = kinds[kind];
  const params = selectionParams(sel);
  const res = useApi<DetailResponse>(apiUrl(cfg.apiPath(code, sub), params));
  const d = res.data;
  const name = d?.name ?? (sub ?? code);
  const heading = `${cfg.label} ${name}`;
  useTitle(d ? heading : undefined);
  const q = selectionQuery(loc);
  const filter = cfg.filter(code, sub);

  const region = refOf(d?.region ?? null, d?.region_name);
  const institution = refOf(d?.institution ?? null, d?.institution_name);
  const crumbs: { href: string; label: string }[] = [{ href: `/kaart${q}`, label: t.nav.map }];
  if (region && kind !== "region") crumbs.push({ href: `/regio/${region.code}${q}`, label: `${t.region.kind} ${region.name}` });
  if (kind === "location") crumbs.push({ href: `/instelling/${code}${q}`, label: `${t.institution.kind} ${institution?.name ?? code}` });

  const series = (d?.series ?? []).filter((r) => r.definition == null || r.definition === sel.definition);
  const fig = d?.figure ?? null;
  // The national series of the same definition, drawn beside the area's for comparison.
  const nationalRows = rowsOf<SeriesRow>(useApi<unknown>(apiUrl("/series", { definition: sel.definition })).data);
  const nationalAt = (r: SeriesRow) =>
    nationalRows.find((n) => n.teljaar === r.teljaar && n.definition === sel.definition && n.stage === r.stage)
    ?? nationalRows.find((n) => n.teljaar === r.teljaar && n.definition === sel.definition);
  const nationalPct = (r: SeriesRow) => {
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

          {d.norms && d.norms.length > 0 && (
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
              {breakdownOrder.filter((b) => (d.breakdowns?.[b]?.length ?? 0) > 0).map((b) => (
                <div key={b} className="vsv-breakdown">
                  <h3 className="utrecht-heading-3">{t.breakdownTitle[b] ?? b}</h3>
                  <DataTable caption={`${t.breakdownTitle[b] ?? b}: ${name}, ${sel.teljaar}`} rows={d.breakdowns![b]!} rowKey={(r, i) => `${String(r[b])}-${i}`}
                    columns={figureColumns<FigureRow>(d.breakdowns![b]!, fig, { key: "k", label: t.breakdownTitle[b] ?? b, render: (r) => String(r[`${b}_name`] ?? r[b] ?? t.otherKey) })} />
                  <Downloads path="/figures" params={{ ...params, ...filter, by: b }} label={`${t.breakdownTitle[b] ?? b}: ${name}`} />
                </div>
              ))}
            </Section>
          )}

          {d.municipalities && d.municipalities.length > 0 && (
            <Section title={kind === "region" ? t.region.municipalities : t.municipality.kind}>
              <DataTable caption={t.region.municipalities} rows={d.municipalities} rowKey={(r) => String(r.code ?? r["municipality"])}
                columns={figureColumns<Child>(d.municipalities, fig, { key: "n", label: t.col.name, render: (r) => {
                  const c = String(r.code ?? r["municipality"]);
                  return <Link href={`/gemeente/${c}${q}`}>{r.name ?? String(r["municipality_name"] ?? c)}</Link>;
                } })} />
              <Downloads path="/figures" params={{ ...params, ...filter, by: "municipality" }} label={t.region.municipalities} />
            </Section>
          )}

          {d.institutions && d.institutions.length > 0 && (
            <Section title={kind === "region" ? t.region.institutions : t.municipality.institutions} lead={kind === "region" ? t.region.institutionsLead : undefined}>
              <DataTable caption={kind === "region" ? t.region.institutions : t.municipality.institutions} rows={d.institutions} rowKey={(r) => String(r.brin ?? r.code ?? r["institution"])}
                columns={figureColumns<Child>(d.institutions, fig, { key: "n", label: t.col.name, render: (r) => {
                  const c = String(r.brin ?? r.code ?? r["institution"]);
                  return <Link href={`/instelling/${c}${q}`}>{r.name ?? String(r["institution_name"] ?? c)} ({c})</Link>;
                } })} />
              <Downloads path="/institutions" params={{ ...params, ...filter }} label={t.region.institutions} />
            </Section>
          )}

          {d.locations && d.locations.length > 0 && (
            <Section title={t.institution.locations}>
              <DataTable caption={t.institution.locations} rows={d.locations} rowKey={(r) => String(r.location ?? r.code)}
                columns={figureColumns<Child>(d.locations, fig, { key: "n", label: t.col.name, render: (r) => {
                  const c = String(r.location ?? r.code);
                  return <Link href={`/instelling/${code}/locatie/${c}${q}`}>{r.name ?? String(r["location_name"] ?? c)} ({c})</Link>;
                } })} />
              <Downloads path="/figures" params={{ ...params, ...filter, by: "location" }} label={t.institution.locations} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
