/**
 * /werk/signalen: the signal lists of the user's region(s) or school — the possible vsv'ers of the current report
 * month and the definitive vsv'ers of the last teljaar — filtered, sorted and paged by the server, with the same
 * request as a CSV download. Each name opens the person's page. Every state is in the URL except the search, which
 * can be a name: it is kept in the page only and sent in a POST body, so it never reaches the URL, the browser's
 * history or a server log (docs/signal-lists.md, "Search").
 */
import { useState, type FormEvent } from "react";
import { csvUrl } from "../../api.js";
import { send } from "../../api/client.js";
import { downloadSignalSearchCsv } from "../../api/download.js";
import { useRequest } from "../../api/hooks.js";
import type { Body, Query } from "../../api/types.js";
import { educationLabel, signalReasonLabel } from "../../../domain/labels/education.js";
import { signalSourceLabel } from "../../../domain/labels/casework.js";
import { TARGET_GROUP_LIST_LABEL, targetGroupLabel } from "../../../domain/labels/target-group.js";
import { PROCESSING_ACTIVITIES } from "../../../domain/casework/processing-activities.js";
import { DUO_LEVELS, DUO_LEVEL_LABELS } from "../../../domain/duo/levels.js";
import { listFreshness } from "../../../domain/casework/list-freshness.js";
import { monthText, pt } from "../../casework/person-text.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { fmtDate, label, personName } from "../../casework/format.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { regionOptions, useRegionNames, useRegionPlaces } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable, Pager, pageOf, type CwColumn } from "../../casework/Table.js";
import type { SignalItem, SignalPage } from "../../casework/types.js";
import { Loading } from "../../components/Status.js";
import { Link, navigate, onLinkClick } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const s = ct.signals;
const PAGE_SIZE = 50;

/** URL parameter (Dutch) → API parameter. */
const FILTERS = { regio: "region", instelling: "institution", gemeente: "municipality", niveau: "level" } as const;

function apiParams(q: URLSearchParams, list: "possible" | "definitive" | "target_group") {
  const params: Record<string, string | number> = { list, page: pageOf(q), pageSize: PAGE_SIZE };
  for (const [nl, api] of Object.entries(FILTERS)) {
    const v = q.get(nl);
    if (v) params[api] = v;
  }
  const contacted = q.get("benaderd");
  if (contacted === "ja" || contacted === "nee") params["contacted"] = contacted === "ja" ? "true" : "false";
  const sort = q.get("sorteer");
  if (sort) params["sort"] = sort;
  return params;
}

const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** How old the list's report month is, and a warning when a newer DUO delivery was due (src/domain/casework/list-freshness.ts). */
function Freshness({ month }: { month: string | null }) {
  const f = listFreshness(month, amsterdamDay.format(new Date()));
  if (!f) return null;
  return (
    <>
      <p className="utrecht-paragraph" data-testid="list-age">{pt.freshness.line(monthText(f.report_month), f.age_months)}</p>
      {f.stale ? <Notice kind="warning" testId="list-stale">{pt.freshness.stale(monthText(f.report_month))}</Notice> : null}
    </>
  );
}

function statusText(r: SignalItem): string {
  if (!r.case) return s.notContacted;
  const contact = r.case.last_contact_on ? s.lastContact(fmtDate(r.case.last_contact_on)) : s.noContactYet;
  return `${label(ct.status, r.case.status)}; ${contact}`;
}

/** The programme (opleiding) by its name and crebo; a crebo without a known name says what the number is. */
export function programmeText(r: { readonly programme?: string | null; readonly programme_name?: string | null }): string {
  if (r.programme_name) return r.programme ? `${r.programme_name} (${r.programme})` : r.programme_name;
  return r.programme ? s.programmeCode(r.programme) : "–";
}

function absenceText(r: SignalItem): string {
  const parts = [r.absence_statutory ? s.absenceStatutory : "", r.absence_non_statutory ? s.absenceNonStatutory : "", r.absence_reports > 0 ? s.absenceReports(r.absence_reports) : ""].filter(Boolean);
  return parts.length ? parts.join("; ") : s.none;
}

