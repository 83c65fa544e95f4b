/**
 * A national analyst's form for one action of the action plan: status (in words, as radio buttons), the indicator,
 * the dates and a new dated progress note — PATCH /api/v1/steering/action-plan/actions/{code} with the version read,
 * sending only what changed. A 409 (someone changed the action meanwhile) says so in Dutch, reloads the plan and
 * keeps what was typed; the next save uses the reloaded version.
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import type { Body } from "../../api/types.js";
import { Button, RadioGroup, TextArea, TextField } from "../../casework/Fields.js";
import { attempt, OutcomeMessage, type Outcome } from "./programme-save.js";
import { pt } from "./programme-text.js";
import type { ActionView } from "./programme-types.js";

interface Draft {
  status: string;
  indicator: string;
  started_on: string;
  due_on: string;
  done_on: string;
  note: string;
  noted_on: string;
}

const DATES = ["started_on", "due_on", "done_on"] as const;

function draftOf(a: ActionView): Draft {
  return { status: a.status, indicator: a.indicator, started_on: a.started_on ?? "", due_on: a.due_on ?? "", done_on: a.done_on ?? "", note: "", noted_on: "" };
}

/** The change to send (only what differs from the action as read), or the reason there is none. */
export function actionChange(a: ActionView, d: Draft): { body: Record<string, unknown> } | { problem: string } {
  if (!d.indicator.trim()) return { problem: pt.indicatorRequired };
  if (d.noted_on && !d.note.trim()) return { problem: pt.notedOnWithoutNote };
  const body: Record<string, unknown> = {};
  if (d.status !== a.status) body["status"] = d.status;
  if (d.indicator.trim() !== a.indicator) body["indicator"] = d.indicator.trim();
  for (const k of DATES) if ((d[k] || null) !== a[k]) body[k] = d[k] || null;
  if (d.note.trim()) {
    body["note"] = d.note.trim();
    if (d.noted_on) body["noted_on"] = d.noted_on;
  }
  return Object.keys(body).length ? { body } : { problem: pt.nothingChanged };
}

export function ActionForm({ action, statuses, reload }: { action: ActionView; statuses: readonly { status: string; label: string }[]; reload(): void }) {
  const [d, setD] = useState<Draft>(() => draftOf(action));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Draft) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const id = `actie-${action.code.replace(".", "-")}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const change = actionChange(action, d);
    if ("problem" in change) {
      setOutcome({ kind: "invalid", message: change.problem });
      return;
    }
    setBusy(true);
    const result = await attempt(
      () => send("patch", "/steering/action-plan/actions/{code}", { path: { code: action.code }, body: { version: action.version, ...change.body } as Body<"/steering/action-plan/actions/{code}", "patch"> }),
      pt.actionSaved(action.code),
      (saved) => setD(draftOf(saved)),
    );
    setBusy(false);
    setOutcome(result);
    reload();
  }

  return (
    <form onSubmit={submit} data-testid={`action-form-${action.code}`}>
      <OutcomeMessage outcome={outcome} conflict={pt.actionConflict(action.code)} testId={`action-${action.code}`} />
      <RadioGroup id={`${id}-status`} label={pt.actionStatusLabel} value={d.status} onChange={set("status")} options={statuses.map((s) => ({ value: s.status, label: s.label }))} />
      <TextArea id={`${id}-indicator`} label={pt.indicatorLabel} value={d.indicator} onChange={set("indicator")} rows={2} />
      <TextField id={`${id}-gestart`} type="date" label={pt.startedLabel} value={d.started_on} onChange={set("started_on")} width="medium" />
      <TextField id={`${id}-gepland`} type="date" label={pt.dueLabel} value={d.due_on} onChange={set("due_on")} width="medium" />
      <TextField id={`${id}-afgerond`} type="date" label={pt.doneLabel} hint={pt.doneHint} value={d.done_on} onChange={set("done_on")} width="medium" />
      <TextArea id={`${id}-notitie`} label={pt.noteLabel} value={d.note} onChange={set("note")} rows={3} />
      <TextField id={`${id}-notitie-datum`} type="date" label={pt.notedOnLabel} hint={pt.notedOnHint} value={d.noted_on} onChange={set("noted_on")} width="medium" />
      <p className="utrecht-button-group"><Button busy={busy}>{pt.saveAction}</Button></p>
    </form>
  );
}
