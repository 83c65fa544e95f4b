/**
 * A region without a programme: says so plainly, and offers the region's coordinator "Programma starten" (period,
 * summary), which POSTs /steering/programmes/{region}; the page then shows the new programme with its edit forms.
 * The periods come from the API (GET /steering/programmes: start_periods), the default parties from the server.
 * The same form, with `next`, starts the following period from a programme's page.
 */
import { useState, type FormEvent } from "react";
import { ApiError, send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import { Button, SelectField, TextArea } from "../../casework/Fields.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { Loading } from "../../components/Status.js";
import { Link } from "../../router.js";
import { pt } from "./programme-text.js";


/**
 * The start form; `exclude`: periods the region already has a programme for (not offered). With `next` it is the
 * form on a programme's page for the following period. Nothing is shown when no period is left to start.
 */
export function StartForm({ region, exclude = [], next = false, onStarted }: { region: string; exclude?: readonly string[]; next?: boolean; onStarted(message: string, period: string): void }) {
  const list = useLive("/steering/programmes");
  const [period, setPeriod] = useState("");
  const [summary, setSummary] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (list.error) return <RequestError error={list.error} />;
  if (!list.data) return <Loading />;
  const options = list.data.start_periods.filter((p) => !exclude.includes(p));
  if (options.length === 0) return null;
  const chosen = period && options.includes(period) ? period : options[0]!;
  const headingId = next ? "volgende-periode" : "programma-starten";

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await send("post", "/steering/programmes/{region}", { path: { region }, body: { period: chosen, ...(summary.trim() ? { summary: summary.trim() } : {}) } });
      onStarted(pt.programmeStarted(chosen), chosen);
    } catch (err) {
      // Someone started it meanwhile: show that one.
      if (err instanceof ApiError && err.status === 409) onStarted(pt.startExists, chosen);
      else setError(err);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} data-testid={next ? "programme-next-form" : "programme-start-form"} aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>{next ? pt.nextTitle : pt.startTitle}</h2>
      <p className="utrecht-paragraph">{next ? pt.nextIntro : pt.startIntro}</p>
      {error ? <RequestError error={error} /> : null}
      <SelectField id={`${headingId}-periode`} label={pt.startPeriod} value={chosen} onChange={setPeriod} options={options.map((p) => ({ value: p, label: p }))} />
      <TextArea id={`${headingId}-samenvatting`} label={pt.startSummary} value={summary} onChange={setSummary} rows={3} />
      <Button busy={busy}>{pt.startButton}</Button>
    </form>
  );
}

/** The page of a region that has no programme; `canStart`: the signed-in user coordinates this region. */
export function NoProgramme({ region, name, canStart, signedIn, onStarted }: { region: string; name: string; canStart: boolean; signedIn: boolean; onStarted(message: string, period: string): void }) {
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
