/**
 * /sturing/vervolg: what becomes of young people — the vsv'ers a year later (chart + table, the 2014 letter beside
 * it), mbo leavers' work, NEET per region, vulnerable groups and the vso/vmbo → mbo transitions. Every number comes
 * from /api/v1/steering/… (docs/follow-up.md) and every table can be downloaded.
 */
import { type ReactNode, useId, useState } from "react";
import type { Params } from "../../api.js";
import type { Answer, Query } from "../../api/types.js";
import { useApi } from "../../api/hooks.js";
import { ChartBlock, Section } from "../../components/ChartBlock.js";
import { type Column, DataTable } from "../../components/DataTable.js";
import { Downloads } from "../../components/Downloads.js";
import { ErrorBox, Loading } from "../../components/Status.js";
import { cell, isSuppressed } from "../../format.js";
import { useTitle } from "../../title.js";
import { levelLabel } from "../../../domain/labels/education.js";
import { valueLabel } from "../../../domain/labels/fields.js";
import { ShareBars } from "./follow-up-chart.js";
import { followUpText as tx } from "./follow-up-text.js";

/** A row of one of the page's tables, as the column helpers read it (the tables differ; each answer's rows fit). */
type Row = Readonly<Record<string, unknown>> & { readonly suppressed?: readonly string[] | null };
type FollowUpAnswer = Answer<"/steering/follow-up">;

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const text = (row: Row, field: string) => (row[field] == null ? tx.unknown : String(row[field]));
const count = (key: string, label: string, rowHeader = false): Column<Row> => ({ key, label, numeric: !rowHeader, render: (r) => cell(r, key, "int") });
/** A share: "x" when its count is hidden, like the other pages' percentages. */
const share = (key: string, label: string): Column<Row> => ({
  key: `${key}_pct`, label, numeric: true,
  render: (r) => cell(isSuppressed(r, key) ? { suppressed: [`${key}_pct`] } : r, `${key}_pct`, "pct"),
});
/** The Netherlands' row stays above the areas when a reader sorts or searches. */
const national = (r: Row) => r.code === "NL";
const name = (label: string, field = "name"): Column<Row> => ({ key: field, label, rowHeader: true, render: (r) => text(r, field) });

/** The row header of the mbo leavers' table: a region or programme by its name (and crebo), a level in words. */
function mboWorkArea(by: string, r: Row): string {
  const code = r["code"] == null ? null : String(r["code"]);
  const name = r["name"] == null ? null : String(r["name"]);
  if (code === "NL" || by === "labour_market_region") return name ?? code ?? tx.unknown;
  if (by === "level") return code ? levelLabel(code) : tx.unknown;
  if (name && code) return `${name} (${code})`;
  return code ? tx.mboWork.programmeCode(code) : name ?? tx.unknown;
}

function Select<V extends string | number>({ label, value, options, onChange }: { label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (v: V) => void }) {
  const id = useId();
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      <select id={id} className="utrecht-select utrecht-select--html-select" value={String(value)}
        onChange={(e) => onChange((typeof value === "number" ? Number(e.target.value) : e.target.value) as V)}>
        {options.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>)}
      </select>
    </div>
  );
}

