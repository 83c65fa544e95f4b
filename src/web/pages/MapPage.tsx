/**
 * "/kaart": the Netherlands by RMC/Doorstroompunt region (or municipality), coloured by vsv percentage, with
 * "vind uw gemeente" (`?gemeente=0344`: the municipality, or on the region map its region, is outlined and named with
 * its figure and a link). The map is an SVG with a viewBox at 100% width, so it fits any screen.
 * Loaded lazily, so d3-geo and topojson-client stay out of the landing page's JavaScript.
 */
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { useApi } from "../api/hooks.js";
import type { Answer, Item } from "../api/types.js";
import { changeColumn } from "../change.js";
import { Section } from "../components/ChartBlock.js";
import { DataTable } from "../components/DataTable.js";
import { Downloads } from "../components/Downloads.js";
import { Filters } from "../components/Filters.js";
import { Glossary } from "../components/Glossary.js";
import { PlaceSearch } from "../components/PlaceSearch.js";
import { ErrorBox, Loading } from "../components/Status.js";
import { cell, fmtPct, isSuppressed } from "../format.js";
import { useMeta } from "../meta.js";
import { Link, onLinkClick, setQuery, useLocation } from "../router.js";
import { readSelection, selectionParams, selectionQuery } from "../selection.js";
import { t } from "../text.js";
import { useTitle } from "../title.js";

/** Sequential blues; the darkest classes carry the highest percentages. */
const classColours = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
const noDataColour = "#f2f2f2";

type FigureRow = Item<Answer<"/figures">["rows"]>;

interface Level {
  readonly by: "region" | "municipality";
  readonly geo: "regions" | "municipalities";
  readonly page: string;
  readonly label: (name: string, pct: string) => string;
}

const levels: Record<string, Level> = {
  regio: { by: "region", geo: "regions", page: "/regio/", label: t.map.regionLabel },
  gemeente: { by: "municipality", geo: "municipalities", page: "/gemeente/", label: t.map.municipalityLabel },
};

/** MC21 → "21", GM0363 → "0363": the geometry ids carry the code after a two-letter prefix. */
function codeOf(f: Feature<Geometry, Record<string, unknown> | null>): string {
  const raw = String(f.id ?? f.properties?.["statcode"] ?? "");
  return raw.replace(/^[A-Z]{2}/, "");
}

/**
 * Up to five classes at quantiles of the shown percentages; equal breaks (many regions at 0%) merge, so each
 * class in the legend is a real, distinct range.
 */
function classes(values: readonly number[]): { lo: number; hi: number }[] {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return [];
  const cuts = [...new Set([0.2, 0.4, 0.6, 0.8].map((q) => v[Math.min(v.length - 1, Math.floor(q * v.length))]!))].filter((c) => c > v[0]!);
  const bounds = [v[0]!, ...cuts];
  return bounds.map((lo, i) => ({ lo, hi: i + 1 < bounds.length ? bounds[i + 1]! : v.at(-1)! }));
}

function classOf(pct: number, cls: readonly { lo: number }[]): number {
  let i = 0;
  while (i + 1 < cls.length && pct >= cls[i + 1]!.lo) i++;
  return i;
}

/** n colours spread over the sequential palette (light → dark). */
function coloursFor(n: number): string[] {
  if (n <= 1) return [classColours[2]];
  return Array.from({ length: n }, (_, i) => classColours[Math.round((i * (classColours.length - 1)) / (n - 1))]!);
}

