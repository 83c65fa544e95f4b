/**
 * The programme's measures: the table everyone sees and, for the region's coordinator, changing or removing a
 * measure (PATCH / DELETE …/measures/{id}) and adding one (POST …/measures) with name, target group, topic, budget
 * and status.
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import type { Body, Query } from "../../api/types.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { attempt, OutcomeMessage, wholeNumber, type EditProps, type Outcome } from "./programme-save.js";
import { euro, pt } from "./programme-text.js";
import type { ProgrammeDetail } from "./programme-types.js";

type Measure = ProgrammeDetail["measures"][number];
type Topics = ProgrammeDetail["topics"];

interface Draft {
  name: string;
  target_group: string;
  topic: string;
  budget: string;
  status: string;
}

const emptyDraft: Draft = { name: "", target_group: "", topic: "", budget: "", status: "planned" };
const draftOf = (m: Measure): Draft => ({ name: m.name, target_group: m.target_group, topic: m.topic ?? "", budget: String(m.budget_eur), status: m.status });

/** The fields of a measure; `id` makes the controls' ids unique (new or the measure's id). */
function MeasureForm({ id, title, topics, initial, submitLabel, onSave, onCancel }: {
  id: string;
  title: string;
  topics: Topics;
  initial: Draft;
  submitLabel: string;
  /** Sends the measure; answers the outcome, and whether to empty the form. */
  onSave(fields: { name: string; target_group: string; topic: string | null; budget_eur: number; status: string }): Promise<Outcome>;
  onCancel?: () => void;
}) {
  const [d, setD] = useState<Draft>(initial);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const set = (k: keyof Draft) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const budget = d.budget.trim() === "" ? 0 : wholeNumber(d.budget);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!d.name.trim() || budget === null) return;
    setBusy(true);
    const result = await onSave({ name: d.name.trim(), target_group: d.target_group.trim(), topic: d.topic || null, budget_eur: budget, status: d.status });
    setBusy(false);
    setOutcome(result);
    if (result?.kind === "saved" && id === "nieuw") {
      setD(emptyDraft);
      setTried(false);
    }
  }

  return (
    <form onSubmit={submit} data-testid={`measure-form-${id}`} aria-labelledby={`maatregel-${id}-titel`}>
      <h3 className="utrecht-heading-3" id={`maatregel-${id}-titel`}>{title}</h3>
      <OutcomeMessage outcome={outcome} />
      <TextField id={`maatregel-${id}-naam`} label={pt.measureName} value={d.name} onChange={set("name")} required error={tried && !d.name.trim() ? pt.nameRequired : undefined} />
      <TextField id={`maatregel-${id}-doelgroep`} label={pt.measureGroup} value={d.target_group} onChange={set("target_group")} />
      <SelectField id={`maatregel-${id}-onderwerp`} label={pt.measureTopic} value={d.topic} onChange={set("topic")} placeholder={pt.noTopic} options={topics.map((t) => ({ value: t.code, label: t.title }))} />
      <TextField id={`maatregel-${id}-budget`} label={pt.measureBudget} value={d.budget} onChange={set("budget")} inputMode="numeric" width="short" error={tried && budget === null ? pt.wholeNumber : undefined} />
      <SelectField id={`maatregel-${id}-status`} label={pt.measureStatus} value={d.status} onChange={set("status")} options={pt.measureStatuses} />
      <p className="utrecht-button-group">
        <Button busy={busy}>{submitLabel}</Button>
        {onCancel ? <Button kind="secondary" type="button" onClick={onCancel}>{pt.cancel}</Button> : null}
      </p>
    </form>
  );
}

