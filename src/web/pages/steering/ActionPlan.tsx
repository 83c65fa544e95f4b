/**
 * /sturing/actieplan — the national action plan: the overview per action line (like the annex), then every action
 * with its status in words (never by colour alone), indicator, dates and dated progress notes. A signed-in national
 * analyst updates each action here (action-plan-form.tsx); everyone else reads.
 */
import { useEffect, type ReactNode } from "react";
import { useLive } from "../../api/hooks.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { useSession } from "../../casework/session.js";
import { Loading } from "../../components/Status.js";
import { Link } from "../../router.js";
import { useTitle } from "../../title.js";
import { ActionForm } from "./action-plan-form.js";
import { dateNl, pt } from "./programme-text.js";
import type { ActionView, LineProgress } from "./programme-types.js";

function ProgressCells({ p }: { p: LineProgress }) {
  return (
    <>
      {[p.actions, p.byStatus.not_started, p.byStatus.in_progress, p.byStatus.done].map((n, i) => (
        <td key={i} className="utrecht-table__cell utrecht-table__cell--numeric-column">{n}</td>
      ))}
    </>
  );
}

/** An action; `edit` is the analyst's form, or null for reading only. */
function Action({ a, edit }: { a: ActionView; edit: ReactNode }) {
  const dates = [a.started_on && `${pt.started} ${dateNl(a.started_on)}`, a.due_on && `${pt.due} ${dateNl(a.due_on)}`, a.done_on && `${pt.doneOn} ${dateNl(a.done_on)}`].filter(Boolean);
  return (
    <section aria-labelledby={`actie-${a.code}`} className="vsv-action" data-testid={`action-${a.code}`}>
      <h3 className="utrecht-heading-3" id={`actie-${a.code}`}>{a.code} {a.title}</h3>
      <dl className="vsv-facts">
        <dt>{pt.actionStatus}</dt>
        <dd><span className={`vsv-status vsv-status--${a.status}`}>{a.status_label}</span></dd>
        <dt>{pt.indicator}</dt>
        <dd>{a.indicator}</dd>
        {dates.length ? (<><dt>{pt.dates}</dt><dd>{dates.join(", ")}</dd></>) : null}
      </dl>
      <p className="utrecht-paragraph">{a.description}</p>
      <h4 className="utrecht-heading-4">{pt.notes}</h4>
      {a.notes.length === 0 ? <p className="utrecht-paragraph">{pt.noNotes}</p> : (
        <ul className="utrecht-unordered-list">
          {a.notes.map((n) => <li key={n.id} className="utrecht-unordered-list__item"><strong>{dateNl(n.noted_on)}</strong> ({n.author}): {n.text}</li>)}
        </ul>
      )}
      {edit ? (
        <details className="vsv-action-edit" data-testid={`action-edit-${a.code}`}>
          <summary>{pt.editAction(a.code)}</summary>
          {edit}
        </details>
      ) : null}
    </section>
  );
}

export default function ActionPlan() {
  useTitle(pt.actionPlanTitle);
  const plan = useLive("/steering/action-plan");
  const session = useSession();
  useEffect(() => session.check(), [session]);
  const user = session.state.status === "signedIn" ? session.state.user : null;
  const canEdit = user?.role === "national_analyst";
  return (
    <>
      <h1 className="utrecht-heading-1">{pt.actionPlanTitle}</h1>
      <p className="utrecht-paragraph">{pt.actionPlanIntro} <Link href="/sturing/programmas">{pt.listTitle}</Link></p>
      {canEdit ? <Notice kind="info">{pt.actionEditHint}</Notice> : user ? null : <p className="utrecht-paragraph">{pt.actionSignInHint} <Link href="/inloggen">{pt.signIn}</Link></p>}
      {plan.error ? <RequestError error={plan.error} /> : !plan.data ? <Loading /> : (
        <>
          <h2 className="utrecht-heading-2">{pt.overview}</h2>
          <div className="utrecht-table-container vsv-table-wrap" tabIndex={0} role="region" aria-label={pt.overview}>
            <table className="utrecht-table utrecht-table--html-table" data-testid="action-overview">
              <caption className="utrecht-table__caption">{pt.overview}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {[pt.overviewCols.line, pt.overviewCols.actions, pt.overviewCols.not_started, pt.overviewCols.in_progress, pt.overviewCols.done].map((h, i) => (
                    <th key={h} scope="col" className={`utrecht-table__header-cell${i > 0 ? " utrecht-table__header-cell--numeric-column" : ""}`}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {plan.data.lines.map((l) => (
                  <tr key={l.number} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell"><a className="utrecht-link" href={`#actielijn-${l.number}`}>{pt.line(l.number, l.title)}</a></th>
                    <ProgressCells p={l.progress} />
                  </tr>
                ))}
                <tr className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{pt.total}</th>
                  <ProgressCells p={plan.data.totals} />
                </tr>
              </tbody>
            </table>
          </div>
          {plan.data.lines.map((l) => (
            <section key={l.number} aria-labelledby={`actielijn-${l.number}`}>
              <h2 className="utrecht-heading-2" id={`actielijn-${l.number}`}>{pt.line(l.number, l.title)}</h2>
              {l.actions.map((a) => (
                <Action key={a.code} a={a} edit={canEdit ? <ActionForm key={a.code} action={a} statuses={plan.data!.statuses} reload={plan.reload} /> : null} />
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
