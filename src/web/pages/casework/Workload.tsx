/**
 * /werk/werklast (coordinators): per officer of the region the open cases, the overdue next steps and the open
 * cases without contact for 30 days or more, with the unassigned cases and totals; each number links to those cases.
 * Handovers from other regions waiting to be assigned are named above the table, with a link to Binnengekomen.
 */
import { useLive } from "../../api/hooks.js";
import { SelectField } from "../../casework/Fields.js";
import { RequestError } from "../../casework/Messages.js";
import { useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import type { WorkloadCounts } from "../../casework/types.js";
import { Loading } from "../../components/Status.js";
import { Link, setQuery } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const w = ct.workload;

function casesHref(region: string, officer: string, extra: string): string {
  return `/werk/dossiers?regio=${region}&begeleider=${officer}${extra}`;
}

function Counts({ region, officer, name, counts }: { region: string; officer: string; name: string; counts: WorkloadCounts }) {
  const cell = (n: number, extra: string, what: string) => (
    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
      {n === 0 ? "0" : <Link href={casesHref(region, officer, extra)} aria-label={`${n}: ${w.showCases(what, name)}`}>{n}</Link>}
    </td>
  );
  return (
    <>
      {cell(counts.open_cases, "", w.open)}
      {cell(counts.overdue_next_steps, "&achterstallig=ja", w.overdue)}
      {cell(counts.without_contact, "&geen-contact=ja", w.noContact)}
    </>
  );
}

export function Workload({ user, query }: { user: User; query: URLSearchParams }) {
  useTitle(w.title);
  const names = useRegionNames();
  const region = query.get("regio") ?? user.regions[0] ?? "";
  const res = useLive("/workload", { query: { region } });
  const d = res.data;
  const regionLabel = ct.regionName(region, names.get(region));
  // Cases handed over to the region wait for a coordinator: said here, so nobody has to look for them.
  const waiting = useLive("/handovers/waiting").data?.regions.find((r) => r.region === region)?.waiting ?? 0;
  return (
    <>
      <h1 className="utrecht-heading-1">{w.title}</h1>
      <p className="utrecht-paragraph">{w.lead}</p>
      {waiting > 0 ? (
        <p className="utrecht-paragraph" data-testid="workload-incoming">
          <Link href={`/werk/binnengekomen?regio=${region}`}>{ct.incoming.workloadLink(waiting)}</Link>
        </p>
      ) : null}
      {user.regions.length > 1 ? (
        <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={(e) => e.preventDefault()}>
          <SelectField id="w-region" label={ct.signals.region} value={region} onChange={(v) => setQuery({ regio: v })}
            options={user.regions.map((r) => ({ value: r, label: ct.regionName(r, names.get(r)) }))} />
        </form>
      ) : null}
      {res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : (
        <div className="utrecht-table-container utrecht-table-container--overflow-inline vsv-table-wrap">
          <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color" data-testid="workload-table">
            <caption className="utrecht-table__caption">{w.caption(regionLabel)}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{w.officer}</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{w.open}</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{w.overdue}</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{`${w.noContact.replace("30", String(d.no_contact_days))}`}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.officers.map((o) => {
                const name = o.display_name ?? o.username ?? `#${o.officer_id}`;
                return (
                  <tr key={o.officer_id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">{name}{o.role ? ` (${ct.roles[o.role] ?? o.role})` : ""}</th>
                    <Counts region={region} officer={String(o.officer_id)} name={name} counts={o} />
                  </tr>
                );
              })}
              <tr className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{w.unassigned}</th>
                <Counts region={region} officer="none" name={w.unassigned.toLowerCase()} counts={d.unassigned} />
              </tr>
            </tbody>
            <tfoot className="utrecht-table__footer">
              <tr className="utrecht-table__row vsv-total">
                <th scope="row" className="utrecht-table__header-cell">{w.total}</th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{d.total.open_cases}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{d.total.overdue_next_steps}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{d.total.without_contact}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
