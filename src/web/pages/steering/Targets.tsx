/**
 * "/sturing/doelen": the target-setting tool. The API distributes the national target (GET
 * /api/v1/steering/targets/distribution) and projects the national count (GET /api/v1/steering/projection); this page
 * only chooses the parameters and shows the answers, with the chart's numbers in a table. Manual entry keeps a running
 * sum (announced through aria-live) and asks the API to check it. Below the table: the saved plans (a national analyst
 * saves the distribution shown and adopts a plan, targets-plans.tsx) and the gap to the adopted plan's path
 * (targets-gaps.tsx), which loads again after an adoption.
 */
import { useEffect, useId, useState } from "react";
import type { Params } from "../../api.js";
import type { Answer, Item, Query } from "../../api/types.js";
import { useApi } from "../../api/hooks.js";
import { ChartBlock, Section } from "../../components/ChartBlock.js";
import { DataTable, type Column } from "../../components/DataTable.js";
import { Downloads } from "../../components/Downloads.js";
import { LineChart, teljaarRange } from "../../components/LineChart.js";
import { Glossary } from "../../components/Glossary.js";
import { ErrorBox, Loading } from "../../components/Status.js";
import { cell, fmtInt, fmtPct } from "../../format.js";
import { useMeta } from "../../meta.js";
import { asDefinition } from "../../selection.js";
import { t } from "../../text.js";
import { useTitle } from "../../title.js";
import { TargetGaps } from "./targets-gaps.js";
import { type PlanRequest, TargetPlans } from "./targets-plans.js";
import { targetsText as tx } from "./targets-text.js";

type DistributionAnswer = Answer<"/steering/targets/distribution">;
type RegionRow = Item<DistributionAnswer["rows"]>;

const METHODS = ["proportional", "equal_reduction", "convergence", "manual"] as const;

/** Manual targets as the page sends them ("01:120,02:80") as the plan body's object. */
function manualTargets(text: string): Record<string, number> {
  return Object.fromEntries(text.split(",").map((pair) => pair.split(":")).map(([region, target]) => [region!, Number(target)]));
}

/** The plan body for the distribution shown: the same parameters the API distributed with. */
function planRequest(d: DistributionAnswer, target: string, manual: string | null): PlanRequest {
  return {
    targetYear: d.target_year,
    definition: d.definition,
    baseTeljaar: d.base_teljaar,
    method: d.method,
    ...(target ? { target: Number(target) } : {}),
    ...(d.parameters.best_share !== undefined ? { bestShare: d.parameters.best_share } : {}),
    ...(d.method === "manual" && manual ? { targets: manualTargets(manual) } : {}),
  };
}

function sourceText(d: DistributionAnswer): string {
  const s = d.national.target_source;
  if (s === "reference_scaled") return (tx.source.reference_scaled as (r: number, x: number) => string)(d.national.reference_target ?? 0, d.national.scale ?? 0);
  return String(tx.source[s] ?? "");
}

