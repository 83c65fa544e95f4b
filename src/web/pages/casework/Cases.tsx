/**
 * /werk/dossiers: the cases of the user's region(s), filtered by status, officer, overdue next step and no contact
 * for 30 days or more (the workload page links here with those filters), paged, every state in the URL.
 */
import { useState, type FormEvent } from "react";
import { useLive } from "../../api/hooks.js";
import { useRegionNames } from "../../casework/places.js";
import type { Query } from "../../api/types.js";
import { Button, Checkbox, SelectField } from "../../casework/Fields.js";
import { fmtDate, label, personName, today } from "../../casework/format.js";
import { RequestError } from "../../casework/Messages.js";
import type { User } from "../../casework/session.js";
import { CwTable, Pager, pageOf } from "../../casework/Table.js";
import { Loading } from "../../components/Status.js";
import { Link, navigate } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const k = ct.cases;
const PAGE_SIZE = 50;

/** URL (Dutch) → API parameters of GET /api/v1/cases. */
function apiParams(q: URLSearchParams) {
  const params: Record<string, string | number> = { page: pageOf(q), pageSize: PAGE_SIZE };
  const status = q.get("status");
  if (status) params["status"] = status;
  const officer = q.get("begeleider");
  if (officer) params["officer"] = officer;
  if (q.get("achterstallig") === "ja") params["overdue"] = "true";
  if (q.get("geen-contact") === "ja") params["noContact"] = "true";
  const region = q.get("regio");
  if (region) params["region"] = region;
  return params;
}

function Filters({ user, q }: { user: User; q: URLSearchParams }) {
  const accounts = useLive(user.role === "regional_coordinator" ? "/accounts" : null);
  const [form, setForm] = useState({
    status: q.get("status") ?? "",
    begeleider: q.get("begeleider") ?? "",
    achterstallig: q.get("achterstallig") === "ja",
    geenContact: q.get("geen-contact") === "ja",
  });
  const officers = new Map<string, string>([[String(user.id), user.display_name]]);
  for (const a of accounts.data?.accounts ?? []) if (a.role === "regional_officer" || a.role === "regional_coordinator") officers.set(String(a.id), a.display_name);
  const current = q.get("begeleider");
  if (current && current !== "none" && !officers.has(current)) officers.set(current, `#${current}`);
  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (q.get("regio")) next.set("regio", q.get("regio")!);
    if (form.status) next.set("status", form.status);
    if (form.begeleider) next.set("begeleider", form.begeleider);
    if (form.achterstallig) next.set("achterstallig", "ja");
    if (form.geenContact) next.set("geen-contact", "ja");
    const s = next.toString();
    navigate(`/werk/dossiers${s ? `?${s}` : ""}`);
  }
  return (
    <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={submit}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{k.filters}</legend>
        <div className="vsv-filters__row">
          <SelectField id="c-status" label={k.status} value={form.status} onChange={(v) => setForm((f) => ({ ...f, status: v }))} placeholder={k.openOnly}
            options={[...ct.openStatuses, "closed"].map((s) => ({ value: s, label: label(ct.status, s) })).concat([{ value: "all", label: ct.signals.all }])} />
          <SelectField id="c-officer" label={k.officer} value={form.begeleider} onChange={(v) => setForm((f) => ({ ...f, begeleider: v }))} placeholder={k.officerAny}
            options={[...[...officers].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label, "nl")), { value: "none", label: k.unassigned }]} />
        </div>
        <Checkbox id="c-overdue" label={k.overdue} checked={form.achterstallig} onChange={(v) => setForm((f) => ({ ...f, achterstallig: v }))} />
        <Checkbox id="c-nocontact" label={k.noContact} checked={form.geenContact} onChange={(v) => setForm((f) => ({ ...f, geenContact: v }))} />
        <p className="utrecht-button-group vsv-filters__buttons">
          <Button>{ct.signals.apply}</Button>
          <Link href="/werk/dossiers">{ct.signals.clear}</Link>
        </p>
      </fieldset>
    </form>
  );
}

export function Cases({ user, query }: { user: User; query: URLSearchParams }) {
  useTitle(k.title);
  const params = apiParams(query);
  const res = useLive("/cases", { query: params as Query<"/cases"> });
  const names = useRegionNames();
  const d = res.data;
  const page = pageOf(query);
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <h1 className="utrecht-heading-1">{k.title}</h1>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(ct.purpose.caseWork)}</p>
      <Filters key={query.toString()} user={user} q={query} />
      {res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : d.items.length === 0 ? <p className="utrecht-paragraph">{k.empty}</p> : (
        <>
          <CwTable testId="cases-table" caption={k.caption(from, from + d.items.length - 1, d.total)} rows={d.items} rowKey={(r) => String(r.id)} columns={[
            { key: "person", label: k.col.person, rowHeader: true, render: (r) => <Link href={`/werk/dossiers/${r.id}`}>{personName(r)}</Link> },
            { key: "status", label: k.col.status, render: (r) => label(ct.status, r.status) },
            { key: "officer", label: k.col.officer, render: (r) => r.officer_name ?? k.unassigned },
            { key: "opened", label: k.col.opened, render: (r) => fmtDate(r.opened_at) },
            { key: "contact", label: k.col.lastContact, render: (r) => (r.last_contact_on ? fmtDate(r.last_contact_on) : ct.signals.noContactYet) },
            { key: "next", label: k.col.nextStep, render: (r) => r.next_step ?? "–" },
            { key: "due", label: k.col.due, render: (r) => {
              if (!r.next_step_due) return "–";
              const late = !r.closed_at && r.next_step_due < today();
              return late ? <strong>{fmtDate(r.next_step_due)} ({k.overdueMark})</strong> : fmtDate(r.next_step_due);
            } },
            { key: "region", label: k.col.region, render: (r) => ct.regionName(r.region, names.get(r.region)) },
          ]} />
          <Pager page={page} pageSize={PAGE_SIZE} total={d.total} />
        </>
      )}
    </>
  );
}
