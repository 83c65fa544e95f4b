/**
 * /werk/logboek (coordinators): the Logboek dataverwerkingen of the region — who read, changed or downloaded
 * which person's data (by reference only), when and why — filtered by period, action, user and person, with the
 * same request as a CSV download. Reading the log is itself logged.
 */
import { useState, type FormEvent } from "react";
import { csvUrl } from "../../api.js";
import { useLive } from "../../api/hooks.js";
import type { Query } from "../../api/types.js";
import { purposeLabel } from "../../../domain/labels/casework.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { fmtDateTime, label } from "../../casework/format.js";
import { ErrorSummary, RequestError, type FieldError } from "../../casework/Messages.js";
import type { User } from "../../casework/session.js";
import { CwTable, Pager, pageOf } from "../../casework/Table.js";
import { Loading } from "../../components/Status.js";
import { Link, navigate } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const a = ct.audit;
const PAGE_SIZE = 50;
/** URL parameter (Dutch) → API parameter. */
const PARAMS = { van: "from", tot: "to", handeling: "action", gebruiker: "actor", persoon: "person", regio: "region" } as const;

function apiParams(q: URLSearchParams) {
  const params: Record<string, string | number> = { page: pageOf(q), pageSize: PAGE_SIZE };
  for (const [nl, api] of Object.entries(PARAMS)) {
    const v = q.get(nl);
    if (v) params[api] = v;
  }
  return params;
}

function Filters({ q }: { q: URLSearchParams }) {
  const [form, setForm] = useState<Record<string, string>>(() => Object.fromEntries(Object.keys(PARAMS).map((k) => [k, q.get(k) ?? ""])));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (k: string) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldError[] = [];
    const person = form["persoon"]!.trim();
    if (person && !/^p[0-9a-f]{24}$/.test(person)) found.push({ field: "a-person", message: ct.absence.refInvalid });
    if (form["gebruiker"]!.trim() && !/^\d+$/.test(form["gebruiker"]!.trim())) found.push({ field: "a-actor", message: a.actorInvalid });
    setErrors(found);
    if (found.length) return;
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v.trim()) next.set(k, v.trim());
    const s = next.toString();
    navigate(`/werk/logboek${s ? `?${s}` : ""}`);
  }
  const err = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{a.filters}</legend>
        <div className="vsv-filters__row">
          <TextField id="a-from" label={a.from} type="date" value={form["van"]!} onChange={set("van")} width="medium" />
          <TextField id="a-to" label={a.to} type="date" value={form["tot"]!} onChange={set("tot")} width="medium" />
          <SelectField id="a-action" label={a.action} value={form["handeling"]!} onChange={set("handeling")} placeholder={ct.signals.all}
            options={Object.entries(a.actions).map(([value, l]) => ({ value, label: l }))} />
          <TextField id="a-actor" label={a.actor} value={form["gebruiker"]!} onChange={set("gebruiker")} inputMode="numeric" width="short" error={err("a-actor")} />
          <TextField id="a-person" label={a.person} value={form["persoon"]!} onChange={set("persoon")} error={err("a-person")} />
        </div>
        <p className="utrecht-button-group vsv-filters__buttons">
          <Button>{ct.signals.apply}</Button>
          <Link href="/werk/logboek">{ct.signals.clear}</Link>
        </p>
      </fieldset>
    </form>
  );
}

export function AuditLog({ query }: { user: User; query: URLSearchParams }) {
  useTitle(a.title);
  const params = apiParams(query);
  const res = useLive("/audit-log", { query: params as Query<"/audit-log"> });
  const d = res.data;
  const page = pageOf(query);
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <h1 className="utrecht-heading-1">{a.title}</h1>
      <p className="utrecht-paragraph">{a.lead}</p>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(ct.purpose.audit)}</p>
      <Filters key={query.toString()} q={query} />
      {res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : d.items.length === 0 ? <p className="utrecht-paragraph">{a.empty}</p> : (
        <>
          <CwTable testId="audit-table" caption={a.caption(from, from + d.items.length - 1, d.total)} rows={d.items} rowKey={(r) => String(r.id)} columns={[
            { key: "at", label: a.col.at, rowHeader: true, render: (r) => fmtDateTime(r.at) },
            { key: "actor", label: a.col.actor, render: (r) => (r.actor_username ? `${r.actor_username} (#${r.actor_id})` : "–") },
            { key: "role", label: a.col.role, render: (r) => label(ct.roles, r.actor_role) },
            { key: "action", label: a.col.action, render: (r) => label(a.actions, r.action) },
            { key: "subject", label: a.col.subject, render: (r) => label(a.subjects, r.subject_kind) },
            { key: "person", label: a.col.person, render: (r) => (r.person_ref ? <Link href={`/werk/logboek?persoon=${r.person_ref}`}><code>{r.person_ref}</code></Link> : "–") },
            { key: "purpose", label: a.col.purpose, render: (r) => purposeLabel(r.purpose) },
          ]} />
          <Pager page={page} pageSize={PAGE_SIZE} total={d.total} />
          <p className="utrecht-paragraph vsv-no-print">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={csvUrl("/audit-log", params)} download>{a.csv}</a>
          </p>
        </>
      )}
    </>
  );
}
