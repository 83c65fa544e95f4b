/**
 * /werk/zoeken: young people in the user's scope found over every signal list and the user's cases — by name,
 * reference, BSN or onderwijsnummer (9 digits), birth date or school (POST /persons/search). The search is page state
 * (src/web/casework/person-search.ts), sent in a POST body: it never reaches the URL, the history or a server log.
 * Each name opens the person's page; going back shows the same results.
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import { useRequest } from "../../api/hooks.js";
import type { Answer } from "../../api/types.js";
import { Button, TextField } from "../../casework/Fields.js";
import { fmtDate, label, personName } from "../../casework/format.js";
import { RequestError } from "../../casework/Messages.js";
import { isEmptySearch, setPersonSearch, usePersonSearch, EMPTY_SEARCH } from "../../casework/person-search.js";
import { pt } from "../../casework/person-text.js";
import { useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import { ct } from "../../casework/text.js";
import { Loading } from "../../components/Status.js";
import { Link } from "../../router.js";
import { useTitle } from "../../title.js";

const s = pt.search;
const PAGE_SIZE = 25;
type Hit = Answer<"/persons/search", "post">["items"][number];

export function Search({ user }: { user: User }) {
  useTitle(s.title);
  const asked = usePersonSearch();
  const names = useRegionNames();
  const [form, setForm] = useState(asked);
  const [page, setPage] = useState(1);
  const [formFor, setFormFor] = useState(asked);
  // A search from the box above the page while this page is open: show it in the form.
  if (formFor !== asked) {
    setFormFor(asked);
    setForm(asked);
    setPage(1);
  }
  const empty = isEmptySearch(asked);
  const res = useRequest(empty ? null : `${JSON.stringify(asked)} ${page}`, () =>
    send("post", "/persons/search", {
      body: {
        ...(asked.text.trim() ? { text: asked.text.trim() } : {}),
        ...(asked.birthDate ? { birth_date: asked.birthDate } : {}),
        ...(asked.school.trim() ? { school: asked.school.trim() } : {}),
        page,
        pageSize: PAGE_SIZE,
      },
      noStore: true,
    }),
  );
  const regional = user.role === "regional_officer" || user.role === "regional_coordinator";
  function submit(e: FormEvent) {
    e.preventDefault();
    setPage(1);
    setPersonSearch({ text: form.text.trim(), birthDate: form.birthDate, school: form.school.trim() });
  }
  const d = res.data;
  const pages = d ? Math.max(1, Math.ceil(d.total / PAGE_SIZE)) : 1;
  const from = (page - 1) * PAGE_SIZE + 1;
  const columns = [
    { key: "name", label: s.col.name, rowHeader: true, render: (r: Hit) => <Link href={`/werk/personen/${encodeURIComponent(r.person_ref)}`}>{personName(r)}</Link> },
    { key: "birth", label: s.col.birth, render: (r: Hit) => fmtDate(r.birth_date) },
    { key: "age", label: s.col.age, numeric: true, render: (r: Hit) => (r.age == null ? "–" : String(r.age)) },
    { key: "residence", label: s.col.residence, render: (r: Hit) => r.residence ?? "–" },
    { key: "lists", label: s.col.lists, render: (r: Hit) => (r.lists.length ? r.lists.map((l) => label(pt.lists, l)).join(", ") : "–") },
    { key: "school", label: s.col.school, render: (r: Hit) => (r.schools.length ? r.schools.map((x) => (x.institution_name ? `${x.institution_name} (${x.institution})` : x.institution)).join(", ") : "–") },
    { key: "region", label: s.col.region, render: (r: Hit) => r.regions.map((g) => ct.regionName(g, names.get(g))).join(", ") || "–" },
    ...(regional
      ? [{
          key: "case",
          label: s.col.case,
          render: (r: Hit) =>
            r.open_cases.length === 0 ? s.noCase : (
              <>{r.open_cases.map((c, i) => <span key={c.id}>{i > 0 ? ", " : ""}<Link href={`/werk/dossiers/${c.id}`}>{ct.cases.caseLink(c.id)}</Link> ({label(ct.status, c.status)})</span>)}</>
            ),
        }]
      : []),
  ];
  return (
    <>
      <h1 className="utrecht-heading-1">{s.title}</h1>
      <p className="utrecht-paragraph">{s.lead}</p>
      <p className="utrecht-paragraph vsv-logged">{ct.logged(user.role === "school_user" ? ct.purpose.schoolSignalList : ct.purpose.caseWork)}</p>
      <form className="utrecht-form vsv-filters" onSubmit={submit} role="search" aria-label={s.form}>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{s.form}</legend>
          <div className="vsv-filters__row">
            <TextField id="s-text" label={s.text} hint={s.textHint} type="search" value={form.text} onChange={(text) => setForm((f) => ({ ...f, text }))} autoComplete="off" />
            <TextField id="s-birth" label={s.birthDate} type="date" value={form.birthDate} onChange={(birthDate) => setForm((f) => ({ ...f, birthDate }))} autoComplete="off" />
            <TextField id="s-school" label={s.school} value={form.school} onChange={(school) => setForm((f) => ({ ...f, school }))} autoComplete="off" width="medium" />
          </div>
          <p className="utrecht-button-group vsv-filters__buttons">
            <Button>{s.submit}</Button>
            <Button kind="secondary" type="button" onClick={() => { setForm(EMPTY_SEARCH); setPersonSearch(EMPTY_SEARCH); }}>{s.clear}</Button>
          </p>
        </fieldset>
      </form>
      {empty ? <p className="utrecht-paragraph" data-testid="search-empty">{s.empty}</p> : res.error ? <RequestError error={res.error} /> : !d ? <Loading /> : (
        <section className="vsv-section" aria-labelledby="search-results">
          <h2 className="utrecht-heading-2" id="search-results" aria-live="polite">{s.count(d.total)}</h2>
          <p className="utrecht-paragraph">{label(s.by, d.by)}</p>
          {d.items.length === 0 ? <p className="utrecht-paragraph" data-testid="search-none">{s.none}</p> : (
            <CwTable testId="search-table" caption={s.caption(from, from + d.items.length - 1, d.total)} columns={columns} rows={d.items} rowKey={(r) => r.person_ref} />
          )}
          {pages > 1 ? (
            <nav aria-label={s.pageOf(page, pages)} className="utrecht-button-group vsv-no-print">
              <Button kind="secondary" type="button" onClick={() => setPage((p) => Math.max(1, p - 1))} busy={page <= 1}>{s.previous}</Button>
              <span className="vsv-hint">{s.pageOf(page, pages)}</span>
              <Button kind="secondary" type="button" onClick={() => setPage((p) => Math.min(pages, p + 1))} busy={page >= pages}>{s.next}</Button>
            </nav>
          ) : null}
        </section>
      )}
    </>
  );
}
