/**
 * /werk/personen/:ref — one young person within the user's scope, to work from: how to reach them (address, phone,
 * e-mail), their school career (enrolments, diplomas, months on the possible list, work), the lists they are on,
 * their cases with contact moments (regional roles), absence reports, and everything on one timeline, newest first.
 * "Dossier openen" opens a case in a region of the user where the person is listed and has no open case; an existing
 * open case (409) is opened instead. docs/casework.md, "Person page".
 */
import { useState } from "react";
import { ApiError, send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import type { Answer } from "../../api/types.js";
import { educationLabel, signalReasonLabel } from "../../../domain/labels/education.js";
import { programmeText } from "./Signals.js";
import { Button, SelectField } from "../../casework/Fields.js";
import { fmtDate, label, personName } from "../../casework/format.js";
import { RequestError } from "../../casework/Messages.js";
import { monthText, pt } from "../../casework/person-text.js";
import { useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import type { AbsenceReport } from "../../casework/types.js";
import { Loading } from "../../components/Status.js";
import { Link, navigate } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const p = ct.person;
const q = pt.person;
const s = ct.signals;

type Page = Answer<"/persons/{personRef}">;
type HistoryRow = Page["history"]["enrolment"][number];
type CaseBlock = Page["cases"][number];

/** The id of the case an open-case answer or a 409 conflict points to. */
function caseIdOf(answer: unknown): number | null {
  if (!answer || typeof answer !== "object") return null;
  const body = answer as Record<string, unknown>;
  const nested = body["case"] as Record<string, unknown> | undefined;
  const id = body["case_id"] ?? body["existing_case_id"] ?? nested?.["id"] ?? body["id"];
  return typeof id === "number" ? id : null;
}

function OpenCase({ personRef, regions }: { personRef: string; regions: string[] }) {
  const names = useRegionNames();
  const [region, setRegion] = useState(regions[0] ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function open() {
    setBusy(true);
    setError(null);
    try {
      const opened = await send("post", "/cases", { body: { person_ref: personRef, region } });
      navigate(`/werk/dossiers/${opened.case.id}`);
    } catch (e) {
      const id = e instanceof ApiError && e.status === 409 ? caseIdOf(e.body) : null;
      if (id !== null) navigate(`/werk/dossiers/${id}`);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="utrecht-form vsv-form" onSubmit={(e) => { e.preventDefault(); if (!busy) void open(); }}>
      {regions.length > 1 ? (
        <SelectField id="open-region" label={p.openCaseRegion} value={region} onChange={setRegion}
          options={regions.map((r) => ({ value: r, label: ct.regionName(r, names.get(r)) }))} />
      ) : null}
      {error ? <RequestError error={error} /> : null}
      <p className="utrecht-button-group"><Button busy={busy}>{busy ? p.opening : p.openCase}</Button></p>
    </form>
  );
}

const schoolOf = (h: { institution: string | null; institution_name: string | null }) =>
  h.institution ? (h.institution_name ? `${h.institution_name} (${h.institution})` : h.institution) : "–";

function Contact({ d }: { d: Page }) {
  const c = d.contact;
  return (
    <section className="vsv-section" aria-labelledby="person-contact">
      <h2 className="utrecht-heading-2" id="person-contact">{q.contact}</h2>
      {!c ? <p className="utrecht-paragraph">{q.noContact}</p> : (
        <>
          <dl className="vsv-facts" data-testid="person-contact">
            <div><dt>{q.address}</dt><dd>{[c.street, c.house_number].filter(Boolean).join(" ") || "–"}{c.postcode || c.residence ? <><br />{[c.postcode, c.residence].filter(Boolean).join(" ")}</> : null}</dd></div>
            <div><dt>{q.phone}</dt><dd>{c.phone ? <a className="utrecht-link utrecht-link--html-a" href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a> : "–"}</dd></div>
            <div><dt>{q.email}</dt><dd>{c.email ? <a className="utrecht-link utrecht-link--html-a" href={`mailto:${c.email}`}>{c.email}</a> : "–"}</dd></div>
            {c.municipality_name ? <div><dt>{q.municipality}</dt><dd>{c.municipality_name}</dd></div> : null}
          </dl>
          <p className="utrecht-paragraph vsv-hint">{q.contactSource(label(pt.lists, c.list), /^\d{4}-\d{2}$/.test(c.as_of) ? monthText(c.as_of) : c.as_of)}</p>
        </>
      )}
    </section>
  );
}

function History({ d }: { d: Page }) {
  const h = d.history;
  const none = h.enrolment.length + h.diploma.length + h.signal_month.length + h.job.length === 0;
  const programmeOf = (r: HistoryRow) => programmeText(r);
  return (
    <section className="vsv-section" aria-labelledby="person-history">
      <h2 className="utrecht-heading-2" id="person-history">{q.history}</h2>
      {none ? <p className="utrecht-paragraph">{q.noHistory}</p> : null}
      {h.enrolment.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{q.enrolments}</h3>
          <CwTable testId="history-enrolments" caption={q.enrolmentsCaption} rows={h.enrolment} rowKey={(r, i) => `${r.from_date}-${i}`} columns={[
            { key: "school", label: q.col.school, rowHeader: true, render: schoolOf },
            { key: "prog", label: q.col.programme, render: programmeOf },
            { key: "level", label: q.col.level, render: (r) => educationLabel(r.level, r.leerweg) ?? "–" },
            { key: "from", label: q.col.from, render: (r) => fmtDate(r.from_date) },
            { key: "to", label: q.col.to, render: (r) => fmtDate(r.to_date) },
            { key: "reason", label: q.col.reason, render: (r) => (r.reason ? signalReasonLabel(r.reason) : "–") },
          ]} />
        </>
      ) : null}
      {h.diploma.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{q.diplomas}</h3>
          <CwTable testId="history-diplomas" caption={q.diplomasCaption} rows={h.diploma} rowKey={(r, i) => `${r.from_date}-${i}`} columns={[
            { key: "prog", label: q.col.programme, rowHeader: true, render: programmeOf },
            { key: "level", label: q.col.level, render: (r) => educationLabel(r.level, r.leerweg) ?? "–" },
            { key: "school", label: q.col.school, render: schoolOf },
            { key: "date", label: q.col.date, render: (r) => fmtDate(r.from_date) },
          ]} />
        </>
      ) : null}
      {h.signal_month.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{q.months}</h3>
          <p className="utrecht-paragraph" data-testid="months-on-list">{q.monthsCount(d.months_on_possible_list)}</p>
          <CwTable caption={q.monthsCaption} rows={h.signal_month} rowKey={(r, i) => `${r.from_date}-${i}`} columns={[
            { key: "month", label: q.col.month, rowHeader: true, render: (r) => (r.from_date ? monthText(r.from_date.slice(0, 7)) : "–") },
            { key: "school", label: q.col.school, render: schoolOf },
            { key: "reason", label: q.col.monthReason, render: (r) => (r.reason ? signalReasonLabel(r.reason) : "–") },
          ]} />
        </>
      ) : null}
      {h.job.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{q.jobs}</h3>
          <CwTable caption={q.jobsCaption} rows={h.job} rowKey={(r, i) => `${r.from_date}-${i}`} columns={[
            { key: "from", label: q.col.from, rowHeader: true, render: (r) => fmtDate(r.from_date) },
            { key: "to", label: q.col.to, render: (r) => fmtDate(r.to_date) },
            { key: "hours", label: q.col.hours, numeric: true, render: (r) => (r.hours_per_week == null ? "–" : r.hours_per_week.toLocaleString("nl-NL")) },
          ]} />
        </>
      ) : null}
    </section>
  );
}

