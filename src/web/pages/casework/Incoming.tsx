/**
 * /werk/binnengekomen (coordinators): the cases other regions handed over to yours, those not yet assigned first —
 * the person, the region it came from, when it was sent, the sender's note (a preview; the case shows it whole) and
 * the next step. Each waiting one has an assign control: choose an officer of the region, "Toewijzen" (the server
 * sets the officer and marks the handover received in one go, with the case's version: a conflict reloads).
 */
import { useState, type FormEvent } from "react";
import { ApiError, send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import { SelectField } from "../../casework/Fields.js";
import { fmtDate, fmtDateTime, personName } from "../../casework/format.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import type { AccountRow } from "../../casework/types.js";
import { Loading } from "../../components/Status.js";
import { Link, setQuery } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import type { Answer } from "../../api/types.js";

const g = ct.incoming;
type Item = Answer<"/handovers", "get">["items"][number];

const PREVIEW = 140;
const preview = (note: string) => (note.length > PREVIEW ? `${note.slice(0, PREVIEW - 1).trimEnd()}…` : note);

function officersOf(accounts: readonly AccountRow[] | undefined, region: string): { value: string; label: string }[] {
  return (accounts ?? [])
    .filter((a) => !a.disabled_at && (a.role === "regional_officer" || a.role === "regional_coordinator") && a.regions.includes(region))
    .map((a) => ({ value: String(a.id), label: a.display_name }))
    .sort((a, b) => a.label.localeCompare(b.label, "nl"));
}

function AssignControl({ item, officers, onDone }: { item: Item; officers: { value: string; label: string }[]; onDone(result: { ok: string } | { error: unknown } | { conflict: true }): void }) {
  const [officer, setOfficer] = useState("");
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const name = personName(item);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!officer) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      await send("post", "/handovers/{id}/assign", { path: { id: item.id }, body: { officer_id: Number(officer), version: item.case_version ?? 1 } });
      onDone({ ok: g.assigned(name, officers.find((o) => o.value === officer)?.label ?? officer) });
    } catch (err) {
      onDone(err instanceof ApiError && err.status === 409 ? { conflict: true } : { error: err });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="vsv-assign" onSubmit={submit} noValidate aria-label={g.assignLabel(name)}>
      <SelectField id={`assign-${item.id}`} label={g.officer(name)} value={officer} onChange={setOfficer} placeholder={ct.case.choose} required options={officers}
        error={missing ? g.chooseOfficer : undefined} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action vsv-button--small" aria-disabled={busy || undefined}>{g.assign}</button>
    </form>
  );
}

export function Incoming({ user, query }: { user: User; query: URLSearchParams }) {
  useTitle(g.title);
  const names = useRegionNames();
  const region = query.get("regio") ?? (user.regions.length === 1 ? user.regions[0]! : "");
  const res = useLive("/handovers", { query: { direction: "incoming", ...(region ? { region } : {}), pageSize: 200 } });
  const accounts = useLive("/accounts");
  const [result, setResult] = useState<{ ok: string } | { error: unknown } | { conflict: true } | null>(null);
  const d = res.data;
  return (
    <>
      <h1 className="utrecht-heading-1">{g.title}</h1>
      <p className="utrecht-paragraph">{g.lead}</p>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(ct.purpose.caseWork)}</p>
      {user.regions.length > 1 ? (
        <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={(e) => e.preventDefault()}>
          <SelectField id="in-region" label={ct.signals.region} value={region} onChange={(v) => setQuery({ regio: v || null })} placeholder={g.allRegions}
            options={user.regions.map((r) => ({ value: r, label: ct.regionName(r, names.get(r)) }))} />
        </form>
      ) : null}
      <div aria-live="polite">
        {result && "ok" in result ? <Notice kind="ok">{result.ok}</Notice> : null}
        {result && "conflict" in result ? <Notice kind="error">{g.conflict}</Notice> : null}
        {result && "error" in result ? <RequestError error={result.error} /> : null}
      </div>
      {res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : d.items.length === 0 ? <p className="utrecht-paragraph">{g.none}</p> : (
        <>
          <p className="utrecht-paragraph" data-testid="incoming-waiting">{g.waitingCount(d.waiting)}</p>
          <CwTable testId="incoming-table" caption={g.caption} rows={d.items} rowKey={(h) => String(h.id)} columns={[
            { key: "p", label: g.col.person, rowHeader: true, render: (h) => <Link href={`/werk/dossiers/${h.to_case}`}>{personName(h)}</Link> },
            { key: "f", label: g.col.from, render: (h) => ct.regionName(h.from_region, names.get(h.from_region)) },
            { key: "s", label: g.col.sentAt, render: (h) => `${fmtDateTime(h.sent_at)}${h.sent_by_name ? ` (${h.sent_by_name})` : ""}` },
            { key: "n", label: g.col.note, render: (h) => (h.note ? preview(h.note) : g.noNote) },
            { key: "x", label: g.col.nextStep, render: (h) => (h.next_step ? `${h.next_step}${h.next_step_due ? ` (${ct.case.nextStepDue.toLowerCase()} ${fmtDate(h.next_step_due)})` : ""}` : "–") },
            { key: "a", label: g.col.state, render: (h) => h.received_at
              ? g.received(h.officer_name ?? ct.case.noOfficer, fmtDate(h.received_at))
              : <AssignControl item={h} officers={officersOf(accounts.data?.accounts, h.to_region)} onDone={(r) => { setResult(r); res.reload(); }} /> },
          ]} />
        </>
      )}
    </>
  );
}
