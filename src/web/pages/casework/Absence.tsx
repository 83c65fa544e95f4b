/**
 * /werk/verzuim: absence reports (verzuimmeldingen) — counts per school or region within the user's scope, the
 * recent reports, and a form to record one. The person page links here with the person's reference and school
 * filled in (?persoon=…&instelling=…).
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import type { Body } from "../../api/types.js";
import { Button, Checkbox, RadioGroup, SelectField, TextField } from "../../casework/Fields.js";
import { fmtDate, personName, today } from "../../casework/format.js";
import { ErrorSummary, Notice, RequestError, type FieldError } from "../../casework/Messages.js";
import { useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import { Loading } from "../../components/Status.js";
import { Link, setQuery } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const a = ct.absence;

function RecordForm({ user, query, onSaved }: { user: User; query: URLSearchParams; onSaved: () => void }) {
  const school = user.role === "school_user";
  const caseId = /^\d+$/.test(query.get("dossier") ?? "") ? Number(query.get("dossier")) : null;
  const empty = () => ({
    ref: query.get("persoon") ?? "",
    institution: query.get("instelling") ?? (school && user.institutions.length === 1 ? user.institutions[0]! : ""),
    region: school ? "" : user.regions[0] ?? "",
    on: today(),
    kind: "statutory",
    hours: "",
    link: caseId !== null,
  });
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  const set = (k: "ref" | "institution" | "region" | "on" | "kind" | "hours") => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const names = useRegionNames();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (!/^p[0-9a-f]{24}$/.test(form.ref.trim())) found.push({ field: "ab-ref", message: a.refInvalid });
    // Regional roles may leave the school out: the server takes the school of the person's row on the region's list.
    const institution = form.institution.trim().toUpperCase();
    if ((school || institution) && !/^[0-9]{2}[A-Z0-9]{2}$/.test(institution)) found.push({ field: "ab-institution", message: a.institutionInvalid });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.on)) found.push({ field: "ab-on", message: ct.case.required(a.reportedOn) });
    const hours = Number(form.hours.replace(",", "."));
    if (form.hours.trim() === "" || !Number.isFinite(hours) || hours < 0) found.push({ field: "ab-hours", message: a.hoursInvalid });
    setErrors(found);
    setResult(null);
    if (found.length) return;
    setBusy(true);
    try {
      await send("post", "/absence-reports", {
        body: {
          person_ref: form.ref.trim(),
          reported_on: form.on,
          kind: form.kind as Body<"/absence-reports", "post">["kind"],
          hours,
          ...(institution ? { institution } : {}),
          ...(!school && form.region ? { region: form.region } : {}),
          ...(form.link && caseId !== null ? { case_id: caseId } : {}),
        },
      });
      setResult({ ok: true });
      setForm((f) => ({ ...f, hours: "" }));
      onSaved();
    } catch (err) {
      setResult({ ok: false, error: err });
    } finally {
      setBusy(false);
    }
  }
  const err = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="absence-form">
      <h2 className="utrecht-heading-2" id="absence-form">{a.form}</h2>
      <ErrorSummary errors={errors} />
      {result?.ok ? <Notice kind="ok">{a.saved}</Notice> : result ? <RequestError error={result.error} /> : null}
      <TextField id="ab-ref" label={a.personRef} hint={a.personRefHint} value={form.ref} onChange={set("ref")} required error={err("ab-ref")} />
      <TextField id="ab-institution" label={school ? a.institution : a.institutionOptional} hint={school ? undefined : a.institutionHint} value={form.institution}
        onChange={set("institution")} required={school} width="short" error={err("ab-institution")} />
      {!school && user.regions.length > 1 ? (
        <SelectField id="ab-region" label={ct.signals.region} value={form.region} onChange={set("region")}
          options={user.regions.map((r) => ({ value: r, label: ct.regionName(r, names.get(r)) }))} />
      ) : null}
      <TextField id="ab-on" label={a.reportedOn} type="date" value={form.on} onChange={set("on")} required width="medium" error={err("ab-on")} />
      <RadioGroup id="ab-kind" label={a.kind} value={form.kind} onChange={set("kind")}
        options={[{ value: "statutory", label: a.statutory }, { value: "non_statutory", label: a.nonStatutory }]} />
      <TextField id="ab-hours" label={a.hours} value={form.hours} onChange={set("hours")} inputMode="decimal" required width="short" error={err("ab-hours")} />
      {caseId !== null && !school ? (
        <Checkbox id="ab-link" label={a.linkCase(caseId)} checked={form.link} onChange={(v) => setForm((f) => ({ ...f, link: v }))} />
      ) : null}
      <p className="utrecht-button-group"><Button busy={busy}>{a.submit}</Button></p>
    </form>
  );
}

export function Absence({ user, query }: { user: User; query: URLSearchParams }) {
  useTitle(a.title);
  const names = useRegionNames();
  const by = query.get("per") === "regio" ? "region" : "institution";
  const counts = useLive("/absence-reports/counts", { query: { by } });
  const reports = useLive("/absence-reports", { query: { pageSize: 20 } });
  // The API names the key column after what is counted (institution or region); a school is shown by its BRIN.
  const countRows = (counts.data?.rows ?? []).map((r) => ({ ...r, code: r.institution ?? r.region ?? "" }));
  const reportRows = reports.data?.items ?? [];
  const byLabel = by === "region" ? a.byRegion : a.byInstitution;
  return (
    <>
      <h1 className="utrecht-heading-1">{a.title}</h1>
      <p className="utrecht-paragraph">{a.lead}</p>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(ct.purpose.absence)}</p>
      <section className="vsv-section" aria-labelledby="absence-counts">
        <h2 className="utrecht-heading-2" id="absence-counts">{a.countsCaption(byLabel)}</h2>
        <form className="utrecht-form vsv-no-print" onSubmit={(e) => e.preventDefault()}>
          <RadioGroup id="ab-by" label={a.countsBy} value={by === "region" ? "regio" : "school"} onChange={(v) => setQuery({ per: v === "regio" ? "regio" : null })}
            options={[{ value: "school", label: a.byInstitution }, { value: "regio", label: a.byRegion }]} />
        </form>
        {counts.error ? <RequestError error={counts.error} /> : !counts.data ? <Loading /> : countRows.length === 0 ? <p className="utrecht-paragraph">{a.none}</p> : (
          <CwTable testId="absence-counts" caption={a.countsCaption(byLabel)} rows={countRows} rowKey={(r) => r.code} columns={[
            { key: "code", label: by === "region" ? ct.signals.region : a.institution, rowHeader: true,
              render: (r) => (by === "region" ? ct.regionName(r.code, names.get(r.code)) : r.code) },
            { key: "reports", label: a.col.reports, numeric: true, render: (r) => r.reports.toLocaleString("nl-NL") },
            { key: "st", label: a.col.statutory, numeric: true, render: (r) => r.statutory_reports.toLocaleString("nl-NL") },
            { key: "ns", label: a.col.nonStatutory, numeric: true, render: (r) => r.non_statutory_reports.toLocaleString("nl-NL") },
            { key: "persons", label: a.col.persons, numeric: true, render: (r) => r.persons.toLocaleString("nl-NL") },
            { key: "hours", label: a.col.hours, numeric: true, render: (r) => r.hours.toLocaleString("nl-NL") },
          ]} />
        )}
      </section>
      <section className="vsv-section">
        <RecordForm user={user} query={query} onSaved={() => { counts.reload(); reports.reload(); }} />
      </section>
      <section className="vsv-section" aria-labelledby="absence-recent">
        <h2 className="utrecht-heading-2" id="absence-recent">{a.listCaption}</h2>
        {reports.error ? <RequestError error={reports.error} /> : !reports.data ? <Loading /> : reportRows.length === 0 ? <p className="utrecht-paragraph">{a.none}</p> : (
          <CwTable caption={a.listCaption} rows={reportRows} rowKey={(r) => String(r.id)} columns={[
            { key: "on", label: a.reportedOn, rowHeader: true, render: (r) => fmtDate(r.reported_on) },
            { key: "who", label: ct.cases.col.person, render: (r) => <Link href={`/werk/personen/${encodeURIComponent(r.person_ref)}`}>{personName(r)}</Link> },
            { key: "school", label: a.institution, render: (r) => r.institution },
            { key: "kind", label: a.kind, render: (r) => (r.kind === "statutory" ? a.statutory : a.nonStatutory) },
            { key: "hours", label: a.hours, numeric: true, render: (r) => r.hours.toLocaleString("nl-NL") },
          ]} />
        )}
      </section>
    </>
  );
}
