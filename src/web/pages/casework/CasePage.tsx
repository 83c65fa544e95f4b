/**
 * /werk/dossiers/:id — one case: its facts, status, officer and next step (saved with the version read), contact
 * moments, closing with a reason, handover to another region (note, next step and due date; confirmed first), the
 * outcome one year later, absence reports and history. A case that came with a handover shows the sender's note,
 * next step, who sent it and when; a case handed over shows when the new region received it. A change that meets a newer version (409) shows a clear message, reloads the current case and keeps
 * what the user typed, so they can check it and save again.
 */
import { useEffect, useState, type FormEvent } from "react";
import { ApiError, send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import type { Answer, Body } from "../../api/types.js";
import { Button, RadioGroup, SelectField, TextArea, TextField, type Option } from "../../casework/Fields.js";
import { fmtDate, fmtDateTime, label, personName, today } from "../../casework/format.js";
import { ErrorSummary, Notice, RequestError, type FieldError } from "../../casework/Messages.js";
import { regionOptions, useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import type { AccountRow, CaseEvent, CaseSummary } from "../../casework/types.js";
import { useConfirm } from "../../components/ConfirmDialog.js";
import { Loading } from "../../components/Status.js";
import { Link } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import { AbsenceTable, absenceHref } from "./Person.js";

const c = ct.case;
const cw_ = ct;

/** What a change answered: saved, a version conflict, or another problem. */
type Outcome = { kind: "saved"; message: string } | { kind: "conflict" } | { kind: "error"; error: unknown } | null;

function outcomeOf(e: unknown): Outcome {
  return e instanceof ApiError && e.status === 409 && ("current_version" in e.body || "case" in e.body) ? { kind: "conflict" } : { kind: "error", error: e };
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === "saved") return <Notice kind="ok">{outcome.message}</Notice>;
  if (outcome.kind === "conflict") return <Notice kind="error" testId="case-conflict">{c.conflict}</Notice>;
  return <RequestError error={outcome.error} />;
}

/** Runs a change against the case and reloads it, whatever the answer (after a conflict: the current data). */
function useChange(reload: () => void) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function run(change: () => Promise<unknown>, saved: string): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setOutcome(null);
    try {
      await change();
      setOutcome({ kind: "saved", message: saved });
      return true;
    } catch (e) {
      setOutcome(outcomeOf(e));
      return false;
    } finally {
      setBusy(false);
      reload();
    }
  }
  return { busy, outcome, run };
}

function officerOptions(user: User, current: CaseSummary, accounts: readonly AccountRow[] | undefined): Option[] {
  const map = new Map<string, string>();
  if (current.officer_id !== null) map.set(String(current.officer_id), current.officer_name ?? `#${current.officer_id}`);
  map.set(String(user.id), user.display_name);
  for (const a of accounts ?? []) {
    if (!a.disabled_at && (a.role === "regional_officer" || a.role === "regional_coordinator") && a.regions.includes(current.region)) map.set(String(a.id), a.display_name);
  }
  return [...map].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label, "nl"));
}

type StatusFields = { status: string; officer: string; nextStep: string; due: string };

function fieldsOf(c: CaseSummary): StatusFields {
  return { status: c.status, officer: c.officer_id === null ? "" : String(c.officer_id), nextStep: c.next_step ?? "", due: c.next_step_due ?? "" };
}

