/**
 * "/vergelijken?soort=regio&codes=28,13": regions, municipalities or institutions side by side over
 * teljaren, in a chart and a table. The selection lives in the URL.
 */
import { useId, useState } from "react";
import type { Answer, Item } from "../api/types.js";
import { useApi } from "../api/hooks.js";
import { ChartBlock } from "../components/ChartBlock.js";
import { DataTable } from "../components/DataTable.js";
import { Glossary } from "../components/Glossary.js";
import { LineChart } from "../components/LineChart.js";
import { ErrorBox, Loading } from "../components/Status.js";
import { cell, fmtPct } from "../format.js";
import { useMeta } from "../meta.js";
import { Link, setQuery, useLocation } from "../router.js";
import { latestTeljaar, officialDefinition } from "../selection.js";
import { t } from "../text.js";
import { useTitle } from "../title.js";

const soorten = {
  regio: { kind: "region", list: "/regions", page: "/regio/" },
  gemeente: { kind: "municipality", list: "/municipalities", page: "/gemeente/" },
  instelling: { kind: "institution", list: "/institutions", page: "/instelling/" },
} as const;
type Soort = keyof typeof soorten;

type CompareEntry = Item<Answer<"/compare">["items"]>;

export function Compare() {
  const meta = useMeta();
  const loc = useLocation();
  const id = useId();
  useTitle(t.compare.title);
  const soort: Soort = (loc.query.get("soort") as Soort) in soorten ? (loc.query.get("soort") as Soort) : "regio";
  const cfg = soorten[soort];
  const codes = (loc.query.get("codes") ?? "").split(",").map((c) => c.trim()).filter(Boolean);
  const def = Number(loc.query.get("definitie"));
  const definition = def === 23 || def === 27 ? def : officialDefinition(meta, latestTeljaar(meta));
  const teljaren = meta.teljaren.map((x) => x.teljaar);
  const from = teljaren.includes(loc.query.get("van") ?? "") ? loc.query.get("van")! : teljaren[0];
  const to = teljaren.includes(loc.query.get("tot") ?? "") ? loc.query.get("tot")! : teljaren.at(-1);
  const [search, setSearch] = useState("");
  const [choice, setChoice] = useState("");

  const list = useApi(cfg.list);
  const options = (list.data?.rows ?? []).map((x) => ({ code: x.code, name: x.name ?? x.code }));
  const nameOf = (c: string) => options.find((o) => o.code === c)?.name ?? c;
  const needle = search.trim().toLowerCase();
  const filtered = options.filter((o) => !codes.includes(o.code) && (!needle || o.name.toLowerCase().includes(needle) || o.code.toLowerCase().includes(needle)));
  const compareParams = { kind: cfg.kind, codes: codes.join(","), definition, from, to };
  const cmp = useApi(codes.length ? "/compare" : null, { query: compareParams });
  const entries = cmp.data?.items ?? [];
  const xs = [...new Set(entries.flatMap((e) => e.series.map((r) => r.teljaar)))].sort();
  const at = (e: CompareEntry, x: string) => e.series.find((r) => r.teljaar === x);

  const add = () => {
    const c = choice || filtered[0]?.code;
    if (c && !codes.includes(c)) setQuery({ codes: [...codes, c].join(",") });
    setChoice("");
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t.compare.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t.compare.lead}</p>
      <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.filters.legend}</legend>
          <div className="vsv-filters__row">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-kind`}>{t.compare.kind}</label>
              <select id={`${id}-kind`} className="utrecht-select utrecht-select--html-select" value={soort}
                onChange={(e) => setQuery({ soort: e.target.value, codes: null })}>
                {(Object.keys(soorten) as Soort[]).map((k) => <option key={k} value={k}>{t.compare.kinds[k]}</option>)}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-def`}>{t.filters.definition}</label>
              <select id={`${id}-def`} className="utrecht-select utrecht-select--html-select" value={definition} onChange={(e) => setQuery({ definitie: e.target.value })}>
                {[23, 27].map((d) => <option key={d} value={d}>{t.definitionName(d)}</option>)}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-from`}>{t.compare.from}</label>
              <select id={`${id}-from`} className="utrecht-select utrecht-select--html-select" value={from} onChange={(e) => setQuery({ van: e.target.value })}>
                {teljaren.map((x) => <option key={x} value={x}>{x}</option>)}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-to`}>{t.compare.to}</label>
              <select id={`${id}-to`} className="utrecht-select utrecht-select--html-select" value={to} onChange={(e) => setQuery({ tot: e.target.value })}>
                {teljaren.map((x) => <option key={x} value={x}>{x}</option>)}
              </select>
            </div>
          </div>
          <div className="vsv-filters__row">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-search`}>{t.compare.search}</label>
              <input id={`${id}-search`} type="search" className="utrecht-textbox utrecht-textbox--html-input" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-choice`}>{t.compare.choose} ({filtered.length})</label>
              <select id={`${id}-choice`} className="utrecht-select utrecht-select--html-select vsv-choice" value={choice || filtered[0]?.code || ""} onChange={(e) => setChoice(e.target.value)}>
                {filtered.map((o) => <option key={o.code} value={o.code}>{o.name} ({o.code})</option>)}
              </select>
            </div>
            <div className="utrecht-form-field vsv-filters__button">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={filtered.length === 0}>{t.compare.add}</button>
            </div>
          </div>
        </fieldset>
      </form>
      {list.error ? <ErrorBox error={list.error} /> : null}

      <h2 className="utrecht-heading-2">{t.compare.selected}</h2>
      {codes.length === 0 ? <p className="utrecht-paragraph">{t.compare.none}</p> : (
        <ul className="vsv-chips" aria-label={t.compare.selected}>
          {codes.map((c) => (
            <li key={c} className="vsv-chip">
              <Link href={`${cfg.page}${encodeURIComponent(c)}`}>{nameOf(c)} ({c})</Link>
              <button type="button" className="utrecht-button utrecht-button--subtle vsv-no-print" aria-label={t.compare.remove(nameOf(c))}
                onClick={() => setQuery({ codes: codes.filter((x) => x !== c).join(",") || null })}>×</button>
            </li>
          ))}
        </ul>
      )}

      {codes.length === 0 ? null : cmp.error ? <ErrorBox error={cmp.error} /> : !cmp.data ? <Loading /> : (
        <ChartBlock
          title={`${t.compare.chartTitle} (${t.definitionName(definition)})`}
          chart={<LineChart title={t.compare.chartTitle} desc={t.compare.chartDesc} xs={xs} yLabel={t.col.vsvPct} yFormat={fmtPct}
            series={entries.map((e) => ({ key: e.code, label: `${e.name} (${e.code})`, values: xs.map((x) => { const r = at(e, x); return r && !r.suppressed?.includes("vsv_pct") ? r.vsv_pct : null; }) }))} />}
          table={
            <DataTable caption={t.compare.tableTitle} rows={xs} rowKey={(x) => x}
              columns={[
                { key: "tj", label: t.col.teljaar, rowHeader: true, render: (x: string) => x },
                ...entries.flatMap((e) => [
                  { key: `${e.code}-vsv`, label: `${e.name}: ${t.col.vsv}`, numeric: true, render: (x: string) => { const r = at(e, x); return r ? cell(r, "vsv", "int") : "–"; } },
                  { key: `${e.code}-pct`, label: `${e.name}: ${t.col.vsvPct}`, numeric: true, render: (x: string) => { const r = at(e, x); return r ? cell(r, "vsv_pct", "pct") : "–"; } },
                ]),
              ]} />
          }
          download={{ path: "/compare", params: compareParams }}
        />
      )}
      {codes.length > 0 ? <Glossary /> : null}
    </>
  );
}
