/** The coordinator's form for the programme's status, summary and pupils schooling in Belgium (PATCH …/programmes/{region}). */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import type { Body } from "../../api/types.js";
import { Button, SelectField, TextArea, TextField } from "../../casework/Fields.js";
import { attempt, OutcomeMessage, wholeNumber, type EditProps, type Outcome } from "./programme-save.js";
import { pt } from "./programme-text.js";
import type { ProgrammeRow } from "./programme-types.js";

export function ProgrammeFieldsForm({ programme, region, query, version, reload }: EditProps & { programme: ProgrammeRow }) {
  const [status, setStatus] = useState(programme.status);
  const [summary, setSummary] = useState(programme.summary);
  const [pupils, setPupils] = useState(String(programme.pupils_in_belgium));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const pupilsNumber = wholeNumber(pupils);
  const [tried, setTried] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (pupilsNumber === null) return;
    const body: Record<string, unknown> = {};
    if (status !== programme.status) body["status"] = status;
    if (summary.trim() !== programme.summary) body["summary"] = summary.trim();
    if (pupilsNumber !== programme.pupils_in_belgium) body["pupils_in_belgium"] = pupilsNumber;
    if (Object.keys(body).length === 0) {
      setOutcome({ kind: "invalid", message: pt.nothingChanged });
      return;
    }
    setBusy(true);
    setOutcome(await attempt(() => send("patch", "/steering/programmes/{region}", { path: { region }, query, body: { version, ...body } as Body<"/steering/programmes/{region}", "patch"> }), pt.programmeSaved));
    setBusy(false);
    reload();
  }

  return (
    <form onSubmit={submit} data-testid="programme-fields-form" aria-labelledby="programma-wijzigen">
      <h3 className="utrecht-heading-3" id="programma-wijzigen">{pt.editProgramme}</h3>
      <OutcomeMessage outcome={outcome} />
      <SelectField id="programma-status" label={pt.programmeStatus} value={status} onChange={(v) => setStatus(v as typeof status)} options={pt.programmeStatuses} />
      <TextArea id="programma-samenvatting" label={pt.summaryLabel} value={summary} onChange={setSummary} rows={4} />
      <TextField id="programma-belgie" label={pt.pupilsLabel} hint={pt.pupilsHint} value={pupils} onChange={setPupils} inputMode="numeric" width="short"
        error={tried && pupilsNumber === null ? pt.wholeNumber : undefined} />
      <Button busy={busy}>{pt.saveProgramme}</Button>
    </form>
  );
}
