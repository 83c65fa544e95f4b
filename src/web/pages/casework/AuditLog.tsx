/**
 * /werk/logboek (coordinators): the Logboek dataverwerkingen of the region — who read, changed or downloaded
 * which person's data (by reference only), when (Dutch time) and why. By default one line per request
 * ("Anna de Vries bekeek signaallijst, 50 jongeren"), which opens to its entries; or every entry (weergave=regels).
 * Filtered by period, user (name), young person (reference or its start), action and activity, with the same
 * selection as a CSV download of every entry. Reading the log is itself logged. docs/audit-log.md.
 */
import { useState, type FormEvent } from "react";
import { csvUrl } from "../../api.js";
import { useLive } from "../../api/hooks.js";
import type { Answer, Query } from "../../api/types.js";
import { PROCESSING_ACTIVITIES, type ProcessingActivity } from "../../../domain/casework/processing-activities.js";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIVITY_LABELS, auditActivityLabel, auditPurposeLabel, auditRoleLabel, auditSentence } from "../../../domain/labels/audit.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { fmtDateTime } from "../../casework/format.js";
import { ErrorSummary, RequestError, type FieldError } from "../../casework/Messages.js";
import type { User } from "../../casework/session.js";
import { CwTable, Pager, pageOf } from "../../casework/Table.js";
import { Loading } from "../../components/Status.js";
import { Link, navigate } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const a = ct.audit;
/** This page's own texts (the rest are ct.audit). */
const t = {
  user: "Gebruiker (naam of gebruikersnaam)",
  userHint: "Een deel van de naam is genoeg, bijvoorbeeld ‘jansen’. Een account dat niet meer bestaat: #accountnummer.",
  person: "Jongere (referentie of het begin ervan)",
  personInvalid: "Een referentie begint met p, gevolgd door hoogstens 24 tekens 0–9 of a–f, bijvoorbeeld p3f1c9a.",
  periodInvalid: "De einddatum ligt voor de begindatum: kies een einddatum op of na de begindatum.",
  activity: "Activiteit",
  view: "Weergave",
  views: { groepen: "Per verzoek (één regel per pagina die iemand bekeek)", regels: "Elke regel apart" } as Record<string, string>,
  request: "Verzoek",
  groupsCaption: (from: number, to: number, total: number) =>
    total === 0 ? "Logboek: geen verzoeken" : `Logboek per verzoek: ${from}–${to} van ${total.toLocaleString("nl-NL")}`,
  entriesCaption: (sentence: string) => `Regels van: ${sentence}`,
  more: (n: number) => `Toon alle ${n.toLocaleString("nl-NL")} regels van dit verzoek`,
  purpose: "Doel",
  regions: "Regio",
  col: { at: "Tijdstip", person: "Jongere", region: "Regio", actor: "Gebruiker", what: "Wat", purpose: "Doel" },
  noPerson: "–",
  times: "Tijden in Nederlandse tijd.",
};
const PAGE_SIZE = 50;
/** URL parameter (Dutch) → API parameter. */
const PARAMS = { van: "from", tot: "to", handeling: "action", activiteit: "activity", gebruiker: "user", persoon: "personRef", regio: "region", aanvraag: "traceId" } as const;
const FORM_KEYS = ["van", "tot", "handeling", "activiteit", "gebruiker", "persoon", "weergave"] as const;

type Page = Answer<"/audit-log", "get">;
type GroupPage = Extract<Page, { view: "grouped" }>;
type EntryPage = Extract<Page, { view: "entries" }>;
type Group = GroupPage["items"][number];
type Entry = EntryPage["items"][number];

function filterParams(q: URLSearchParams) {
  const params: Record<string, string | number> = {};
  for (const [nl, api] of Object.entries(PARAMS)) {
    const v = q.get(nl);
    if (v) params[api] = v;
  }
  return params;
}

/** Who: "Anna de Vries (anna.devries)", "#12 (account bestaat niet meer)", or the role for who acts without an account. */
function who(r: { actor_id: number | null; actor_username: string | null; actor_display_name: string | null; actor_role: string }): string {
  if (r.actor_username) return r.actor_display_name && r.actor_display_name !== r.actor_username ? `${r.actor_display_name} (${r.actor_username})` : r.actor_username;
  if (r.actor_id !== null) return `#${r.actor_id} (account bestaat niet meer)`;
  return auditRoleLabel(r.actor_role);
}

function PersonLink({ personRef }: { personRef: string | null }) {
  return personRef ? <Link href={`/werk/logboek?persoon=${personRef}`}><code>{personRef}</code></Link> : <>{t.noPerson}</>;
}