function StatusForm({ user, current, id, reload }: { user: User; current: CaseSummary; id: number; reload: () => void }) {
  // Coordinators may assign to any officer of the region; /accounts lists them (officers get 403 and see themselves only).
  const accounts = useLive(user.role === "regional_coordinator" ? "/accounts" : null);
  const [form, setForm] = useState<StatusFields>(() => fieldsOf(current));
  // Fields the user changed: after a reload (a conflict, or a change elsewhere on the page) the others follow the case.
  const [touched, setTouched] = useState<ReadonlySet<keyof StatusFields>>(new Set());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [nothing, setNothing] = useState(false);
  const { busy, outcome, run } = useChange(reload);
  useEffect(() => {
    const now = fieldsOf(current);
    setForm((f) => ({
      status: touched.has("status") ? f.status : now.status,
      officer: touched.has("officer") ? f.officer : now.officer,
      nextStep: touched.has("nextStep") ? f.nextStep : now.nextStep,
      due: touched.has("due") ? f.due : now.due,
    }));
    // Only a new version of the case refreshes the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.version]);
  const set = (k: keyof StatusFields) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setTouched((t0) => new Set(t0).add(k));
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldError[] = [];
    if (form.due && !form.nextStep.trim()) found.push({ field: "case-next-step", message: c.required(c.nextStep) });
    setErrors(found);
    setNothing(false);
    if (found.length) return;
    // Only what changed, with the version the page shows (the newest known after a conflict).
    const body: Record<string, unknown> = { version: current.version };
    if (form.status !== current.status) body["status"] = form.status;
    const officer = form.officer === "" ? null : Number(form.officer);
    if (officer !== current.officer_id) body["officer_id"] = officer;
    if (form.nextStep.trim() !== (current.next_step ?? "")) body["next_step"] = form.nextStep.trim() || null;
    if (form.due !== (current.next_step_due ?? "")) body["next_step_due"] = form.due || null;
    if (Object.keys(body).length === 1) {
      setNothing(true);
      return;
    }
    if (await run(() => send("patch", "/cases/{id}", { path: { id }, body: body as Body<"/cases/{id}", "patch"> }), c.saved)) setTouched(new Set());
  }
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="case-status-heading">
      <ErrorSummary errors={errors} />
      <OutcomeMessage outcome={outcome} />
      {nothing ? <Notice kind="info">{c.nothingChanged}</Notice> : null}
      <SelectField id="case-status" label={c.status} value={form.status} onChange={set("status")}
        options={cw_.openStatuses.map((s) => ({ value: s, label: label(cw_.status, s) }))} />
      <SelectField id="case-officer" label={c.officer} value={form.officer} onChange={set("officer")} placeholder={c.noOfficer}
        options={officerOptions(user, current, accounts.data?.accounts)} />
      <TextArea id="case-next-step" label={c.nextStep} value={form.nextStep} onChange={set("nextStep")} rows={2} error={errors.find((x) => x.field === "case-next-step")?.message} />
      <TextField id="case-next-step-due" label={c.nextStepDue} type="date" value={form.due} onChange={set("due")} width="medium" />
      <p className="utrecht-button-group"><Button busy={busy}>{c.save}</Button></p>
    </form>
  );
}

function ContactForm({ id, reload }: { id: number; reload: () => void }) {
  const empty = { on: today(), channel: "", reached: "yes", note: "" };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { busy, outcome, run } = useChange(reload);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.on)) found.push({ field: "contact-on", message: c.required(c.contactOn) });
    if (!form.channel) found.push({ field: "contact-channel", message: c.chooseRequired(c.channel) });
    setErrors(found);
    if (found.length) return;
    const ok = await run(() => send("post", "/cases/{id}/contacts", { path: { id }, body: { contact_on: form.on, channel: form.channel as Body<"/cases/{id}/contacts", "post">["channel"], reached: form.reached === "yes", note: form.note.trim() } }), c.contactSaved);
    if (ok) setForm(empty);
  }
  const err = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="contact-form-heading">
      <h3 className="utrecht-heading-3" id="contact-form-heading">{c.addContact}</h3>
      <ErrorSummary errors={errors} />
      <OutcomeMessage outcome={outcome} />
      <TextField id="contact-on" label={c.contactOn} type="date" value={form.on} onChange={set("on")} required width="medium" error={err("contact-on")} />
      <SelectField id="contact-channel" label={c.channel} value={form.channel} onChange={set("channel")} placeholder={c.choose} required error={err("contact-channel")}
        options={Object.entries(cw_.channel).map(([value, l]) => ({ value, label: l }))} />
      <RadioGroup id="contact-reached" label={c.reached} value={form.reached} onChange={set("reached")}
        options={[{ value: "yes", label: c.reachedYes }, { value: "no", label: c.reachedNo }]} />
      <TextArea id="contact-note" label={c.note} hint={c.noteHint} value={form.note} onChange={set("note")} rows={3} />
      <p className="utrecht-button-group"><Button busy={busy}>{c.contactSave}</Button></p>
    </form>
  );
}

function CloseForm({ current, id, reload }: { current: CaseSummary; id: number; reload: () => void }) {
  const { confirm, dialog } = useConfirm();
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { busy, outcome, run } = useChange(reload);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = reason ? [] : [{ field: "close-reason", message: c.chooseRequired(c.closeReason) }];
    setErrors(found);
    if (found.length) return;
    if (!(await confirm({ title: c.confirmCloseTitle, body: c.confirmCloseBody(label(cw_.closeReason, reason)), confirmLabel: c.confirmClose }))) return;
    await run(() => send("post", "/cases/{id}/close", { path: { id }, body: { version: current.version, reason: reason as Body<"/cases/{id}/close", "post">["reason"], ...(note.trim() ? { note: note.trim() } : {}) } }), c.closedSaved);
  }
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="close-heading">
      <h2 className="utrecht-heading-2" id="close-heading">{c.close}</h2>
      <ErrorSummary errors={errors} />
      <OutcomeMessage outcome={outcome} />
      <SelectField id="close-reason" label={c.closeReason} value={reason} onChange={setReason} placeholder={c.choose} required error={errors[0]?.message}
        options={cw_.closeReasonsByHand.map((r) => ({ value: r, label: label(cw_.closeReason, r) }))} />
      <TextArea id="close-note" label={c.closeNote} value={note} onChange={setNote} rows={2} />
      <p className="utrecht-button-group"><Button busy={busy} kind="secondary">{c.closeSubmit}</Button></p>
      {dialog}
    </form>
  );
}

