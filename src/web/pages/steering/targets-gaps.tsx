/**
 * The gap to the path on /sturing/doelen: each region's count in the latest teljaar against its path, from GET
 * /api/v1/steering/targets/gaps — the adopted plan's path, or the default proportional distribution when no plan is
 * adopted (the API says which in plan.source, and the page says it in words). Loaded fresh (not from the app's
 * cache), so it follows an adoption at once.
 */
import { useLive } from "../../api/hooks.js";
import type { Answer, Item } from "../../api/types.js";
import type { Definition } from "../../selection.js";
import { RequestError } from "../../casework/Messages.js";
import { Section } from "../../components/ChartBlock.js";
import { DataTable, type Column } from "../../components/DataTable.js";
import { Downloads } from "../../components/Downloads.js";
import { Loading } from "../../components/Status.js";
import { fmtInt } from "../../format.js";
import { dateTimeNl, targetsText as tx } from "./targets-text.js";

type GapsAnswer = Answer<"/steering/targets/gaps">;
type GapRow = Item<GapsAnswer["rows"]>;

const t = tx.gaps;

function planText(a: GapsAnswer): string {
  const p = a.plan;
  if (p.source === "adopted") return t.adopted(p.name || tx.plans.unnamed(p.id ?? 0), tx.methods[p.method]?.[0] ?? p.method, p.adopted_at ? dateTimeNl(p.adopted_at) : "–", p.base_teljaar);
  return t.fallback(a.target_year, p.base_teljaar);
}

function nationalText(a: GapsAnswer): string | null {
  const n = a.national;
  const path = n.path.find((x) => x.teljaar === a.teljaar)?.target;
  if (n.actual === null || path === undefined || n.on_track === null) return null;
  return t.national(a.teljaar, fmtInt(n.actual), fmtInt(path), n.on_track ? t.onTrack : t.offTrack(fmtInt(n.gap)));
}

export function TargetGaps({ year, definition }: { year: number; definition: Definition }) {
  const params = { targetYear: year, definition };
  const gaps = useLive("/steering/targets/gaps", { query: params });
  const a = gaps.data;
  const hidden = (r: GapRow, v: string) => (r.suppressed.length ? tx.hidden : v);
  const columns: Column<GapRow>[] = [
    { key: "region", label: t.cols.region, rowHeader: true, render: (r) => `${r.region} ${r.name}` },
    { key: "path", label: t.cols.path, numeric: true, render: (r) => hidden(r, fmtInt(r.path)) },
    { key: "actual", label: t.cols.actual, numeric: true, render: (r) => hidden(r, fmtInt(r.actual)) },
    { key: "gap", label: t.cols.gap, numeric: true, render: (r) => hidden(r, fmtInt(r.gap)) },
    { key: "on_track", label: t.cols.onTrack, render: (r) => hidden(r, r.on_track === null ? tx.notJudged : r.on_track ? tx.onTrack : tx.offTrack(fmtInt(r.gap))) },
  ];
  return (
    <Section title={t.title}>
      {gaps.error ? <RequestError error={gaps.error} /> : !a ? <Loading /> : (
        <>
          <p className="utrecht-paragraph" data-testid="gaps-plan" data-source={a.plan.source}>{planText(a)}</p>
          {nationalText(a) ? <p className="utrecht-paragraph">{nationalText(a)}</p> : null}
          <DataTable caption={t.caption(a.teljaar)} columns={columns} rows={a.rows} rowKey={(r) => r.region} />
          <Downloads path="/steering/targets/gaps" params={params} label={t.download} />
        </>
      )}
    </Section>
  );
}
