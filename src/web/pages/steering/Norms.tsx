/**
 * "/sturing/normen": performance norms per institution and mbo level / vo category (GET /api/v1/steering/norms),
 * with the institutions the 2014 letter singles out (GET /api/v1/steering/norms/singled-out). The page shows what
 * the API answers; met / not met is written out in words, never told by colour alone.
 */
import { useId } from "react";
import type { Answer, Item } from "../../api/types.js";
import { useApi } from "../../api/hooks.js";
import { Section } from "../../components/ChartBlock.js";
import { DataTable, type Column } from "../../components/DataTable.js";
import { Downloads } from "../../components/Downloads.js";
import { Glossary } from "../../components/Glossary.js";
import { ErrorBox, Loading } from "../../components/Status.js";
import { cell, fmtInt, fmtPct } from "../../format.js";
import { useMeta } from "../../meta.js";
import { Link, setQuery, useLocation } from "../../router.js";
import { useTitle } from "../../title.js";
import { normsText as tx } from "./norms-text.js";
import { NORM_GROUP_NAMES } from "../../../domain/steering/norm-categories.js";

type NormsAnswer = Answer<"/steering/norms">;
type NormRow = Item<NormsAnswer["rows"]>;
type GroupSummary = Item<NormsAnswer["summary"]["per_group"]>;
type SingledRow = Item<Answer<"/steering/norms/singled-out">["rows"]>;

const groupName = (g: string | undefined) => (g ? NORM_GROUP_NAMES[g] ?? g : "–");

function MetCell({ row }: { row: NormRow }) {
  if (row.met === null) return <span>{tx.unknown}</span>;
  return (
    <span>
      <span aria-hidden="true">{row.met ? "✓ " : "✗ "}</span>
      {row.met ? tx.met : tx.notMet}
    </span>
  );
}

