/**
 * Saved target plans on /sturing/doelen: the list of plans for the target year (GET /api/v1/steering/target-plans,
 * public) with which one is adopted, and for a signed-in national analyst "Plan opslaan" (POST, the server
 * distributes again from the same parameters) and "Vaststellen" per plan (POST …/adopt). The server decides who may;
 * its 403, 409 and validation answers are shown in words. Others see the list read-only.
 */
import { useEffect, useId, useState, type FormEvent } from "react";
import { ApiError, send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import type { Answer, Body, Item } from "../../api/types.js";
import { errorText } from "../../components/Status.js";
import type { Definition } from "../../selection.js";
import { Button, TextField } from "../../casework/Fields.js";
import { Notice } from "../../casework/Messages.js";
import { useSession } from "../../casework/session.js";
import { Section } from "../../components/ChartBlock.js";
import { Loading } from "../../components/Status.js";
import { fmtInt } from "../../format.js";
import { Link } from "../../router.js";
import { dateTimeNl, targetsText as tx } from "./targets-text.js";
import { useConfirm } from "../../components/ConfirmDialog.js";

/** The body of POST /steering/target-plans without the name: the parameters of the distribution shown. */
type PlanBody = Body<"/steering/target-plans", "post">;
export type PlanRequest = Omit<PlanBody, "name"> & Required<Pick<PlanBody, "targetYear" | "definition" | "baseTeljaar">>;

type SavedPlan = Item<Answer<"/steering/target-plans">["rows"]>;

const MAX_NAME = 200;
const t = tx.plans;
const planName = (p: SavedPlan) => p.name || t.unnamed(p.id);
const methodLabel = (m: string) => tx.methods[m]?.[0] ?? m;

/** The server's answer in words: what the status means for this page, then the server's own detail. */
function problemMessage(e: unknown): string {
  return e instanceof ApiError ? t.errors[e.status] ?? e.message : errorText(e);
}

type Outcome = { kind: "ok"; message: string } | { kind: "error"; message: string } | null;

function OutcomeNotice({ outcome, testId }: { outcome: Outcome; testId: string }) {
  if (!outcome) return null;
  return <Notice kind={outcome.kind === "ok" ? "ok" : "error"} testId={testId}>{outcome.message}</Notice>;
}

function SavePlan({ request, onSaved }: { request: PlanRequest; onSaved(): void }) {
  const id = useId();
  const [name, setName] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    const invalid = trimmed === "" ? t.nameMissing : trimmed.length > MAX_NAME ? t.nameTooLong : undefined;
    setFieldError(invalid);
    if (invalid) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const plan = await send("post", "/steering/target-plans", { body: { ...request, name: trimmed } });
      setOutcome({ kind: "ok", message: t.saved(planName(plan)) });
      setName("");
    } catch (err) {
      setOutcome({ kind: "error", message: problemMessage(err) });
    } finally {
      setBusy(false);
      onSaved();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 className="utrecht-heading-3" id={`${id}-title`}>{t.saveTitle}</h3>
      <p className="utrecht-paragraph">{t.saveWhat(methodLabel(request.method), request.targetYear, request.baseTeljaar, request.definition)}</p>
      <OutcomeNotice outcome={outcome} testId="plan-save-outcome" />
      <TextField id={`${id}-name`} label={t.name} hint={t.nameHint} value={name} onChange={setName} error={fieldError} required />
      <Button busy={busy}>{t.save}</Button>
    </form>
  );
}

function PlanTable({ plans, year, canAdopt, onAdopt }: { plans: readonly SavedPlan[]; year: number; canAdopt: boolean; onAdopt(p: SavedPlan): void }) {
  return (
    <div className="utrecht-table-container vsv-table-wrap" tabIndex={0} role="region" aria-label={t.caption(year)}>
      <table className="utrecht-table utrecht-table--html-table" data-testid="target-plans">
        <caption className="utrecht-table__caption">{t.caption(year)}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t.cols.name}</th>
            <th scope="col" className="utrecht-table__header-cell">{t.cols.method}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t.cols.target}</th>
            <th scope="col" className="utrecht-table__header-cell">{t.cols.base}</th>
            <th scope="col" className="utrecht-table__header-cell">{t.cols.created}</th>
            <th scope="col" className="utrecht-table__header-cell">{t.cols.status}</th>
            {canAdopt ? <th scope="col" className="utrecht-table__header-cell">{t.cols.action}</th> : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {plans.map((p) => (
            <tr key={p.id} className="utrecht-table__row" data-testid={`target-plan-${p.id}`}>
              <th scope="row" className="utrecht-table__header-cell">{planName(p)}</th>
              <td className="utrecht-table__cell">{methodLabel(p.method)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{fmtInt(p.national_target)}</td>
              <td className="utrecht-table__cell">{p.base_teljaar}</td>
              <td className="utrecht-table__cell">{dateTimeNl(p.created_at)}</td>
              <td className="utrecht-table__cell">{p.adopted ? <strong>{t.isAdopted(p.adopted_at ? dateTimeNl(p.adopted_at) : "–")}</strong> : t.notAdopted}</td>
              {canAdopt ? (
                <td className="utrecht-table__cell">
                  {p.adopted ? null : (
                    <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-label={t.adoptLabel(planName(p))} onClick={() => onAdopt(p)}>{t.adopt}</button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The plans of a target year and definition; `request` is the distribution shown (null while it loads or failed).
 * `onAdopted` tells the page to load the gap to the path again.
 */
export function TargetPlans({ year, definition, request, onAdopted }: { year: number; definition: Definition; request: PlanRequest | null; onAdopted(): void }) {
  const session = useSession();
  useEffect(() => session.check(), [session]);
  const plans = useLive("/steering/target-plans", { query: { targetYear: year, definition } });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const user = session.state.status === "signedIn" ? session.state.user : null;
  const analyst = user?.role === "national_analyst";

  const { confirm, dialog } = useConfirm();
  async function adopt(p: SavedPlan) {
    if (!(await confirm({ title: t.confirmAdoptTitle(planName(p)), body: t.confirmAdoptBody, confirmLabel: t.confirmAdopt }))) return;
    try {
      await send("post", "/steering/target-plans/{id}/adopt", { path: { id: p.id } });
      setOutcome({ kind: "ok", message: t.adopted(planName(p)) });
      onAdopted();
    } catch (err) {
      setOutcome({ kind: "error", message: problemMessage(err) });
    }
    plans.reload();
  }

  const unavailable = plans.error instanceof ApiError && plans.error.status === 404;
  return (
    <Section title={t.title} lead={unavailable ? undefined : t.lead(year)}>
      {unavailable ? <p className="utrecht-paragraph">{t.unavailable}</p> : (
        <>
          {analyst ? null : user ? <p className="utrecht-paragraph">{t.readOnly}</p> : (
            <p className="utrecht-paragraph">{t.signInHint} <Link href="/inloggen">{t.signIn}</Link></p>
          )}
          {analyst && request ? <SavePlan key={JSON.stringify(request)} request={request} onSaved={plans.reload} /> : null}
          <OutcomeNotice outcome={outcome} testId="plan-adopt-outcome" />
          {dialog}
          {plans.error ? <Notice kind="error">{problemMessage(plans.error)}</Notice> : !plans.data ? <Loading /> : plans.data.rows.length === 0 ? (
            <p className="utrecht-paragraph">{t.none(year)}</p>
          ) : (
            <PlanTable plans={plans.data.rows} year={year} canAdopt={analyst} onAdopt={adopt} />
          )}
        </>
      )}
    </Section>
  );
}