function Loaded<T>({ state, children }: { state: { data: T | undefined; error: Error | undefined }; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (!state.data) return <Loading />;
  return <>{children(state.data)}</>;
}

function FollowUpSplit({ data, params }: { data: FollowUpAnswer; params: Params }) {
  const nl: Row = data.rows[0]!;
  const columns: Column<Row>[] = [name(tx.followUp.area), count("vsv", tx.followUp.vsv), ...data.situations.flatMap((s) => [count(s, tx.followUp.situations[s] ?? s), share(s, "%")])];
  return (
    <>
      <ChartBlock
        title={tx.followUp.title}
        lead={tx.followUp.lead(data.teljaar, longDate(data.date))}
        chart={<ShareBars label={tx.followUp.chartLabel} bars={data.situations.map((s) => ({ key: s, label: tx.followUp.situations[s] ?? s, pct: (nl[`${s}_pct`] as number | null) ?? null }))} />}
        table={<DataTable caption={tx.followUp.caption(data.teljaar)} columns={columns} rows={data.rows} rowKey={(r, i) => `${String(r.code)}-${i}`} pinned={national} />}
        download={{ path: "/steering/follow-up", params }}
      />
      <Section title={tx.followUp.reference} lead={tx.followUp.referenceLead}>
        <DataTable
          caption={tx.followUp.referenceCaption}
          columns={[
            { key: "label", label: tx.followUp.category, rowHeader: true, render: (r) => String(r.label) },
            { key: "pct", label: tx.followUp.letterCol, numeric: true, render: (r) => cell(r, "pct", "pct") },
            { key: "ours_pct", label: tx.followUp.oursCol(data.teljaar), numeric: true, render: (r) => cell(r, "ours_pct", "pct") },
          ]}
          rows={data.reference.shares.map((s) => ({ ...s }) as Row)}
          rowKey={(r) => String(r.category)}
        />
      </Section>
    </>
  );
}

export default function FollowUp() {
  useTitle(tx.title);
  const [teljaar, setTeljaar] = useState("");
  const [by, setBy] = useState("labour_market_region");
  const [year, setYear] = useState<number | null>(null);
  const fuParams = { teljaar, by: "region" } as const;
  const followUp = useApi("/steering/follow-up", { query: fuParams });
  const mboParams = { teljaar, by } as Query<"/steering/follow-up/mbo-work"> & Params;
  const mboWork = useApi("/steering/follow-up/mbo-work", { query: mboParams });
  const neetParams = { year, by: "region" } as const;
  const neet = useApi("/steering/neet", { query: neetParams });
  const tjParams = { teljaar };
  const vulnerable = useApi("/steering/vulnerable", { query: tjParams });
  const transitions = useApi("/steering/transitions", { query: tjParams });
  const shownTeljaar = followUp.data?.teljaar ?? teljaar;

  return (
    <>
      <h1 className="utrecht-heading-1">{tx.title}</h1>
      <p className="utrecht-paragraph">{tx.lead}</p>
      {followUp.data ? (
        <form className="vsv-filters" onSubmit={(e) => e.preventDefault()}>
          <Select label={tx.teljaar} value={followUp.data.teljaar} options={[...followUp.data.teljaren].reverse().map((v) => ({ value: v, label: v }))} onChange={setTeljaar} />
        </form>
      ) : null}
      {followUp.data && followUp.data.pending.length > 0 ? (
        <p className="utrecht-paragraph vsv-pending">{tx.followUp.pending(followUp.data.pending.map((p) => ({ teljaar: p.teljaar, date: longDate(p.date) })))}</p>
      ) : null}
      <Loaded state={followUp}>{(data) => <FollowUpSplit data={data} params={fuParams} />}</Loaded>

      <Section title={tx.mboWork.title} lead={tx.mboWork.lead}>
        <form className="vsv-filters" onSubmit={(e) => e.preventDefault()}>
          <Select label={tx.mboWork.by} value={by} options={Object.entries(tx.mboWork.byOptions).map(([value, label]) => ({ value, label }))} onChange={setBy} />
        </form>
        <Loaded state={mboWork}>
          {(data) => (
            <DataTable
              caption={tx.mboWork.caption(tx.mboWork.byOptions[by] ?? by)}
              columns={[
                { key: "name", label: tx.mboWork.byOptions[by] ?? by, rowHeader: true, render: (r) => mboWorkArea(by, r) },
                count("leavers", tx.mboWork.leavers), count("working", tx.mboWork.working), share("working", tx.mboWork.share),
                count("with_sk_working", tx.mboWork.withSk), share("with_sk_working", tx.mboWork.share),
                count("without_sk_working", tx.mboWork.withoutSk), share("without_sk_working", tx.mboWork.share),
              ]}
              rows={data.rows}
              rowKey={(r, i) => `${String(r.code)}-${i}`}
              pinned={national}
            />
          )}
        </Loaded>
        <Downloads path="/steering/follow-up/mbo-work" params={mboParams} label={tx.mboWork.title} />
      </Section>

      <Loaded state={neet}>
        {(data) => (
          <Section title={tx.neet.title} lead={tx.neet.lead(longDate(data.date))}>
            <form className="vsv-filters" onSubmit={(e) => e.preventDefault()}>
              <Select label={tx.year} value={data.year} options={[...data.years].reverse().map((v) => ({ value: v, label: String(v) }))} onChange={(v) => setYear(v)} />
            </form>
            <DataTable caption={tx.neet.caption(data.year)} columns={[name(tx.followUp.area), count("population", tx.neet.population), count("neet", tx.neet.neet), share("neet", "%")]} rows={data.rows} rowKey={(r, i) => `${String(r.code)}-${i}`} pinned={national} />
            <Downloads path="/steering/neet" params={neetParams} label={tx.neet.title} />
          </Section>
        )}
      </Loaded>

      <Section title={tx.vulnerable.title} lead={tx.vulnerable.lead}>
        <Loaded state={vulnerable}>
          {(data) => (
            <DataTable
              caption={tx.vulnerable.caption(shownTeljaar)}
              columns={[
                { key: "group", label: tx.vulnerable.group, rowHeader: true, render: (r) => tx.vulnerable.groups[String(r.group)] ?? String(r.group) },
                count("pupils", tx.vulnerable.pupils), count("stayed", tx.vulnerable.stayed), count("leavers", tx.vulnerable.leavers),
                ...["education", "work", "neither"].flatMap((a) => [count(a, tx.vulnerable.after[a]!), share(a, "%")]),
              ]}
              rows={data.rows}
              rowKey={(r) => String(r.group)}
            />
          )}
        </Loaded>
        <Downloads path="/steering/vulnerable" params={tjParams} label={tx.vulnerable.title} />
      </Section>

      <Loaded state={transitions}>
        {(data) => (
          <>
            <Section title={tx.vsoMbo.title} lead={tx.vsoMbo.lead}>
              <DataTable
                caption={tx.vsoMbo.caption(shownTeljaar)}
                columns={[
                  { key: "level", label: tx.vsoMbo.level, rowHeader: true, render: (r) => `${tx.vsoMbo.levels[String(r.level)] ?? String(r.level)} — ${tx.vsoMbo.origins[String(r.origin)] ?? String(r.origin)}` },
                  count("start_population", tx.vsoMbo.startPopulation), count("vsv", tx.vsoMbo.vsv),
                  { key: "vsv_pct", label: "%", numeric: true, render: (r) => cell(r, "vsv_pct", "pct") },
                ]}
                rows={data.vso_mbo}
                rowKey={(r) => `${String(r.level)}-${String(r.origin)}`}
              />
            </Section>
            <Section title={tx.vmboMbo.title} lead={tx.vmboMbo.lead}>
              <DataTable
                caption={tx.vmboMbo.caption(shownTeljaar)}
                columns={[
                  { key: "vmbo_level", label: tx.vmboMbo.vmboLevel, rowHeader: true, render: (r) => (r.vmbo_level === "total" ? valueLabel("vmbo_level", "total") : levelLabel(String(r.vmbo_level))) },
                  count("graduates", tx.vmboMbo.graduates),
                  ...Object.entries(tx.vmboMbo.outcomes).flatMap(([k, label]) => [count(k, label), share(k, "%")]),
                ]}
                rows={data.vmbo_mbo}
                rowKey={(r) => String(r.vmbo_level)}
              />
              <Downloads path="/steering/transitions" params={tjParams} label={`${tx.vsoMbo.title}, ${tx.vmboMbo.title}`} />
            </Section>
          </>
        )}
      </Loaded>
      <p className="utrecht-paragraph">{tx.more}</p>
    </>
  );
}