export default function MapPage() {
  const meta = useMeta();
  const loc = useLocation();
  const sel = readSelection(meta, loc);
  const levelKey = loc.query.get("indeling") === "gemeente" ? "gemeente" : "regio";
  const level = levels[levelKey]!;
  const title = levelKey === "gemeente" ? t.map.titleMunicipality : t.map.title;
  useTitle(title);
  const geo = useApi("/geo/{layer}", { path: { layer: level.geo } });
  const figParams = { ...selectionParams(sel), by: level.by };
  const figures = useApi("/figures", { query: figParams });
  const rows = useMemo(() => figures.data?.rows ?? [], [figures.data]);
  const byCode = useMemo(() => new Map(rows.map((r) => [String(r[level.by]), r])), [rows, level.by]);

  const shapes = useMemo(() => {
    if (!geo.data) return null;
    // The schema says TopoJSON (objects of any layer); topojson-client has the type that reads it.
    const topo = geo.data as unknown as Topology;
    const name = Object.keys(topo.objects)[0];
    if (!name) return null;
    const fc = feature(topo, topo.objects[name] as GeometryCollection) as unknown as FeatureCollection<Geometry, Record<string, unknown> | null>;
    const projection = geoMercator().fitSize([600, 720], fc);
    const path = geoPath(projection);
    return fc.features.map((f) => ({ code: codeOf(f), name: String(f.properties?.["statnaam"] ?? codeOf(f)), d: path(f) ?? "" }));
  }, [geo.data]);

  const shown = rows.filter((r) => r.vsv_pct != null && !isSuppressed(r, "vsv_pct")).map((r) => r.vsv_pct as number);
  const cls = classes(shown);
  const colours = coloursFor(cls.length);
  const legend = cls.map((c, i) => ({
    colour: colours[i]!,
    text: c.lo === c.hi ? fmtPct(c.lo) : i + 1 < cls.length ? `${fmtPct(c.lo)} tot ${fmtPct(c.hi)}` : `${fmtPct(c.lo)} t/m ${fmtPct(c.hi)}`,
  }));
  const q = selectionQuery(loc);
  const nameOf = (r: FigureRow) => String(r[`${level.by}_name`] ?? r[level.by]);

  // "Vind uw gemeente": the municipality asked for, and the area of this map that holds it.
  // Names and regions only: asked under the teljaar's official definition, which publishes every municipality.
  const municipalities = useApi("/municipalities", { query: { teljaar: sel.teljaar } }).data?.rows ?? [];
  const foundCode = loc.query.get("gemeente");
  const found = foundCode ? municipalities.find((m) => m.code === foundCode) : undefined;
  const foundArea = found ? (level.by === "municipality" ? found.code : found.region) : null;
  const areaRow = foundArea ? byCode.get(foundArea) : undefined;
  const areaPct = !areaRow ? t.noData : isSuppressed(areaRow, "vsv_pct") ? t.map.suppressed : cell(areaRow, "vsv_pct", "pct");
  const ordered = shapes && foundArea ? [...shapes.filter((s) => s.code !== foundArea), ...shapes.filter((s) => s.code === foundArea)] : shapes;

  return (
    <>
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t.map.lead}</p>
      <Filters meta={meta} sel={sel} />
      <form className="utrecht-form vsv-no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.map.levelLegend}</legend>
          {(["regio", "gemeente"] as const).map((k) => (
            <div key={k} className="utrecht-form-field utrecht-form-field--radio vsv-radio">
              <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`level-${k}`} name="indeling" value={k}
                checked={levelKey === k} onChange={() => setQuery({ indeling: k === "regio" ? null : k })} />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`level-${k}`}>
                {k === "regio" ? t.map.levelRegion : t.map.levelMunicipality}
              </label>
            </div>
          ))}
        </fieldset>
      </form>
      <PlaceSearch label={t.map.find} hint={t.map.findHint} places={municipalities} initial={found?.name ?? ""}
        onChoose={(p) => setQuery({ gemeente: p.code }, { replace: true })} />
      {found ? (
        <div className="vsv-find__result" role="status" data-testid="map-found">
          <p className="utrecht-paragraph">
            {level.by === "municipality" ? t.map.foundMunicipality(found.name, areaPct) : t.map.foundInRegion(found.name, found.region_name, areaPct)}
          </p>
          <ul className="utrecht-link-list utrecht-link-list--html-ul">
            <li className="utrecht-link-list__item"><Link href={`/gemeente/${encodeURIComponent(found.code)}${q}`}>{t.map.openMunicipality(found.name)}</Link></li>
            {level.by === "region" ? (
              <li className="utrecht-link-list__item"><Link href={`/regio/${encodeURIComponent(found.region)}${q}`}>{t.map.openRegion(found.region_name)}</Link></li>
            ) : null}
          </ul>
        </div>
      ) : null}

      {geo.error ? <ErrorBox error={geo.error} /> : figures.error ? <ErrorBox error={figures.error} /> : !shapes || !ordered || !figures.data ? <Loading /> : (
        <div className="vsv-map-layout">
          <figure className="utrecht-figure vsv-map">
            <svg viewBox="0 0 600 720" className="vsv-map__svg" aria-labelledby="map-title" role="group">
              <title id="map-title">{t.map.figureDesc(shapes.length)}</title>
              <defs>
                <pattern id="vsv-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill={noDataColour} />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#767676" strokeWidth="1.5" />
                </pattern>
              </defs>
              {ordered.map((s) => {
                const r = byCode.get(s.code);
                const pct = r && !isSuppressed(r, "vsv_pct") && r.vsv_pct != null ? r.vsv_pct : null;
                const fill = pct == null ? "url(#vsv-nodata)" : colours[classOf(pct, cls)]!;
                const label = level.label(r ? nameOf(r) : s.name, !r ? t.noData : isSuppressed(r, "vsv_pct") ? t.map.suppressed : cell(r, "vsv_pct", "pct"));
                const href = `${level.page}${encodeURIComponent(s.code)}${q}`;
                return (
                  <a key={s.code} href={href} aria-label={label} onClick={(e) => onLinkClick(e, href)}
                    className={`vsv-map__area${s.code === foundArea ? " vsv-map__area--found" : ""}`} data-code={s.code}>
                    <path d={s.d} fill={fill} />
                    <title>{label}</title>
                  </a>
                );
              })}
            </svg>
            <figcaption className="vsv-map__caption">
              <p className="utrecht-paragraph" id="map-legend-title"><strong>{t.map.legendTitle}</strong> ({sel.teljaar}, {t.definitionName(sel.definition)}, {t.stage[sel.stage]})</p>
              <ul className="vsv-legend" aria-labelledby="map-legend-title">
                {legend.map((l) => (
                  <li key={l.colour}><span className="vsv-legend__swatch" style={{ background: l.colour }} aria-hidden="true" />{l.text}</li>
                ))}
                <li><svg className="vsv-legend__swatch" aria-hidden="true" focusable="false"><rect width="100%" height="100%" fill="url(#vsv-nodata)" /></svg>{t.map.legendNoData}</li>
              </ul>
              <p className="utrecht-paragraph utrecht-paragraph--small">{t.map.credit}</p>
            </figcaption>
          </figure>
          <Section title={t.map.tableTitle}>
            <DataTable caption={`${title} (${sel.teljaar})`} rows={rows} rowKey={(r) => String(r[level.by])}
              columns={[
                { key: "name", label: t.col.name, rowHeader: true, render: (r) => <Link href={`${level.page}${encodeURIComponent(String(r[level.by]))}${q}`}>{nameOf(r)}</Link> },
                { key: "sp", label: t.col.startPopulation, numeric: true, render: (r) => cell(r, "start_population", "int") },
                { key: "vsv", label: t.col.vsv, numeric: true, render: (r) => cell(r, "vsv", "int") },
                { key: "pct", label: t.col.vsvPct, numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
                changeColumn(rows),
              ]} />
            <Glossary />
            <Downloads path="/figures" params={figParams} label={t.map.tableTitle} />
          </Section>
        </div>
      )}
    </>
  );
}