function normColumns(): Column<NormRow>[] {
  return [
    { key: "institution", label: tx.cols.institution, rowHeader: true, render: (r) => <Link href={`/instelling/${r.institution}`}>{r.name ?? r.institution}</Link> },
    { key: "group", label: tx.cols.group, render: (r) => groupName(r.level ?? r.category) },
    { key: "sp", label: tx.cols.startPopulation, numeric: true, render: (r) => cell(r, "start_population", "int") },
    { key: "vsv", label: tx.cols.vsv, numeric: true, render: (r) => cell(r, "vsv", "int") },
    { key: "pct", label: tx.cols.vsvPct, numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
    { key: "norm", label: tx.cols.norm, numeric: true, render: (r) => fmtPct(r.norm) },
    { key: "met", label: tx.cols.met, render: (r) => <MetCell row={r} />, sortValue: (r) => (r.met === null ? null : r.met ? tx.met : tx.notMet) },
    { key: "fewer", label: tx.cols.fewer, numeric: true, render: (r) => (r.fewer_needed === null ? tx.unknown : fmtInt(r.fewer_needed)) },
  ];
}

export default function Norms() {
  const meta = useMeta();
  const loc = useLocation();
  const id = useId();
  useTitle(tx.title);
  const teljaar = loc.query.get("teljaar") ?? "";
  const sector = loc.query.get("sector") === "vo" ? "vo" : "mbo";
  const onlyNotMet = loc.query.get("niet-gehaald") === "1";
  const params = { teljaar: teljaar || undefined, sector, met: onlyNotMet ? false : undefined } as const;
  const answer = useApi("/steering/norms", { query: params });
  const singledParams = { teljaar: teljaar || undefined };
  const singled = useApi(sector === "mbo" ? "/steering/norms/singled-out" : null, { query: singledParams });
  const a = answer.data;

  return (
    <>
      <h1 className="utrecht-heading-1">{tx.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{tx.lead}</p>
      <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{tx.formLegend}</legend>
          <div className="vsv-filters__row">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-tj`}>{tx.teljaar}</label>
              <select id={`${id}-tj`} className="utrecht-select utrecht-select--html-select" value={teljaar}
                onChange={(e) => setQuery({ teljaar: e.target.value || null })}>
                <option value="">{tx.teljaarDefault}</option>
                {[...meta.teljaren].reverse().map((x) => <option key={x.teljaar} value={x.teljaar}>{x.teljaar}</option>)}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-sector`}>{tx.sector}</label>
              <select id={`${id}-sector`} className="utrecht-select utrecht-select--html-select" value={sector}
                onChange={(e) => setQuery({ sector: e.target.value === "vo" ? "vo" : null })}>
                {(["mbo", "vo"] as const).map((s) => <option key={s} value={s}>{tx.sectors[s]}</option>)}
              </select>
            </div>
            <div className="utrecht-form-field utrecht-form-field--checkbox">
              <input type="checkbox" id={`${id}-nm`} className="utrecht-checkbox utrecht-checkbox--html-input" checked={onlyNotMet}
                onChange={(e) => setQuery({ "niet-gehaald": e.target.checked ? "1" : null })} />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-nm`}>{tx.onlyNotMet}</label>
            </div>
          </div>
        </fieldset>
      </form>

      {answer.error ? <ErrorBox error={answer.error} /> : !a ? <Loading /> : (
        <>
          <p className="utrecht-paragraph">{tx.about(a.teljaar, a.stage, a.definition)}</p>
          <Glossary />
          {a.sector === "vo" ? <p className="utrecht-paragraph">{tx.voBasis}</p> : null}
          {a.norms.length === 0 ? <p className="utrecht-paragraph">{tx.noNorms(a.teljaar)}</p> : (
            <>
              <Section title={tx.summaryTitle} lead={tx.summaryAll(a.summary.institutions, a.summary.meeting_all, a.summary.not_meeting_all, a.summary.unknown)}>
                <DataTable<GroupSummary>
                  caption={tx.summaryCaption(a.teljaar)}
                  rowKey={(g) => g.group}
                  rows={a.summary.per_group}
                  columns={[
                    { key: "group", label: tx.cols.group, rowHeader: true, render: (g) => groupName(g.group) },
                    { key: "norm", label: tx.cols.norm, numeric: true, render: (g) => fmtPct(g.norm) },
                    { key: "n", label: tx.cols.institutions, numeric: true, render: (g) => fmtInt(g.institutions) },
                    { key: "met", label: tx.cols.metCount, numeric: true, render: (g) => fmtInt(g.met) },
                    { key: "not", label: tx.cols.notMetCount, numeric: true, render: (g) => fmtInt(g.not_met) },
                    { key: "unknown", label: tx.cols.unknownCount, numeric: true, render: (g) => fmtInt(g.unknown) },
                  ]}
                />
              </Section>
              <Section title={tx.tableTitle}>
                {a.rows.length === 0 ? <p className="utrecht-paragraph">{tx.noRows}</p> : (
                  <DataTable<NormRow> caption={tx.tableCaption(a.teljaar, onlyNotMet)} rowKey={(r) => `${r.institution}|${r.level ?? r.category}`} rows={a.rows} columns={normColumns()} />
                )}
                <Downloads path="/steering/norms" params={{ ...params, teljaar: a.teljaar }} label={tx.downloadTable} />
              </Section>
            </>
          )}
        </>
      )}

      {sector === "mbo" ? (
        <Section title={tx.singledTitle} lead={tx.singledLead}>
          {singled.error ? <ErrorBox error={singled.error} /> : !singled.data ? <Loading /> : (
            <>
              <ul className="utrecht-unordered-list">
                {singled.data.rules.map((r) => (
                  <li key={r.id} className="utrecht-unordered-list__item">
                    <strong>{tx.ruleNames[r.id] ?? r.id}</strong>: {r.description_nl} ({r.source})
                  </li>
                ))}
              </ul>
              <p className="utrecht-paragraph">{tx.singledBase(singled.data.base_teljaar)} {tx.national(fmtPct(singled.data.national.vsv_pct))}</p>
              {singled.data.rows.length === 0 ? <p className="utrecht-paragraph">{tx.singledNone}</p> : (
                <DataTable<SingledRow>
                  caption={tx.singledCaption(singled.data.teljaar)}
                  rowKey={(r) => r.institution}
                  rows={singled.data.rows}
                  columns={[
                    { key: "institution", label: tx.cols.institution, rowHeader: true, render: (r) => <Link href={`/instelling/${r.institution}`}>{r.name ?? r.institution}</Link> },
                    { key: "rules", label: tx.cols.rules, render: (r) => r.rules.map((x) => tx.ruleNames[x] ?? x).join(", ") },
                    { key: "vsv", label: tx.cols.vsv, numeric: true, render: (r) => cell(r, "vsv", "int") },
                    { key: "pct", label: tx.cols.vsvPct, numeric: true, render: (r) => fmtPct(r.vsv_pct) },
                    { key: "base", label: tx.cols.baseVsv, numeric: true, render: (r) => cell(r, "base_vsv", "int") },
                    { key: "red", label: tx.cols.reduction, numeric: true, render: (r) => (r.reduction_pct === null ? "–" : `${fmtPct(r.reduction_pct)}`) },
                  ]}
                />
              )}
              <Downloads path="/steering/norms/singled-out" params={{ ...singledParams, teljaar: singled.data.teljaar }} label={tx.downloadSingled} />
            </>
          )}
        </Section>
      ) : null}
    </>
  );
}
