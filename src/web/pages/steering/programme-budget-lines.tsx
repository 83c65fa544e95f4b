/**
 * The programme's other money beside the national share (co-funding), per year of the period; the region's
 * coordinator adds a line (POST …/budget-lines), changes one in a form that opens below the list (PATCH
 * …/budget-lines/{id}, only the fields that changed) or removes one (DELETE …/budget-lines/{id}).
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import type { Body, Query } from "../../api/types.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { attempt, OutcomeMessage, wholeNumber, type EditProps, type Outcome } from "./programme-save.js";
import { euro, pt } from "./programme-text.js";
import type { ProgrammeDetail } from "./programme-types.js";

type Line = ProgrammeDetail["budget_lines"][number];
type LineFields = Omit<Line, "id">;

function yearsOf(period: string): number[] {
  const [first, last] = period.split("-").map(Number) as [number, number];
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** One form for a new line and for changing one; `id` keeps the field ids apart. */
function BudgetLineForm({ id, title, period, initial, submitLabel, onSave, onCancel }: {
  id: string; title: string; period: string; initial: LineFields | null; submitLabel: string;
  onSave(fields: LineFields): Promise<Outcome>; onCancel?(): void;
}) {
  const years = yearsOf(period);
  const [year, setYear] = useState(String(initial?.year ?? years[0] ?? ""));
  const [source, setSource] = useState(initial?.source ?? "");
  const [amount, setAmount] = useState(initial ? String(initial.amount_eur) : "");
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const amountNumber = wholeNumber(amount);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!source.trim() || amountNumber === null) return;
    setBusy(true);
    const result = await onSave({ year: Number(year), source: source.trim(), amount_eur: amountNumber });
    setBusy(false);
    setOutcome(result);
    if (result?.kind === "saved" && initial === null) {
      setSource("");
      setAmount("");
      setTried(false);
    }
  }

  const titleId = `begrotingsregel-${id}-titel`;
  return (
    <form onSubmit={submit} data-testid={`budget-line-form${initial === null ? "" : `-${id}`}`} aria-labelledby={titleId}>
      <h4 className="utrecht-heading-4" id={titleId}>{title}</h4>
      <OutcomeMessage outcome={outcome} />
      <SelectField id={`begrotingsregel-${id}-jaar`} label={pt.budgetLineYear} value={year} onChange={setYear} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <TextField id={`begrotingsregel-${id}-bron`} label={pt.budgetLineSource} value={source} onChange={setSource} required error={tried && !source.trim() ? pt.sourceRequired : undefined} />
      <TextField id={`begrotingsregel-${id}-bedrag`} label={pt.budgetLineAmount} value={amount} onChange={setAmount} inputMode="numeric" width="short" required
        error={tried && amountNumber === null ? pt.wholeNumber : undefined} />
      <p className="utrecht-button-group">
        <Button busy={busy}>{submitLabel}</Button>
        {onCancel ? <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>{pt.cancel}</button> : null}
      </p>
    </form>
  );
}

export function BudgetLines({ d, canEdit, ...edit }: EditProps & { d: ProgrammeDetail; canEdit: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const lines = d.budget_lines;
  if (!canEdit && lines.length === 0) return null;
    const text = (l: Line) => `${l.year}: ${l.source} — ${euro(l.amount_eur)}`;
  const editingLine = lines.find((l) => l.id === editing);
  async function remove(id: number) {
    setOutcome(await attempt(() => send("delete", "/steering/programmes/{region}/budget-lines/{id}", { path: { region: edit.region, id }, query: { ...edit.query, version: edit.version } as Query<"/steering/programmes/{region}/budget-lines/{id}", "delete"> }), pt.budgetLineRemoved));
    if (editing === id) setEditing(null);
    edit.reload();
  }
  return (
    <section aria-labelledby="overige-middelen">
      <h3 className="utrecht-heading-3" id="overige-middelen">{pt.budgetLines}</h3>
      <OutcomeMessage outcome={outcome} />
      {lines.length === 0 ? <p className="utrecht-paragraph">{pt.noBudgetLines}</p> : (
        <ul className="utrecht-unordered-list" data-testid="budget-lines">
          {lines.map((l) => (
            <li key={l.id} className="utrecht-unordered-list__item">
              {text(l)}
              {canEdit ? (
                <>
                  {" "}<button type="button" className="utrecht-button utrecht-button--secondary-action" aria-label={pt.editBudgetLineButton(text(l))} onClick={() => { setOutcome(null); setEditing(l.id); }}>{pt.edit}</button>
                  {" "}<button type="button" className="utrecht-button utrecht-button--secondary-action" aria-label={pt.removeBudgetLineButton(text(l))} onClick={() => void remove(l.id)}>{pt.remove}</button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit && editingLine ? (
        // Keyed by the line only: a 409 reloads the programme and keeps what was typed.
        <BudgetLineForm key={editingLine.id} id={String(editingLine.id)} title={pt.editBudgetLine(text(editingLine))} period={d.programme.period} initial={editingLine} submitLabel={pt.saveBudgetLine}
          onCancel={() => setEditing(null)}
          onSave={async (fields) => {
            const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== editingLine[k as keyof LineFields]));
            if (Object.keys(changed).length === 0) return { kind: "invalid", message: pt.nothingChanged };
            const result = await attempt(() => send("patch", "/steering/programmes/{region}/budget-lines/{id}", { path: { region: edit.region, id: editingLine.id }, query: edit.query as Query<"/steering/programmes/{region}/budget-lines/{id}", "patch">, body: { version: edit.version, ...changed } as Body<"/steering/programmes/{region}/budget-lines/{id}", "patch"> }), pt.budgetLineSaved);
            edit.reload();
            return result;
          }} />
      ) : null}
      {canEdit ? (
        <BudgetLineForm id="nieuw" title={pt.addBudgetLine} period={d.programme.period} initial={null} submitLabel={pt.addBudgetLine}
          onSave={async (fields) => {
            const result = await attempt(() => send("post", "/steering/programmes/{region}/budget-lines", { path: { region: edit.region }, query: edit.query as Query<"/steering/programmes/{region}/budget-lines", "post">, body: { version: edit.version, ...fields } }), pt.budgetLineAdded);
            edit.reload();
            return result;
          }} />
      ) : null}
    </section>
  );
}