function MeasureRow({ m, topics, canEdit, confirming, onEdit, onAskRemove, onRemove, onCancel }: {
  m: Measure; topics: Topics; canEdit: boolean; confirming: boolean;
  onEdit(): void; onAskRemove(): void; onRemove(): void; onCancel(): void;
}) {
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">{m.name}</th>
      <td className="utrecht-table__cell">{m.target_group}</td>
      <td className="utrecht-table__cell">{m.topic ? topics.find((t) => t.code === m.topic)?.title ?? m.topic : ""}</td>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{euro(m.budget_eur)}</td>
      <td className="utrecht-table__cell">{m.status_label}</td>
      {canEdit ? (
        <td className="utrecht-table__cell">
          {confirming ? (
            <div role="group" aria-label={pt.confirmRemove(m.name)}>
              <p className="utrecht-paragraph">{pt.confirmRemove(m.name)}</p>
              <Button kind="secondary" type="button" onClick={onRemove}>{pt.confirmYes}</Button>{" "}
              <Button kind="secondary" type="button" onClick={onCancel}>{pt.cancel}</Button>
            </div>
          ) : (
            <>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-label={pt.editMeasureButton(m.name)} onClick={onEdit}>{pt.edit}</button>{" "}
              <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-label={pt.removeMeasureButton(m.name)} onClick={onAskRemove}>{pt.remove}</button>
            </>
          )}
        </td>
      ) : null}
    </tr>
  );
}

export function Measures({ d, canEdit, region, query, version, reload }: EditProps & { d: ProgrammeDetail; canEdit: boolean }) {
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const editingMeasure = d.measures.find((m) => m.id === editing);

  async function remove(m: Measure) {
    setConfirming(null);
    setOutcome(await attempt(() => send("delete", "/steering/programmes/{region}/measures/{id}", { path: { region, id: m.id }, query: { ...query, version } as Query<"/steering/programmes/{region}/measures/{id}", "delete"> }), pt.measureRemoved));
    if (editing === m.id) setEditing(null);
    reload();
  }

  return (
    <>
      <OutcomeMessage outcome={outcome} />
      {d.measures.length === 0 ? <p className="utrecht-paragraph">{pt.noMeasures}</p> : (
        <div className="utrecht-table-container vsv-table-wrap" tabIndex={0} role="region" aria-label={pt.measures}>
          <table className="utrecht-table utrecht-table--html-table" data-testid="programme-measures">
            <caption className="utrecht-table__caption">{pt.measures}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{pt.measureCols.name}</th>
                <th scope="col" className="utrecht-table__header-cell">{pt.measureCols.group}</th>
                <th scope="col" className="utrecht-table__header-cell">{pt.measureCols2.topic}</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{pt.measureCols.budget}</th>
                <th scope="col" className="utrecht-table__header-cell">{pt.measureCols.status}</th>
                {canEdit ? <th scope="col" className="utrecht-table__header-cell">{pt.measureCols2.actions}</th> : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.measures.map((m) => (
                <MeasureRow key={m.id} m={m} topics={d.topics} canEdit={canEdit} confirming={confirming === m.id}
                  onEdit={() => { setOutcome(null); setEditing(m.id); }} onAskRemove={() => setConfirming(m.id)} onRemove={() => void remove(m)} onCancel={() => setConfirming(null)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && editingMeasure ? (
        // Keyed by the measure only: a 409 reloads the programme and keeps what was typed.
        <MeasureForm key={editingMeasure.id} id={String(editingMeasure.id)} title={pt.editMeasure(editingMeasure.name)} topics={d.topics} initial={draftOf(editingMeasure)} submitLabel={pt.saveMeasure}
          onCancel={() => setEditing(null)}
          onSave={async (fields) => {
            const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== (editingMeasure as unknown as Record<string, unknown>)[k]));
            if (Object.keys(changed).length === 0) return { kind: "invalid", message: pt.nothingChanged };
            const result = await attempt(() => send("patch", "/steering/programmes/{region}/measures/{id}", { path: { region, id: editingMeasure.id }, query: query as Query<"/steering/programmes/{region}/measures/{id}", "patch">, body: { version, ...changed } as Body<"/steering/programmes/{region}/measures/{id}", "patch"> }), pt.measureSaved);
            reload();
            return result;
          }} />
      ) : null}
      {canEdit ? (
        <MeasureForm id="nieuw" title={pt.addMeasure} topics={d.topics} initial={emptyDraft} submitLabel={pt.addMeasure}
          onSave={async (fields) => {
            const result = await attempt(() => send("post", "/steering/programmes/{region}/measures", { path: { region }, query: query as Query<"/steering/programmes/{region}/measures", "post">, body: { version, ...fields } as Body<"/steering/programmes/{region}/measures", "post"> }), pt.measureAdded);
            reload();
            return result;
          }} />
      ) : null}
    </>
  );
}