function HandoverForm({ current, id, reload }: { current: CaseSummary; id: number; reload: () => void }) {
  const names = useRegionNames();
  const { confirm, dialog } = useConfirm();
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [due, setDue] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { busy, outcome, run } = useChange(reload);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!to) found.push({ field: "handover-region", message: c.chooseRequired(c.toRegion) });
    if (due && !nextStep.trim()) found.push({ field: "handover-next-step", message: c.required(c.nextStep) });
    setErrors(found);
    if (found.length) return;
    const region = cw_.regionName(to, names.get(to));
    if (!(await confirm({ title: c.confirmHandoverTitle(region), body: c.confirmHandoverBody(region), confirmLabel: c.confirmHandover }))) return;
    await run(
      () =>
        send("post", "/cases/{id}/handover", {
          path: { id },
          body: {
            version: current.version,
            to_region: to,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(nextStep.trim() ? { next_step: nextStep.trim(), ...(due ? { next_step_due: due } : {}) } : {}),
          },
        }),
      c.handedOver(region),
    );
  }
  const err = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="handover-heading">
      <h2 className="utrecht-heading-2" id="handover-heading">{c.handover}</h2>
      <p className="utrecht-paragraph">{c.handoverLead}</p>
      <ErrorSummary errors={errors} />
      <OutcomeMessage outcome={outcome} />
      <SelectField id="handover-region" label={c.toRegion} value={to} onChange={setTo} placeholder={c.choose} required error={err("handover-region")}
        options={regionOptions(names).filter((o) => o.value !== current.region)} />
      <TextArea id="handover-note" label={c.handoverNote} value={note} onChange={setNote} rows={3} />
      <TextArea id="handover-next-step" label={c.handoverNextStep} value={nextStep} onChange={setNextStep} rows={2} error={err("handover-next-step")} />
      <TextField id="handover-next-step-due" label={c.handoverNextStepDue} type="date" value={due} onChange={setDue} width="medium" />
      <p className="utrecht-button-group"><Button busy={busy} kind="secondary">{c.handoverSubmit}</Button></p>
      {dialog}
    </form>
  );
}

type CaseDetailAnswer = Answer<"/cases/{id}", "get">;

/** On the receiving case: where it came from, the sender's note and next step, who sent it and when, whether it was assigned. */
function HandoverInBlock({ h, names }: { h: NonNullable<CaseDetailAnswer["handover_in"]>; names: ReadonlyMap<string, string> }) {
  return (
    <section className="vsv-section" aria-labelledby="handover-in-heading" data-testid="handover-in">
      <h2 className="utrecht-heading-2" id="handover-in-heading">{c.handoverIn}</h2>
      <dl className="vsv-facts">
        <div><dt>{c.handoverInFrom}</dt><dd>{cw_.regionName(h.from_region, names.get(h.from_region))}</dd></div>
        <div><dt>{c.handoverInBy}</dt><dd>{h.sent_by_name ? `${h.sent_by_name} (${cw_.regionName(h.from_region, names.get(h.from_region))})` : "–"}</dd></div>
        <div><dt>{c.handoverInAt}</dt><dd>{fmtDateTime(h.sent_at)}</dd></div>
        <div><dt>{c.handoverInNextStep}</dt><dd>{h.next_step ? `${h.next_step}${h.next_step_due ? ` (${c.nextStepDue.toLowerCase()} ${fmtDate(h.next_step_due)})` : ""}` : "–"}</dd></div>
      </dl>
      <h3 className="utrecht-heading-3">{c.handoverInNote}</h3>
      <p className="utrecht-paragraph vsv-prewrap" data-testid="handover-in-note">{h.note || c.handoverInNoNote}</p>
      <p className="utrecht-paragraph">{h.received_at ? c.handoverInReceived(fmtDateTime(h.received_at), h.received_by_name ?? "") : c.handoverInWaiting}</p>
    </section>
  );
}