function Filters({ q }: { q: URLSearchParams }) {
  const [form, setForm] = useState<Record<string, string>>(() => Object.fromEntries(FORM_KEYS.map((k) => [k, q.get(k) ?? ""])));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (k: string) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldError[] = [];
    const person = form["persoon"]!.trim();
    if (person && !/^p[0-9a-f]{1,24}$/.test(person)) found.push({ field: "a-person", message: t.personInvalid });
    if (form["van"] && form["tot"] && form["tot"] < form["van"]) found.push({ field: "a-to", message: t.periodInvalid });
    setErrors(found);
    if (found.length) return;
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v.trim()) next.set(k, v.trim());
    // A region chosen elsewhere stays; a request (aanvraag) is a drill-down, not a filter of the form.
    const region = q.get("regio");
    if (region) next.set("regio", region);
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
          <TextField id="a-to" label={a.to} type="date" value={form["tot"]!} onChange={set("tot")} width="medium" error={err("a-to")} />
          <TextField id="a-user" label={t.user} hint={t.userHint} value={form["gebruiker"]!} onChange={set("gebruiker")} autoComplete="off" />
          <TextField id="a-person" label={t.person} value={form["persoon"]!} onChange={set("persoon")} error={err("a-person")} autoComplete="off" />
          <SelectField id="a-action" label={a.action} value={form["handeling"]!} onChange={set("handeling")} placeholder={ct.signals.all}
            options={Object.entries(AUDIT_ACTION_LABELS).map(([value, l]) => ({ value, label: l }))} />
          <SelectField id="a-activity" label={t.activity} value={form["activiteit"]!} onChange={set("activiteit")} placeholder={ct.signals.all}
            options={(Object.keys(PROCESSING_ACTIVITIES) as ProcessingActivity[]).map((value) => ({ value, label: AUDIT_ACTIVITY_LABELS[value] }))} />
          <SelectField id="a-view" label={t.view} value={form["weergave"] || "groepen"} onChange={set("weergave")}
            options={Object.entries(t.views).map(([value, l]) => ({ value, label: l }))} />
        </div>
        <p className="utrecht-button-group vsv-filters__buttons">
          <Button>{ct.signals.apply}</Button>
          <Link href="/werk/logboek">{ct.signals.clear}</Link>
        </p>
      </fieldset>
    </form>
  );
}

/** One request as one line that opens to its entries. */
function GroupLine({ g, query }: { g: Group; query: URLSearchParams }) {
  const sentence = `${who(g)} ${g.summary}`;
  const more = new URLSearchParams(query);
  more.delete("pagina");
  more.set("weergave", "regels");
  if (g.trace_id) more.set("aanvraag", g.trace_id);
  return (
    <li className="vsv-audit-group" data-testid="audit-group">
      <details className="vsv-glossary">
        <summary className="vsv-glossary__summary">
          <time dateTime={g.last_at}>{fmtDateTime(g.last_at)}</time> — {sentence}
        </summary>
        <p className="utrecht-paragraph">
          {t.purpose}: {auditPurposeLabel(g.purpose)} ({auditActivityLabel(g.purpose)}). {auditRoleLabel(g.actor_role)}
          {g.regions.length ? `, ${t.regions.toLowerCase()} ${g.regions.join(", ")}` : ""}.
        </p>
        <CwTable caption={t.entriesCaption(sentence)} rows={g.entries} rowKey={(e) => String(e.id)} columns={[
          { key: "at", label: t.col.at, rowHeader: true, render: (e) => fmtDateTime(e.at) },
          { key: "person", label: t.col.person, render: (e) => <PersonLink personRef={e.person_ref} /> },
          { key: "region", label: t.col.region, render: (e) => e.region ?? "–" },
        ]} />
        {!g.entries_complete && g.trace_id ? <p className="utrecht-paragraph"><Link href={`/werk/logboek?${more}`}>{t.more(g.count)}</Link></p> : null}
      </details>
    </li>
  );
}

function Groups({ d, page, query }: { d: GroupPage; page: number; query: URLSearchParams }) {
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <section aria-labelledby="audit-groups-caption">
      <h2 className="utrecht-heading-2" id="audit-groups-caption">{t.groupsCaption(from, from + d.items.length - 1, d.total)}</h2>
      <ul className="vsv-audit-groups" data-testid="audit-groups">
        {d.items.map((g) => <GroupLine key={`${g.trace_id ?? ""}|${g.entries[0]?.id ?? ""}|${g.action}|${g.purpose}|${g.subject_kind ?? ""}`} g={g} query={query} />)}
      </ul>
    </section>
  );
}

function Entries({ d, page }: { d: EntryPage; page: number }) {
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <CwTable testId="audit-table" caption={a.caption(from, from + d.items.length - 1, d.total)} rows={d.items} rowKey={(r: Entry) => String(r.id)} columns={[
      { key: "at", label: t.col.at, rowHeader: true, render: (r) => fmtDateTime(r.at) },
      { key: "actor", label: t.col.actor, render: (r) => who(r) },
      { key: "what", label: t.col.what, render: (r) => auditSentence(r) },
      { key: "person", label: t.col.person, render: (r) => <PersonLink personRef={r.person_ref} /> },
      { key: "region", label: t.col.region, render: (r) => r.region ?? "–" },
      { key: "purpose", label: t.col.purpose, render: (r) => auditPurposeLabel(r.purpose) },
    ]} />
  );
}

export function AuditLog({ query }: { user: User; query: URLSearchParams }) {
  useTitle(a.title);
  const grouped = query.get("weergave") !== "regels";
  const filters = filterParams(query);
  const page = pageOf(query);
  const params = { ...filters, view: grouped ? "grouped" : "entries", page, pageSize: PAGE_SIZE };
  const res = useLive("/audit-log", { query: params as Query<"/audit-log"> });
  const d = res.data;
  return (
    <>
      <h1 className="utrecht-heading-1">{a.title}</h1>
      <p className="utrecht-paragraph">{a.lead} {t.times}</p>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(ct.purpose.audit)}</p>
      <Filters key={query.toString()} q={query} />
      {res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : d.items.length === 0 ? <p className="utrecht-paragraph">{a.empty}</p> : (
        <>
          {d.view === "grouped" ? <Groups d={d} page={page} query={query} /> : <Entries d={d} page={page} />}
          <Pager page={page} pageSize={PAGE_SIZE} total={d.total} />
          <p className="utrecht-paragraph vsv-no-print">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={csvUrl("/audit-log", filters)} download>{a.csv}</a>
          </p>
        </>
      )}
    </>
  );
}
