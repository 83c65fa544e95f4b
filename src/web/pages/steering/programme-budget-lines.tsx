/**
 * The programme's other money beside the national share (co-funding), per year of the period; the region's
 * coordinator adds a line (POST …/budget-lines) or removes one (DELETE …/budget-lines/{id}).
 */
import { useState, type FormEvent } from "react";
import { cw } from "../../casework/client.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { attempt, OutcomeMessage, wholeNumber, type EditProps, type Outcome } from "./programme-save.js";
import { euro, pt } from "./programme-text.js";
import type { ProgrammeDetail } from "./programme-types.js";

function yearsOf(period: string): number[] {
  const [first, last] = period.split("-").map(Number) as [number, number];
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

function AddBudgetLine({ period, region, query, version, reload }: EditProps & { period: string }) {
  const years = yearsOf(period);
  const [year, setYear] = useState(String(years[0] ?? ""));
  const [source, setSource] = useState("");
  const [amount, setAmount] = useState("");
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const amountNumber = wholeNumber(amount);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!source.trim() || amountNumber === null) return;
    setBusy(true);
    const result = await attempt(() => cw("POST", `/steering/programmes/${region}/budget-lines`, { params: query, body: { version, year: Number(year), source: source.trim(), amount_eur: amountNumber } }), pt.budgetLineAdded);
    setBusy(false);
    setOutcome(result);
    if (result?.kind === "saved") {
      setSource("");
      setAmount("");
      setTried(false);
    }
    reload();
  }

  return (
    <form onSubmit={submit} data-testid="budget-line-form" aria-labelledby="begrotingsregel-titel">
      <h4 className="utrecht-heading-4" id="begrotingsregel-titel">{pt.addBudgetLine}</h4>
      <OutcomeMessage outcome={outcome} />
      <SelectField id="begrotingsregel-jaar" label={pt.budgetLineYear} value={year} onChange={setYear} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <TextField id="begrotingsregel-bron" label={pt.budgetLineSource} value={source} onChange={setSource} required error={tried && !source.trim() ? pt.sourceRequired : undefined} />
      <TextField id="begrotingsregel-bedrag" label={pt.budgetLineAmount} value={amount} onChange={setAmount} inputMode="numeric" width="short" required
        error={tried && amountNumber === null ? pt.wholeNumber : undefined} />
      <p className="utrecht-button-group"><Button busy={busy}>{pt.addBudgetLine}</Button></p>
    </form>
  );
}

export function BudgetLines({ d, canEdit, ...edit }: EditProps & { d: ProgrammeDetail; canEdit: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const lines = d.budget_lines;
  if (!canEdit && lines.length === 0) return null;
  const text = (l: (typeof lines)[number]) => `${l.year}: ${l.source} — ${euro(l.amount_eur)}`;
  async function remove(id: number) {
    setOutcome(await attempt(() => cw("DELETE", `/steering/programmes/${edit.region}/budget-lines/${id}`, { params: { ...edit.query, version: edit.version } }), pt.budgetLineRemoved));
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
              {canEdit ? <>{" "}<button type="button" className="utrecht-button utrecht-button--secondary-action" aria-label={pt.removeBudgetLineButton(text(l))} onClick={() => void remove(l.id)}>{pt.remove}</button></> : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <AddBudgetLine period={d.programme.period} {...edit} /> : null}
    </section>
  );
}