/** On the sending (closed) case: where it went and when it was received — nothing of what happens there. */
function HandoverOutBlock({ h, names }: { h: NonNullable<CaseDetailAnswer["handover_out"]>; names: ReadonlyMap<string, string> }) {
  return (
    <section className="vsv-section" aria-labelledby="handover-out-heading" data-testid="handover-out">
      <h2 className="utrecht-heading-2" id="handover-out-heading">{c.handoverOut}</h2>
      <p className="utrecht-paragraph">{c.handoverOutTo(cw_.regionName(h.to_region, names.get(h.to_region)), fmtDateTime(h.sent_at))}</p>
      <p className="utrecht-paragraph" data-testid="handover-out-state">{h.received_at ? c.handoverOutReceived(fmtDateTime(h.received_at)) : c.handoverOutWaiting}</p>
    </section>
  );
}

function OutcomeForm({ current, id, reload }: { current: CaseSummary; id: number; reload: () => void }) {
  const [value, setValue] = useState(current.outcome_one_year ?? "");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { busy, outcome, run } = useChange(reload);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = value ? [] : [{ field: "outcome", message: c.chooseRequired(c.outcomeLabel) }];
    setErrors(found);
    if (found.length) return;
    await run(() => send("post", "/cases/{id}/outcome", { path: { id }, body: { version: current.version, outcome: value as Body<"/cases/{id}/outcome", "post">["outcome"] } }), c.outcomeSaved);
  }
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="outcome-heading">
      <h2 className="utrecht-heading-2" id="outcome-heading">{c.outcome}</h2>
      <p className="utrecht-paragraph">{c.outcomeLead}</p>
      <ErrorSummary errors={errors} />
      <OutcomeMessage outcome={outcome} />
      <SelectField id="outcome" label={c.outcomeLabel} value={value} onChange={setValue} placeholder={c.choose} required error={errors[0]?.message}
        options={Object.entries(cw_.outcome).map(([v, l]) => ({ value: v, label: l }))} />
      <p className="utrecht-button-group"><Button busy={busy} kind="secondary">{c.outcomeSubmit}</Button></p>
    </form>
  );
}

/** What an event changed, in words (details hold codes, never person data). */
function eventText(e: CaseEvent, names: ReadonlyMap<string, string>): string {
  const d = e.details ?? {};
  const what = label(cw_.event, e.kind);
  const str = (k: string) => (typeof d[k] === "string" || typeof d[k] === "number" ? String(d[k]) : "");
  switch (e.kind) {
    case "status_changed":
      return `${what}: ${label(cw_.status, str("from"))} → ${label(cw_.status, str("to"))}`;
    case "closed":
      return `${what}: ${label(cw_.closeReason, str("reason"))}`;
    case "handed_over_to_region":
      return `${what}: ${cw_.regionName(str("to_region"), names.get(str("to_region")))}`;
    case "received_from_region":
      return `${what}: ${cw_.regionName(str("from_region"), names.get(str("from_region")))}`;
    case "outcome_recorded":
      return `${what}: ${label(cw_.outcome, str("outcome"))}`;
    case "contact_added":
      return str("channel") ? `${what}: ${label(cw_.channel, str("channel"))}` : what;
    default:
      return what;
  }
}