function CaseContacts({ block }: { block: CaseBlock }) {
  const id = block.case.id;
  return (
    <>
      <h3 className="utrecht-heading-3">{q.contactsOf(id)}</h3>
      {block.contacts.length === 0 ? <p className="utrecht-paragraph">{q.noContacts}</p> : (
        <CwTable caption={q.contactsCaption(id)} rows={block.contacts} rowKey={(k) => String(k.id)} columns={[
          { key: "on", label: q.contactCol.on, rowHeader: true, render: (k) => fmtDate(k.contact_on) },
          { key: "channel", label: q.contactCol.channel, render: (k) => label(ct.channel, k.channel) },
          { key: "reached", label: q.contactCol.reached, render: (k) => (k.reached ? q.yes : q.no) },
          { key: "officer", label: q.contactCol.officer, render: (k) => k.officer_name ?? "–" },
          { key: "note", label: q.contactCol.note, render: (k) => k.note || "–" },
        ]} />
      )}
    </>
  );
}

export function Person({ user, personRef }: { user: User; personRef: string }) {
  const res = useLive("/persons/{personRef}", { path: { personRef } });
  const names = useRegionNames();
  const d = res.data;
  const name = d ? personName({ person_ref: personRef, family_name: d.family_name, given_names: d.given_names }) : personRef;
  useTitle(d ? p.title(name) : undefined);
  const regional = user.role === "regional_officer" || user.role === "regional_coordinator";
  if (res.error) return (<><h1 className="utrecht-heading-1">{p.title(personRef)}</h1><RequestError error={res.error} /></>);
  if (!d) return <Loading />;
  const signals = d.signals;
  const cases = d.cases.map((b) => b.case);
  const reports = d.absence_reports;
  // Regions of the user where the person is listed and has no open case: a case can be opened there.
  const openable = regional
    ? [...new Set(signals.map((r) => r.region))].filter((r) => user.regions.includes(r) && !cases.some((c) => c.region === r && !c.closed_at))
    : [];
  const school = signals.find((r) => r.institution)?.institution ?? "";
  const openCase = cases.find((c) => !c.closed_at);
  return (
    <>
      <p className="utrecht-paragraph vsv-no-print"><Link href="/werk/signalen">{p.back}</Link></p>
      <h1 className="utrecht-heading-1">{p.title(name)}</h1>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(user.role === "school_user" ? ct.purpose.schoolSignalList : ct.purpose.caseWork)}</p>
      <dl className="vsv-facts">
        <div><dt>{p.reference}</dt><dd><code data-testid="person-ref">{personRef}</code></dd></div>
        <div><dt>{p.birthDate}</dt><dd>{fmtDate(d.birth_date)}{d.age != null ? ` (${q.age(d.age)})` : ""}</dd></div>
      </dl>

      <Contact d={d} />

      <section className="vsv-section" aria-labelledby="person-signals">
        <h2 className="utrecht-heading-2" id="person-signals">{p.signals}</h2>
        <CwTable caption={p.signalsCaption} rows={signals} rowKey={(r, i) => `${r.list}-${r.region}-${i}`} columns={[
          { key: "list", label: p.list, rowHeader: true, render: (r) => `${label(pt.lists, r.list)}${r.list === "possible" && r.report_month ? ` (${r.report_month})` : r.teljaar ? ` (${r.teljaar})` : ""}` },
          { key: "region", label: ct.cases.col.region, render: (r) => ct.regionName(r.region, names.get(r.region)) },
          { key: "school", label: s.col.school, render: (r) => (r.institution ? `${r.institution_name ?? r.institution} (${r.institution})` : "–") },
          { key: "prog", label: s.col.programme, render: (r) => programmeText(r) },
          { key: "level", label: s.col.level, render: (r) => educationLabel(r.level, r.leerweg) ?? "–" },
          { key: "dereg", label: s.col.deregistration, render: (r) => fmtDate(r.deregistration_date) },
          { key: "reason", label: s.col.reason, render: (r) => (r.reason ? signalReasonLabel(r.reason) : "–") },
          { key: "age", label: s.col.age, numeric: true, render: (r) => (r.age == null ? "–" : String(r.age)) },
        ]} />
      </section>

      {regional ? (
        <section className="vsv-section" aria-labelledby="person-cases">
          <h2 className="utrecht-heading-2" id="person-cases">{p.cases}</h2>
          {cases.length === 0 ? <p className="utrecht-paragraph">{p.noCases}</p> : (
            <CwTable caption={p.casesCaption} rows={cases} rowKey={(c) => String(c.id)} columns={[
              { key: "id", label: ct.cases.col.case, rowHeader: true, render: (c) => <Link href={`/werk/dossiers/${c.id}`}>{ct.cases.caseLink(c.id)}</Link> },
              { key: "region", label: ct.cases.col.region, render: (c) => ct.regionName(c.region, names.get(c.region)) },
              { key: "status", label: ct.cases.col.status, render: (c) => label(ct.status, c.status) + (c.closed_reason ? ` (${label(ct.closeReason, c.closed_reason)})` : "") },
              { key: "officer", label: ct.cases.col.officer, render: (c) => c.officer_name ?? ct.cases.unassigned },
              { key: "opened", label: ct.cases.col.opened, render: (c) => fmtDate(c.opened_at) },
              { key: "contact", label: ct.cases.col.lastContact, render: (c) => fmtDate(c.last_contact_on) },
            ]} />
          )}
          {openable.length > 0 ? <OpenCase personRef={personRef} regions={openable} /> : null}
          {d.cases.map((b) => <CaseContacts key={b.case.id} block={b} />)}
        </section>
      ) : null}

      <History d={d} />

      <section className="vsv-section" aria-labelledby="person-absence">
        <h2 className="utrecht-heading-2" id="person-absence">{p.absence}</h2>
        {reports.length === 0 ? <p className="utrecht-paragraph">{p.noAbsence}</p> : <AbsenceTable caption={p.absenceCaption} rows={reports} />}
        <p className="utrecht-paragraph">
          <Link href={absenceHref(personRef, school, openCase?.id ?? null)}>{p.recordAbsence}</Link>
        </p>
      </section>

      <section className="vsv-section" aria-labelledby="person-timeline">
        <h2 className="utrecht-heading-2" id="person-timeline">{q.timeline}</h2>
        {d.timeline.length === 0 ? <p className="utrecht-paragraph">{q.noTimeline}</p> : (
          <>
            <p className="utrecht-paragraph vsv-hint">{q.timelineLead}</p>
            <ol className="utrecht-ordered-list vsv-timeline" data-testid="person-timeline">
              {d.timeline.map((e, i) => (
                <li key={i} className="utrecht-ordered-list__item">
                  <time dateTime={e.date}>{fmtDate(e.date)}</time>: {e.case_id !== null && regional ? <Link href={`/werk/dossiers/${e.case_id}`}>{e.text}</Link> : e.text}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}

/** The absence form with the person (and their school and open case, when known) filled in. */
export function absenceHref(personRef: string, institution: string, caseId: number | null): string {
  const q = new URLSearchParams({ persoon: personRef });
  if (institution) q.set("instelling", institution);
  if (caseId !== null) q.set("dossier", String(caseId));
  return `/werk/verzuim?${q.toString()}`;
}

export function AbsenceTable({ caption, rows }: { caption: string; rows: readonly AbsenceReport[] }) {
  const a = ct.absence;
  return (
    <CwTable caption={caption} rows={rows} rowKey={(r) => String(r.id)} columns={[
      { key: "on", label: a.reportedOn, rowHeader: true, render: (r) => fmtDate(r.reported_on) },
      { key: "kind", label: a.kind, render: (r) => (r.kind === "statutory" ? a.statutory : a.nonStatutory) },
      { key: "hours", label: a.hours, numeric: true, render: (r) => r.hours.toLocaleString("nl-NL") },
      { key: "school", label: a.institution, render: (r) => r.institution },
    ]} />
  );
}