function Filters({ user, q, withCases, search, onSearch }: { user: User; q: URLSearchParams; withCases: boolean; search: string; onSearch(text: string): void }) {
  const names = useRegionNames();
  const region = q.get("regio") ?? (user.regions.length === 1 ? user.regions[0]! : null);
  const places = useRegionPlaces(user.role === "school_user" ? null : region);
  const [form, setForm] = useState<Record<string, string>>(() => ({
    regio: q.get("regio") ?? "",
    instelling: q.get("instelling") ?? "",
    gemeente: q.get("gemeente") ?? "",
    niveau: q.get("niveau") ?? "",
    zoek: search,
    benaderd: q.get("benaderd") ?? "",
  }));
  const set = (k: string) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of ["lijst", "sorteer"]) if (q.get(k)) next.set(k, q.get(k)!);
    for (const [k, v] of Object.entries(form)) if (k !== "zoek" && v.trim()) next.set(k, k === "instelling" ? v.trim().toUpperCase() : v.trim());
    onSearch(form["zoek"]!.trim());
    const str = next.toString();
    navigate(`/werk/signalen${str ? `?${str}` : ""}`);
  }
  const clearHref = `/werk/signalen${q.get("lijst") ? `?lijst=${q.get("lijst")}` : ""}`;
  const clear = () => onSearch("");
  const schools = user.role === "school_user" ? user.institutions.map((c) => ({ code: c, name: c })) : places.institutions;
  return (
    <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={submit} role="search" aria-label={s.filters}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.filters}</legend>
        <div className="vsv-filters__row">
          {user.regions.length > 1 ? (
            <SelectField id="f-regio" label={s.region} value={form["regio"]!} onChange={set("regio")} placeholder={s.all}
              options={regionOptions(names).filter((o) => user.regions.includes(o.value))} />
          ) : null}
          {user.role !== "school_user" || user.institutions.length > 1 ? (
            <div>
              <TextField id="f-instelling" label={s.institution} value={form["instelling"]!} onChange={set("instelling")} width="short" list="f-instelling-list" />
              <datalist id="f-instelling-list">
                {schools.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
              </datalist>
            </div>
          ) : null}
          <div>
            <TextField id="f-gemeente" label={s.municipality} value={form["gemeente"]!} onChange={set("gemeente")} width="short" list="f-gemeente-list" />
            <datalist id="f-gemeente-list">
              {places.municipalities.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
            </datalist>
          </div>
          <SelectField id="f-niveau" label={s.level} value={form["niveau"]!} onChange={set("niveau")} placeholder={s.all}
            options={DUO_LEVELS.map((value) => ({ value, label: DUO_LEVEL_LABELS[value] }))} />
          {withCases ? (
            <SelectField id="f-benaderd" label={s.contacted} value={form["benaderd"]!} onChange={set("benaderd")} placeholder={s.contactedAny}
              options={[{ value: "ja", label: s.contactedYes }, { value: "nee", label: s.contactedNo }]} />
          ) : null}
          <TextField id="f-zoek" label={s.search} type="search" value={form["zoek"]!} onChange={set("zoek")} autoComplete="off" />
        </div>
        <p className="utrecht-button-group vsv-filters__buttons">
          <Button>{s.apply}</Button>
          <a href={clearHref} className="utrecht-link utrecht-link--html-a" onClick={(e) => {
            clear();
            onLinkClick(e, clearHref);
          }}>{s.clear}</a>
        </p>
      </fieldset>
    </form>
  );
}

/** The logged purpose of reading the target group, in a sentence. */
const TARGET_GROUP_PURPOSE = PROCESSING_ACTIVITIES.target_group_list.charAt(0).toLowerCase() + PROCESSING_ACTIVITIES.target_group_list.slice(1);