export function CasePage({ user, id }: { user: User; id: number }) {
  const res = useLive("/cases/{id}", { path: { id } });
  const names = useRegionNames();
  const d = res.data;
  const current = d?.case;
  const name = current ? personName(current) : "";
  useTitle(current ? c.title(name) : undefined);
  if (res.error && !d) return (<><h1 className="utrecht-heading-1">{cw_.cases.caseLink(id)}</h1><RequestError error={res.error} /></>);
  if (!d || !current) return <Loading />;
  const closed = current.status === "closed" || current.closed_at !== null;
  const handedOver = closed && current.closed_reason === "handed_over";
  const contacts = [...d.contacts].sort((a, b) => b.contact_on.localeCompare(a.contact_on));
  const events = [...d.events].reverse();
  return (
    <>
      <p className="utrecht-paragraph vsv-no-print"><Link href={`/werk/personen/${encodeURIComponent(current.person_ref)}`}>{c.toPerson}</Link></p>
      <h1 className="utrecht-heading-1">{c.title(name)}</h1>
      <p className="utrecht-paragraph vsv-logged">{cw_.logged(cw_.purpose.caseWork)}</p>
      <section className="vsv-section" aria-labelledby="case-facts">
        <h2 className="utrecht-heading-2" id="case-facts">{c.facts}</h2>
        <dl className="vsv-facts" data-testid="case-facts">
          <div><dt>{c.person}</dt><dd><code>{current.person_ref}</code></dd></div>
          <div><dt>{c.region}</dt><dd>{cw_.regionName(current.region, names.get(current.region))}</dd></div>
          <div><dt>{c.status}</dt><dd data-testid="case-status">{label(cw_.status, current.status)}</dd></div>
          <div><dt>{c.officer}</dt><dd>{current.officer_name ?? c.noOfficer}</dd></div>
          <div><dt>{c.nextStep}</dt><dd>{current.next_step ? `${current.next_step}${current.next_step_due ? ` (${c.nextStepDue.toLowerCase()} ${fmtDate(current.next_step_due)})` : ""}` : "–"}</dd></div>
          <div><dt>{c.opened}</dt><dd>{fmtDate(current.opened_at)}</dd></div>
          <div><dt>{c.outcome}</dt><dd>{current.outcome_one_year ? label(cw_.outcome, current.outcome_one_year) : c.outcomeNone}</dd></div>
          <div><dt>{c.version}</dt><dd data-testid="case-version">{current.version}</dd></div>
        </dl>
        {current.handed_over_from ? <p className="utrecht-paragraph">{c.handedOverFrom} <Link href={`/werk/dossiers/${current.handed_over_from}`}>{current.handed_over_from}</Link>).</p> : null}
        {closed ? (
          <Notice kind="info">{`${c.closed(label(cw_.closeReason, current.closed_reason), fmtDate(current.closed_at))} ${c.readOnly}`}</Notice>
        ) : null}
      </section>

      {d.handover_in ? <HandoverInBlock h={d.handover_in} names={names} /> : null}
      {d.handover_out ? <HandoverOutBlock h={d.handover_out} names={names} /> : null}

      {closed ? null : (
        <section className="vsv-section" aria-labelledby="case-status-heading">
          <h2 className="utrecht-heading-2" id="case-status-heading">{c.statusSection}</h2>
          <StatusForm key={id} user={user} current={current} id={id} reload={res.reload} />
        </section>
      )}

      <section className="vsv-section" aria-labelledby="case-contacts">
        <h2 className="utrecht-heading-2" id="case-contacts">{c.contacts}</h2>
        {contacts.length === 0 ? <p className="utrecht-paragraph">{c.noContacts}</p> : (
          <CwTable testId="contacts-table" caption={c.contactsCaption} rows={contacts} rowKey={(k) => String(k.id)} columns={[
            { key: "on", label: c.contactOn, rowHeader: true, render: (k) => fmtDate(k.contact_on) },
            { key: "ch", label: c.channel, render: (k) => label(cw_.channel, k.channel) },
            { key: "reached", label: c.reached, render: (k) => (k.reached ? cw_.yes : cw_.no) },
            { key: "note", label: c.note, render: (k) => k.note || "–" },
            { key: "by", label: c.by, render: (k) => `${k.officer_name ?? "–"}${k.from_region ? ` (${cw_.regionName(k.from_region, names.get(k.from_region))})` : ""}` },
          ]} />
        )}
        {closed ? null : <ContactForm id={id} reload={res.reload} />}
      </section>

      {closed ? null : <section className="vsv-section"><CloseForm current={current} id={id} reload={res.reload} /></section>}
      {closed ? null : <section className="vsv-section"><HandoverForm current={current} id={id} reload={res.reload} /></section>}
      {handedOver ? null : <section className="vsv-section"><OutcomeForm current={current} id={id} reload={res.reload} /></section>}

      <section className="vsv-section" aria-labelledby="case-absence">
        <h2 className="utrecht-heading-2" id="case-absence">{c.absence}</h2>
        {d.absence_reports.length === 0 ? <p className="utrecht-paragraph">{ct.person.noAbsence}</p> : <AbsenceTable caption={c.absence} rows={d.absence_reports} />}
        {closed ? null : <p className="utrecht-paragraph"><Link href={absenceHref(current.person_ref, "", id)}>{ct.person.recordAbsence}</Link></p>}
      </section>

      <section className="vsv-section" aria-labelledby="case-history">
        <h2 className="utrecht-heading-2" id="case-history">{c.history}</h2>
        <CwTable caption={c.historyCaption} rows={events} rowKey={(e) => String(e.id)} columns={[
          { key: "at", label: c.when, rowHeader: true, render: (e) => fmtDateTime(e.at) },
          { key: "what", label: c.what, render: (e) => eventText(e, names) },
          { key: "who", label: c.who, render: (e) => e.actor_name ?? "–" },
        ]} />
      </section>
    </>
  );
}
