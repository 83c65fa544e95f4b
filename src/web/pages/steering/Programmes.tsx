/**
 * /sturing/programmas — every RMC region (GET /api/v1/regions) with its programmes: period, status, agreements made,
 * measures; a region without one says "nog geen programma" and links to its page, where its coordinator starts one.
 * Without computed figures the regions list is unavailable: then only the regions with a programme, and it says so.
 */
import { useApi, useLive } from "../../api/hooks.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { Loading } from "../../components/Status.js";
import { Link } from "../../router.js";
import { useTitle } from "../../title.js";
import { euro, pt } from "./programme-text.js";
import type { ProgrammeListItem } from "./programme-types.js";

type Row = { region: string; name: string; programme: ProgrammeListItem | null };

/** One row per programme, plus one per region without a programme; by region code, the latest period first. */
function rowsFor(regions: readonly { readonly code: string; readonly name: string }[], programmes: readonly ProgrammeListItem[]): Row[] {
  const rows: Row[] = programmes.map((p) => ({ region: p.region, name: p.region_name, programme: p }));
  const withProgramme = new Set(programmes.map((p) => p.region));
  for (const r of regions) if (!withProgramme.has(r.code)) rows.push({ region: r.code, name: r.name, programme: null });
  return rows.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : (b.programme?.period ?? "").localeCompare(a.programme?.period ?? "")));
}

export default function Programmes() {
  useTitle(pt.listTitle);
  const list = useLive("/steering/programmes");
  const regions = useApi("/regions");
  const regionsKnown = !regions.loading && !regions.error;
  return (
    <>
      <h1 className="utrecht-heading-1">{pt.listTitle}</h1>
      <p className="utrecht-paragraph">{pt.listIntro}</p>
      <p className="utrecht-paragraph"><Link href="/sturing/actieplan">{pt.toActionPlan}</Link></p>
      {list.error ? <RequestError error={list.error} /> : !list.data || regions.loading ? <Loading /> : (
        <>
          {regionsKnown ? null : <Notice kind="warning">{pt.regionsUnavailable}</Notice>}
          {list.data.items.length === 0 && !regionsKnown ? <p className="utrecht-paragraph">{pt.none}</p> : (
            <div className="utrecht-table-container vsv-table-wrap" tabIndex={0} role="region" aria-label={pt.listTitle}>
              <table className="utrecht-table utrecht-table--html-table" data-testid="programmes">
                <caption className="utrecht-table__caption">{pt.listTitle}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {[pt.cols.region, pt.cols.period, pt.cols.status, pt.cols.agreed, pt.cols.measures, pt.cols.budget].map((h, i) => (
                      <th key={h} scope="col" className={`utrecht-table__header-cell${i >= 4 ? " utrecht-table__header-cell--numeric-column" : ""}`}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {rowsFor(regionsKnown ? (regions.data?.rows ?? []) : [], list.data.items).map(({ region, name, programme: p }) => (
                    <tr key={p ? p.id : `regio-${region}`} className="utrecht-table__row" data-testid={p ? undefined : `no-programme-${region}`}>
                      <th scope="row" className="utrecht-table__header-cell"><Link href={`/sturing/programma/${region}`}>{name} ({region})</Link></th>
                      {p ? (
                        <>
                          <td className="utrecht-table__cell"><Link href={`/sturing/programma/${region}?periode=${p.period}`} aria-label={pt.periodLink(name, region, p.period)}>{p.period}</Link></td>
                          <td className="utrecht-table__cell">{p.status_label}</td>
                          <td className="utrecht-table__cell">{pt.of(p.topics_agreed, p.topics_total)}</td>
                          <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{p.measures}</td>
                          <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{euro(p.measures_budget_eur)}</td>
                        </>
                      ) : <td className="utrecht-table__cell" colSpan={5}>{pt.noProgrammeShort}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