export function Signals({ user, query }: { user: User; query: URLSearchParams }) {
  useTitle(s.title);
  const school = user.role === "school_user";
  // The target group (Wet van school naar duurzaam werk) is the Doorstroompunt's list, not the school's.
  const list = query.get("lijst") === "definitief" ? "definitive" : query.get("lijst") === "doelgroep" && !school ? "target_group" : "possible";
  const params = apiParams(query, list);
  const [search, setSearch] = useState("");
  // A search may hold a name, which must stay out of URLs: it is a POST of the parameters and the search together.
  const res = useRequest<SignalPage>(`${JSON.stringify(params)} ${search}`, () =>
    search
      ? send("post", "/signals/search", { body: { ...params, search } as Body<"/signals/search", "post">, noStore: true })
      : send("get", "/signals", { query: params as Query<"/signals">, noStore: true }),
  );
  const [csvError, setCsvError] = useState<Error | undefined>();
  const withCases = !school;
  const d = res.data;
  const heading = list === "possible" ? s.possibleHeading(d?.report_month ?? null) : list === "target_group" ? TARGET_GROUP_LIST_LABEL : s.definitiveHeading(d?.teljaar ?? null);
  const listHref = (l: string) => {
    const q = new URLSearchParams(query);
    q.delete("pagina");
    q.set("lijst", l);
    if (l === "mogelijk") q.delete("lijst");
    q.delete("sorteer");
    const str = q.toString();
    return `/werk/signalen${str ? `?${str}` : ""}`;
  };
  const columns: CwColumn<SignalItem>[] = [
    { key: "name", label: s.col.name, rowHeader: true, sort: "name", render: (r) => <Link href={`/werk/personen/${encodeURIComponent(r.person_ref)}`}>{personName(r)}</Link> },
    { key: "age", label: s.col.age, numeric: true, sort: "age", render: (r) => (r.age == null ? "–" : String(r.age)) },
    { key: "school", label: s.col.school, sort: "institution", sortOnly: "asc", render: (r) => (r.institution ? `${r.institution_name ?? r.institution} (${r.institution})` : "–") },
    { key: "programme", label: s.col.programme, render: (r) => programmeText(r) },
    { key: "level", label: s.col.level, render: (r) => educationLabel(r.level, r.leerweg) ?? "–" },
    { key: "dereg", label: s.col.deregistration, sort: "deregistration_date", render: (r) => fmtDate(r.deregistration_date) },
    ...(list === "possible" ? [{ key: "since", label: s.col.listedSince, sort: "listed_since", sortOnly: "asc" as const, render: (r: SignalItem) => r.listed_since ?? "–" }] : []),
    ...(list === "target_group"
      ? [{ key: "group", label: "Groep", render: (r: SignalItem) => (r.target_group ? targetGroupLabel(r.target_group) : "–") }]
      : [{ key: "reason", label: s.col.reason, render: (r: SignalItem) => (r.reason ? signalReasonLabel(r.reason) : "–") }]),
    { key: "absence", label: s.col.absence, render: absenceText },
    ...(withCases ? [{ key: "status", label: s.col.status, sort: "last_contact", sortOnly: "asc" as const, render: (r: SignalItem) => <span data-testid="signal-status">{statusText(r)}</span> }] : []),
  ];
  const page = pageOf(query);
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <h1 className="utrecht-heading-1">{s.title}</h1>
      <nav aria-label={s.lists} className="vsv-tabs vsv-no-print">
        <ul className="vsv-tabs__list">
          <li><Link href={listHref("mogelijk")} className="vsv-tabs__link" aria-current={list === "possible" ? "page" : undefined}>{s.possible}</Link></li>
          <li><Link href={listHref("definitief")} className="vsv-tabs__link" aria-current={list === "definitive" ? "page" : undefined}>{s.definitive}</Link></li>
          {school ? null : <li><Link href={listHref("doelgroep")} className="vsv-tabs__link" aria-current={list === "target_group" ? "page" : undefined}>{TARGET_GROUP_LIST_LABEL}</Link></li>}
        </ul>
      </nav>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(school ? ct.purpose.schoolSignalList : list === "target_group" ? TARGET_GROUP_PURPOSE : ct.purpose.signalList)}</p>
      <Filters key={query.toString()} user={user} q={query} withCases={withCases} search={search} onSearch={setSearch} />
      {res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : (
        <section className="vsv-section" aria-labelledby="signal-heading">
          <h2 className="utrecht-heading-2" id="signal-heading">{heading}</h2>
          {list === "possible" ? <Freshness month={d.report_month} /> : null}
          {d.source ? <p className="utrecht-paragraph">{s.sourceLine(signalSourceLabel(d.source))} <strong data-testid="signal-count">{s.count(d.total)}</strong></p> : null}
          {d.items.length === 0 ? <p className="utrecht-paragraph" data-testid="signal-empty">{s.empty}</p> : (
            <CwTable testId="signal-table" caption={s.caption(heading, from, from + d.items.length - 1, d.total)} columns={columns} rows={d.items}
              rowKey={(r) => `${r.person_ref}-${r.region}`} sort={{ value: params["sort"] ? String(params["sort"]) : "", param: "sorteer" }} />
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={d.total} />
          {d.total > 0 ? (
            <p className="utrecht-paragraph vsv-no-print">
              {search ? (
                <Button kind="secondary" type="button" onClick={() => void downloadSignalSearchCsv({ ...params, search } as Body<"/signals/search", "post">, "signaallijst.csv").catch(setCsvError)}>{s.csv}</Button>
              ) : (
                <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={csvUrl("/signals", params)} download>{s.csv}</a>
              )}{" "}
              <span className="vsv-hint">{s.csvNote}</span>
              {csvError ? <RequestError error={csvError} /> : null}
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
