/**
 * A region without a programme: says so plainly, and offers the region's coordinator "Programma starten" (period,
 * summary), which POSTs /steering/programmes/{region}; the page then shows the new programme with its edit forms.
 * The periods come from the API (GET /steering/programmes: start_periods), the default parties from the server.
 */
import { useState, type FormEvent } from "react";
import { CaseworkError, cw, useCw } from "../../casework/client.js";
import { Button, SelectField, TextArea } from "../../casework/Fields.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { Loading } from "../../components/Status.js";
import { Link } from "../../router.js";
import { pt } from "./programme-text.js";
import type { ProgrammeList } from "./programme-types.js";

function StartForm({ region, onStarted }: { region: string; onStarted(message: string): void }) {
  const list = useCw<ProgrammeList>("/steering/programmes");
  const [period, setPeriod] = useState("");
  const [summary, setSummary] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (list.error) return <RequestError error={list.error} />;
  if (!list.data) return <Loading />;
  const chosen = period || list.data.current_period;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await cw("POST", `/steering/programmes/${region}`, { body: { period: chosen, ...(summary.trim() ? { summary: summary.trim() } : {}) } });
      onStarted(pt.programmeStarted(chosen));
    } catch (err) {
      // Someone started it meanwhile: show that one.
      if (err instanceof CaseworkError && err.problem.status === 409) onStarted(pt.startExists);
      else setError(err);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} data-testid="programme-start-form" aria-labelledby="programma-starten">
      <h2 className="utrecht-heading-2" id="programma-starten">{pt.startTitle}</h2>
      <p className="utrecht-paragraph">{pt.startIntro}</p>
      {error ? <RequestError error={error} /> : null}
      <SelectField id="start-periode" label={pt.startPeriod} value={chosen} onChange={setPeriod} options={list.data.start_periods.map((p) => ({ value: p, label: p }))} />
      <TextArea id="start-samenvatting" label={pt.startSummary} value={summary} onChange={setSummary} rows={3} />
      <Button busy={busy}>{pt.startButton}</Button>
    </form>
  );
}

/** The page of a region that has no programme; `canStart`: the signed-in user coordinates this region. */
export function NoProgramme({ region, name, canStart, signedIn, onStarted }: { region: string; name: string; canStart: boolean; signedIn: boolean; onStarted(message: string): void }) {
  return (
    <>
      <p className="utrecht-paragraph"><Link href="/sturing/programmas">{pt.listTitle}</Link></p>
      <h1 className="utrecht-heading-1">{pt.noneTitle(name, region)}</h1>
      <Notice kind="info" testId="no-programme">{pt.noProgramme(name, region)}</Notice>
      {canStart ? <StartForm region={region} onStarted={onStarted} /> : (
        <>
          <p className="utrecht-paragraph">{pt.noProgrammeOthers}</p>
          {signedIn ? null : <p className="utrecht-paragraph">{pt.noProgrammeSignIn} <Link href="/inloggen">{pt.signIn}</Link></p>}
        </>
      )}
    </>
  );
}