export default function Targets() {
  useTitle(tx.title);
  const meta = useMeta();
  const ids = { year: useId(), base: useId(), target: useId(), hint: useId(), share: useId(), sum: useId() };
  const refs = useApi("/targets");
  const national = (refs.data?.rows ?? []).filter((r) => r.scope === "national");
  const teljaren = meta.teljaren.map((t) => t.teljaar);
  const [form, setForm] = useState({ year: "", base: teljaren.at(-2) ?? teljaren.at(-1) ?? "", target: "", method: "proportional", share: "0.25" });
  const [applied, setApplied] = useState(form);
  const [manual, setManual] = useState<Record<string, string>>({});
  const [manualApplied, setManualApplied] = useState<string | null>(null);
  const year = applied.year || String(national.at(-1)?.year ?? "");
  const [adoptions, setAdoptions] = useState(0);

  const params: Params = {
    targetYear: year || null,
    baseTeljaar: applied.base || null,
    target: applied.target || null,
    method: applied.method,
    bestShare: applied.method === "convergence" ? applied.share : null,
    targets: applied.method === "manual" ? manualApplied : null,
  };
  const ready = Boolean(year) && (applied.method !== "manual" || manualApplied !== null);
  // In manual mode the proportional distribution gives the regions and a starting point to edit.
  const baseParams: Params = { ...params, method: "proportional", bestShare: null, targets: null };
  const dist = useApi(ready ? "/steering/targets/distribution" : null, { query: params as Query<"/steering/targets/distribution"> });
  const start = useApi(year && applied.method === "manual" ? "/steering/targets/distribution" : null, { query: baseParams as Query<"/steering/targets/distribution"> });
  const projection = useApi(year ? "/steering/projection" : null, { query: { targetYear: Number(year), target: applied.target ? Number(applied.target) : null } });

  const regions = (start.data ?? dist.data)?.rows ?? [];
  const nationalTarget = (start.data ?? dist.data)?.national.target ?? 0;
  useEffect(() => {
    if (applied.method === "manual" && start.data && Object.keys(manual).length === 0) {
      setManual(Object.fromEntries(start.data.rows.map((r) => [r.region, r.target === null ? "" : String(r.target)])));
    }
  }, [applied.method, start.data, manual]);
  const manualSum = Object.values(manual).reduce((a, v) => a + (Number.parseInt(v, 10) || 0), 0);
  const diff = manualSum - nationalTarget;

  const d = dist.data;
  // The plans and the gap need the definition before the distribution has loaded: the reference target's.
  const definition = d?.definition ?? asDefinition(national.find((r) => String(r.year) === year)?.definition);
  const columns: Column<RegionRow>[] = [
    { key: "region", label: tx.cols.region, rowHeader: true, render: (r) => `${r.region} ${r.name}` },
    { key: "vsv", label: tx.cols.current, numeric: true, render: (r) => cell(r, "vsv", "int") },
    { key: "vsv_pct", label: tx.cols.pct, numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
    { key: "target", label: tx.cols.target, numeric: true, render: (r) => (r.suppressed.includes("target") ? tx.hidden : fmtInt(r.target)) },
    { key: "target_pct", label: tx.cols.targetPct, numeric: true, render: (r) => (r.suppressed.includes("target_pct") ? tx.hidden : fmtPct(r.target_pct)) },
    { key: "reduction_pct", label: tx.cols.reductionPct, numeric: true, render: (r) => (r.suppressed.includes("reduction_pct") ? tx.hidden : fmtPct(r.reduction_pct)) },
    {
      key: "on_track",
      label: tx.cols.onTrack(d?.latest_teljaar ?? ""),
      render: (r) => (r.suppressed.includes("gap") ? tx.hidden : r.gap === null ? tx.notJudged : r.gap.on_track ? tx.onTrack : tx.offTrack(fmtInt(r.gap.gap))),
    },
  ];

  const p = projection.data;
  const xs = teljaarRange([...(p?.series.map((s) => s.teljaar) ?? []), ...(d?.national.path.map((x) => x.teljaar) ?? []), ...(p?.projections.map((x) => x.teljaar) ?? [])]);
  const at = <T extends { teljaar: string }>(list: readonly T[] | undefined, t: string) => list?.find((x) => x.teljaar === t);
  const chartRows = xs.map((t) => ({ teljaar: t, actual: at(p?.series, t)?.vsv ?? null, path: at(d?.national.path, t)?.target ?? null, projection: at(p?.projections, t) ?? null }));

  return (
    <>
      <h1 className="utrecht-heading-1">{tx.title}</h1>
      <p className="utrecht-paragraph">{tx.lead}</p>
      <form
        className="vsv-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(form);
          if (form.method !== "manual") setManualApplied(null);
        }}
      >
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{tx.formLegend}</legend>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={ids.year}>{tx.targetYear}</label>
            <select id={ids.year} className="utrecht-select utrecht-select--html-select" value={form.year || year} onChange={(e) => setForm({ ...form, year: e.target.value })}>
              {national.map((r) => (
                <option key={r.year} value={r.year}>{tx.targetYearOption(r.year, r.target, r.definition)}</option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={ids.base}>{tx.baseTeljaar}</label>
            <select id={ids.base} className="utrecht-select utrecht-select--html-select" value={form.base} onChange={(e) => setForm({ ...form, base: e.target.value })}>
              {teljaren.map((t) => (
                <option key={t} value={t}>{t}</option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={ids.target}>{tx.nationalTarget}</label>
            <p className="utrecht-form-field-description" id={ids.hint}>{tx.nationalTargetHint}</p>
            <input id={ids.target} aria-describedby={ids.hint} className="utrecht-textbox utrecht-textbox--html-input" inputMode="numeric" pattern="[0-9]*" value={form.target} onChange={(e) => setForm({ ...form, target: e.target.value.trim() })} />
          </div>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{tx.method}</legend>
            {METHODS.map((m) => {
              const [label, help] = tx.methods[m]!;
              return (
                <div className="utrecht-form-field utrecht-form-field--radio" key={m}>
                  <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`${ids.year}-${m}`} name="method" value={m} checked={form.method === m} aria-describedby={`${ids.year}-${m}-help`} onChange={() => setForm({ ...form, method: m })} />
                  <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${ids.year}-${m}`}>{label}</label>
                  <p className="utrecht-form-field-description" id={`${ids.year}-${m}-help`}>{help}</p>
                </div>
              );
            })}
          </fieldset>
          {form.method === "convergence" ? (
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={ids.share}>{tx.bestShare}</label>
              <input id={ids.share} className="utrecht-textbox utrecht-textbox--html-input" inputMode="decimal" value={form.share} onChange={(e) => setForm({ ...form, share: e.target.value.replace(",", ".") })} />
            </div>
          ) : null}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">{tx.apply}</button>
        </fieldset>
      </form>

      {applied.method === "manual" ? (
        <Section title={tx.manualTitle}>
          {start.error ? <ErrorBox error={start.error} /> : !start.data ? <Loading /> : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setManualApplied(regions.map((r) => `${r.region}:${Number.parseInt(manual[r.region] ?? "", 10) || 0}`).join(","));
              }}
            >
              <fieldset className="utrecht-form-fieldset">
                <legend className="utrecht-form-fieldset__legend">{tx.manualLegend}</legend>
                <div className="vsv-manual-grid" style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))", gap: "0.5rem 1rem" }}>
                  {regions.map((r) => (
                    <div className="utrecht-form-field" key={r.region}>
                      <label className="utrecht-form-label" htmlFor={`${ids.sum}-${r.region}`}>{`${r.region} ${r.name}`}</label>
                      <input id={`${ids.sum}-${r.region}`} className="utrecht-textbox utrecht-textbox--html-input" inputMode="numeric" pattern="[0-9]*" size={7} value={manual[r.region] ?? ""} onChange={(e) => setManual({ ...manual, [r.region]: e.target.value.trim() })} />
                    </div>
                  ))}
                </div>
                <p className="utrecht-paragraph" id={ids.sum} aria-live="polite" role="status">
                  {tx.manualSum(fmtInt(manualSum), fmtInt(nationalTarget))} {tx.manualDiff(diff)}
                </p>
                <button type="submit" className="utrecht-button utrecht-button--primary-action">{tx.manualApply}</button>
              </fieldset>
            </form>
          )}
        </Section>
      ) : null}

      {!ready ? null : dist.error ? <ErrorBox error={dist.error} /> : !d ? <Loading /> : (
        <>
          <p className="utrecht-paragraph">{tx.about(d.base_teljaar, d.target_year, d.target_teljaar, d.definition)} {sourceText(d)}</p>
          <Glossary terms={["teljaar", "vsv", "stadium", "hidden", "none"]} />
          <p className="utrecht-paragraph" data-testid="targets-national">
            {tx.nationalSummary(fmtInt(d.national.current), d.national.target_source === "reference_scaled" ? `${fmtInt(d.national.target)} (${t.scaledTarget})` : fmtInt(d.national.target), fmtPct(d.national.reduction_pct))}
          </p>
          <Section title={tx.tableTitle}>
            <DataTable caption={tx.tableCaption(d.target_year, tx.methods[d.method]?.[0] ?? d.method)} columns={columns} rows={d.rows} rowKey={(r) => r.region} />
            <Downloads path="/steering/targets/distribution" params={params} label={tx.download} />
          </Section>
        </>
      )}

      {year && definition ? (
        <>
          <TargetPlans year={Number(year)} definition={definition} request={d && !dist.error ? planRequest(d, applied.target, manualApplied) : null} onAdopted={() => setAdoptions((n) => n + 1)} />
          <TargetGaps key={adoptions} year={Number(year)} definition={definition} />
        </>
      ) : null}

      {projection.error ? <ErrorBox error={projection.error} /> : !p || !d ? null : (
        <ChartBlock
          title={tx.chartTitle}
          lead={`${tx.verdict[p.verdict] ?? ""} ${tx.fit(p.fit.from, p.fit.to, p.fit.n)}`}
          chart={
            <LineChart
              title={tx.chartTitle}
              desc={tx.chartDesc}
              xs={xs}
              yFormat={fmtInt}
              yLabel={tx.chartLabel}
              series={[
                { key: "actual", label: tx.series.actual, values: chartRows.map((r) => r.actual), emphasis: true },
                { key: "path", label: tx.series.path, values: chartRows.map((r) => r.path) },
                {
                  key: "projection",
                  label: tx.series.projection,
                  values: chartRows.map((r) => r.projection?.value ?? null),
                  dashed: true,
                  notes: chartRows.map((r) => (r.projection ? tx.intervals(
                    `${fmtInt(r.projection.pi80_low)}–${fmtInt(r.projection.pi80_high)}`,
                    `${fmtInt(r.projection.pi95_low)}–${fmtInt(r.projection.pi95_high)}`,
                  ) : null)),
                },
              ]}
              bands={[
                { key: "pi95", label: tx.series.pi95, low: chartRows.map((r) => r.projection?.pi95_low ?? null), high: chartRows.map((r) => r.projection?.pi95_high ?? null), fill: "#dbe9f6" },
                { key: "pi80", label: tx.series.pi80, low: chartRows.map((r) => r.projection?.pi80_low ?? null), high: chartRows.map((r) => r.projection?.pi80_high ?? null), fill: "#a9c9e8" },
              ]}
            />
          }
          table={
            <DataTable
              caption={tx.chartCaption}
              rowKey={(r) => r.teljaar}
              rows={chartRows}
              columns={[
                { key: "teljaar", label: tx.chartCols.teljaar, rowHeader: true, render: (r) => r.teljaar },
                { key: "actual", label: tx.chartCols.actual, numeric: true, render: (r) => fmtInt(r.actual) },
                { key: "path", label: tx.chartCols.path, numeric: true, render: (r) => fmtInt(r.path) },
                { key: "projection", label: tx.chartCols.projection, numeric: true, render: (r) => fmtInt(r.projection?.value) },
                { key: "pi80", label: tx.chartCols.pi80, numeric: true, render: (r) => (r.projection ? `${fmtInt(r.projection.pi80_low)}–${fmtInt(r.projection.pi80_high)}` : "–") },
                { key: "pi95", label: tx.chartCols.pi95, numeric: true, render: (r) => (r.projection ? `${fmtInt(r.projection.pi95_low)}–${fmtInt(r.projection.pi95_high)}` : "–") },
              ]}
            />
          }
          download={{ path: "/steering/projection", params: { targetYear: year, target: applied.target || null } }}
        />
      )}
    </>
  );
}
