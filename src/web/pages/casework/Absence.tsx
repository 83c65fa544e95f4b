/**
 * /werk/verzuim: absence reports (verzuimmeldingen) — counts per school or region within the user's scope, a form
 * to record one, and the recent reports (with a CSV download). The form finds the student by name, person number or
 * birth date among the students in the user's scope and shows who was picked (name, birth date, school); nobody types
 * a reference. The person page links here with the student picked already (?persoon=…&instelling=…).
 * docs/casework.md, "Absence reports".
 */
import { useState, type FormEvent } from "react";
import { compulsoryEducationOn, statutoryRefusal } from "../../../domain/casework/compulsory-education.js";
import { tryParseIsoDate } from "../../../domain/dates.js";
import { csvUrl } from "../../api.js";
import { ApiError, send } from "../../api/client.js";
import { useApi, useLive } from "../../api/hooks.js";
import type { Body } from "../../api/types.js";
import { Button, Checkbox, RadioGroup, SelectField, TextArea, TextField } from "../../casework/Fields.js";
import { fmtDate, personName, today } from "../../casework/format.js";
import { ErrorSummary, Notice, RequestError, type FieldError } from "../../casework/Messages.js";
import { useRegionNames } from "../../casework/places.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import { Loading } from "../../components/Status.js";
import { Link, setQuery } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

/** The longest note the server takes (MAX_ABSENCE_NOTE in src/store/absence-reports.ts). */
const MAX_NOTE = 2000;

// The labels of this page: ct.absence (shared), and those of the student search, the period and the note.
const a = {
  ...ct.absence,
  lead: "Verzuimmeldingen van scholen: tellingen per school en regio, een nieuwe melding vastleggen en de recente meldingen.",
  find: "Leerling zoeken",
  search: "Zoek de leerling",
  searchHint: "Naam (of een deel ervan), BSN of onderwijsnummer, of geboortedatum (bijvoorbeeld 14-2-2009). U vindt de leerlingen op de signaallijsten van uw eigen school of regio.",
  searchButton: "Zoeken",
  searchTooShort: "Vul minstens twee tekens in om te zoeken.",
  searching: "Bezig met zoeken…",
  results: (n: number, total: number, text: string) =>
    total === 0
      ? `Geen leerlingen gevonden voor "${text}". Controleer de spelling of zoek op BSN of geboortedatum.`
      : `${total} ${total === 1 ? "leerling" : "leerlingen"} gevonden voor "${text}"${total > n ? `: de eerste ${n}; maak de zoekterm preciezer` : ""}`,
  choose: (name: string, born: string) => `Kies ${name}${born ? `, geboren ${born}` : ""}`,
  chosen: "Gekozen leerling",
  born: (date: string) => `geboren ${date}`,
  otherStudent: "Andere leerling kiezen",
  noStudent: "Zoek en kies eerst de leerling over wie u verzuim meldt.",
  institutionPick: "School",
  absentFrom: "Eerste dag afwezig",
  absentTo: "Laatste dag afwezig",
  absentToHint: "Eén dag afwezig: vul twee keer dezelfde datum in.",
  fromMissing: "Vul de eerste dag afwezig in.",
  toBeforeFrom: "De laatste dag afwezig ligt vóór de eerste: kies een datum op of na de eerste dag.",
  future: (what: string) => `${what} ligt in de toekomst: meld verzuim dat er al was.`,
  kindHint: "Wettelijk verzuim alleen voor leerplichtige en kwalificatieplichtige leerlingen (tot 18 jaar en zonder startkwalificatie).",
  note: "Toelichting (niet verplicht)",
  noteHint: `Wat er bekend is over het verzuim, ten hoogste ${MAX_NOTE} tekens. Zet hier geen BSN in.`,
  noteTooLong: (n: number) => `De toelichting is ${n} tekens: maak haar korter, ten hoogste ${MAX_NOTE} tekens.`,
  period: "Periode",
  school: "School",
  noteCol: "Toelichting",
  csv: "Download de meldingen (CSV)",
  csvNote: "Ook het downloaden wordt vastgelegd in het logboek.",
};

/** A student found by the search: what the user recognises them by, and where they are listed. */
interface Student {
  readonly person_ref: string;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly birth_date: string | null;
  readonly institution: string | null;
  readonly institution_name: string | null;
}

/**
 * The students in the user's scope (a school: the rows of its own lists; a region: its lists and cases) that match a
 * name, a BSN or onderwijsnummer, or a birth date: POST /persons/search, the text in the body, never in the URL. The
 * school shown is one of the user's own when the student is listed there.
 */
async function findStudents(text: string, institutions: readonly string[]): Promise<{ students: Student[]; total: number }> {
  const page = await send("post", "/persons/search", { body: { text, pageSize: 25 }, noStore: true });
  const students = page.items.map((hit) => {
    const school = hit.schools.find((s) => institutions.includes(s.institution)) ?? hit.schools[0] ?? null;
    return {
      person_ref: hit.person_ref,
      family_name: hit.family_name,
      given_names: hit.given_names,
      birth_date: hit.birth_date,
      institution: school?.institution ?? null,
      institution_name: school?.institution_name ?? null,
    };
  });
  return { students, total: page.total };
}

/**
 * Why statutory absence cannot be reported for the student on `from` (the domain's rule on the birth date; a
 * startkwalificatie only the server knows), or null.
 */
function statutoryAdvice(student: Student | null, from: string): string | null {
  const birth = student?.birth_date ? tryParseIsoDate(student.birth_date) : undefined;
  const day = tryParseIsoDate(from);
  if (!birth || !day) return null;
  return statutoryRefusal(compulsoryEducationOn(birth, day), day);
}

const schoolText = (name: string | null | undefined, brin: string | null | undefined) => (name ? `${name}${brin ? ` (${brin})` : ""}` : brin ?? "–");

/** The student search: a search form of its own, the results as buttons, and the picked student. */
function StudentPicker({ picked, onPick, error, institutions }: { picked: Student | null; onPick: (s: Student | null) => void; error?: string | undefined; institutions: readonly string[] }) {
  const [text, setText] = useState("");
  const [asked, setAsked] = useState("");
  const [found, setFound] = useState<{ students: Student[]; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [searchError, setSearchError] = useState<string | undefined>();
  const [failed, setFailed] = useState<unknown>(null);
  async function search(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const t = text.trim();
    if (t.length < 2) {
      setSearchError(a.searchTooShort);
      return;
    }
    setSearchError(undefined);
    setFailed(null);
    setBusy(true);
    try {
      setFound(await findStudents(t, institutions));
      setAsked(t);
    } catch (err) {
      setFailed(err);
    } finally {
      setBusy(false);
    }
  }
  if (picked) {
    return (
      <div className="vsv-section" data-testid="absence-picked">
        <h3 className="utrecht-heading-3">{a.chosen}</h3>
        <p className="utrecht-paragraph">
          <strong>{personName(picked)}</strong>
          {picked.birth_date ? `, ${a.born(fmtDate(picked.birth_date))}` : ""}
          {picked.institution || picked.institution_name ? ` — ${schoolText(picked.institution_name, picked.institution)}` : ""}
        </p>
        <p className="utrecht-button-group"><Button kind="secondary" type="button" onClick={() => onPick(null)}>{a.otherStudent}</Button></p>
      </div>
    );
  }
  return (
    <form className="utrecht-form vsv-form" role="search" aria-labelledby="absence-find" onSubmit={search} noValidate>
      <h3 className="utrecht-heading-3" id="absence-find">{a.find}</h3>
      <TextField id="ab-search" label={a.search} hint={a.searchHint} value={text} onChange={setText} type="search" autoComplete="off" required error={searchError ?? error} />
      <p className="utrecht-button-group"><Button kind="secondary" busy={busy}>{a.searchButton}</Button></p>
      {failed ? <RequestError error={failed} /> : null}
      <div aria-live="polite">
        {busy ? <p className="utrecht-paragraph">{a.searching}</p> : found ? (
          <>
            <p className="utrecht-paragraph" data-testid="absence-results-count">{a.results(found.students.length, found.total, asked)}</p>
            {found.students.length ? (
              <ul className="utrecht-unordered-list vsv-plain-list" data-testid="absence-results">
                {found.students.map((s) => (
                  <li key={s.person_ref} className="utrecht-unordered-list__item">
                    <Button kind="secondary" type="button" onClick={() => onPick(s)}>{a.choose(personName(s), s.birth_date ? fmtDate(s.birth_date) : "")}</Button>
                    {" "}<span>{schoolText(s.institution_name, s.institution)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </form>
  );
}

/** The server's 400 names a body field: show its reason at the form control. */
const FIELD_OF: Readonly<Record<string, string>> = {
  absent_from: "ab-from",
  absent_to: "ab-to",
  reported_on: "ab-from",
  note: "ab-note",
  kind: "ab-kind",
  hours: "ab-hours",
  institution: "ab-institution",
  person_ref: "ab-search",
};

function RecordForm({ user, query, onSaved }: { user: User; query: URLSearchParams; onSaved: () => void }) {
  const school = user.role === "school_user";
  const caseId = /^\d+$/.test(query.get("dossier") ?? "") ? Number(query.get("dossier")) : null;
  const fromPage = /^p[0-9a-f]{24}$/.test(query.get("persoon") ?? "") ? query.get("persoon")! : null;
  // Opened from the person page: that person is picked (their name and birth date from the person page's data).
  const person = useApi(fromPage ? "/persons/{personRef}" : null, fromPage ? { path: { personRef: fromPage } } : undefined);
  const [picked, setPicked] = useState<Student | null | undefined>(undefined);
  const fromPerson: Student | null =
    fromPage && person.data
      ? {
          person_ref: fromPage,
          family_name: person.data.family_name,
          given_names: person.data.given_names,
          birth_date: person.data.birth_date,
          institution: query.get("instelling") ?? person.data.signals.find((s) => s.institution)?.institution ?? null,
          institution_name: person.data.signals.find((s) => s.institution === query.get("instelling"))?.institution_name ?? person.data.signals.find((s) => s.institution_name)?.institution_name ?? null,
        }
      : null;
  const student = picked === undefined ? fromPerson : picked;
  const empty = () => ({
    institution: query.get("instelling") ?? (school && user.institutions.length === 1 ? user.institutions[0]! : ""),
    region: school ? "" : user.regions[0] ?? "",
    from: today(),
    to: today(),
    // "" until the user chooses: then statutory, or non-statutory for a student past leerplicht and kwalificatieplicht.
    kind: "",
    hours: "",
    note: "",
    link: caseId !== null,
  });
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  const set = (k: "institution" | "region" | "from" | "to" | "kind" | "hours" | "note") => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const names = useRegionNames();
  function pick(s: Student | null) {
    setPicked(s);
    setResult(null);
    // The school of the row the student was found on, when it is one the user may report for.
    if (s?.institution && (!school || user.institutions.includes(s.institution))) setForm((f) => ({ ...f, institution: s.institution! }));
  }
  const advice = statutoryAdvice(student, form.from);
  const kind = form.kind || (advice ? "non_statutory" : "statutory");
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (!student) found.push({ field: "ab-search", message: a.noStudent });
    // Regional roles may leave the school out: the server takes the school of the person's row on the region's list.
    const institution = form.institution.trim().toUpperCase();
    if ((school || institution) && !/^[0-9]{2}[A-Z0-9]{2}$/.test(institution)) found.push({ field: "ab-institution", message: a.institutionInvalid });
    const now = today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.from)) found.push({ field: "ab-from", message: a.fromMissing });
    else if (form.from > now) found.push({ field: "ab-from", message: a.future(a.absentFrom) });
    const to = form.to || form.from;
    if (/^\d{4}-\d{2}-\d{2}$/.test(form.from) && to < form.from) found.push({ field: "ab-to", message: a.toBeforeFrom });
    else if (to > now) found.push({ field: "ab-to", message: a.future(a.absentTo) });
    const hours = Number(form.hours.replace(",", "."));
    if (form.hours.trim() === "" || !Number.isFinite(hours) || hours < 0) found.push({ field: "ab-hours", message: a.hoursInvalid });
    if (kind === "statutory" && advice) found.push({ field: "ab-kind", message: advice });
    const note = form.note.trim();
    if (note.length > MAX_NOTE) found.push({ field: "ab-note", message: a.noteTooLong(note.length) });
    setErrors(found);
    setResult(null);
    if (found.length || !student) return;
    setBusy(true);
    try {
      await send("post", "/absence-reports", {
        body: {
          person_ref: student.person_ref,
          absent_from: form.from,
          absent_to: to,
          kind: kind as Body<"/absence-reports", "post">["kind"],
          hours,
          ...(note ? { note } : {}),
          ...(institution ? { institution } : {}),
          ...(!school && form.region ? { region: form.region } : {}),
          ...(form.link && caseId !== null ? { case_id: caseId } : {}),
        },
      });
      setResult({ ok: true });
      setForm((f) => ({ ...f, hours: "", note: "" }));
      onSaved();
    } catch (err) {
      // A refusal naming a field (a statutory report for an adult, a period in the future) is shown at that field too.
      const named = err instanceof ApiError && err.status === 400 ? (err.body.invalid_params ?? []) : [];
      const atFields = named.flatMap((p) => (p.name && FIELD_OF[p.name] ? [{ field: FIELD_OF[p.name]!, message: (p.reason ?? "").replace(/^./, (c) => c.toUpperCase()) }] : []));
      if (atFields.length) setErrors(atFields);
      else setResult({ ok: false, error: err });
    } finally {
      setBusy(false);
    }
  }
  const err = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <>
      <h2 className="utrecht-heading-2" id="absence-form">{a.form}</h2>
      {result?.ok ? <Notice kind="ok" testId="absence-saved">{a.saved}</Notice> : result ? <RequestError error={result.error} /> : null}
      <ErrorSummary errors={errors} />
      {fromPage && picked === undefined && !person.data && !person.error ? <Loading /> : null}
      <StudentPicker picked={student} onPick={pick} error={err("ab-search")} institutions={user.institutions} />
      <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="absence-form">
        {school && user.institutions.length > 1 ? (
          <SelectField id="ab-institution" label={a.institutionPick} value={form.institution} onChange={set("institution")} placeholder="" required error={err("ab-institution")}
            options={user.institutions.map((i) => ({ value: i, label: i === student?.institution && student.institution_name ? schoolText(student.institution_name, i) : i }))} />
        ) : !school ? (
          <TextField id="ab-institution" label={a.institutionOptional} hint={a.institutionHint} value={form.institution}
            onChange={set("institution")} width="short" error={err("ab-institution")} />
        ) : null}
        {!school && user.regions.length > 1 ? (
          <SelectField id="ab-region" label={ct.signals.region} value={form.region} onChange={set("region")}
            options={user.regions.map((r) => ({ value: r, label: ct.regionName(r, names.get(r)) }))} />
        ) : null}
        <TextField id="ab-from" label={a.absentFrom} type="date" value={form.from} onChange={set("from")} required width="medium" error={err("ab-from")} />
        <TextField id="ab-to" label={a.absentTo} hint={a.absentToHint} type="date" value={form.to} onChange={set("to")} required width="medium" error={err("ab-to")} />
        <RadioGroup id="ab-kind" label={a.kind} hint={advice ?? a.kindHint} value={kind} onChange={set("kind")} error={err("ab-kind")}
          options={[{ value: "statutory", label: a.statutory }, { value: "non_statutory", label: a.nonStatutory }]} />
        <TextField id="ab-hours" label={a.hours} value={form.hours} onChange={set("hours")} inputMode="decimal" required width="short" error={err("ab-hours")} />
        <TextArea id="ab-note" label={a.note} hint={a.noteHint} value={form.note} onChange={set("note")} rows={3} error={err("ab-note")} />
        {caseId !== null && !school ? (
          <Checkbox id="ab-link" label={a.linkCase(caseId)} checked={form.link} onChange={(v) => setForm((f) => ({ ...f, link: v }))} />
        ) : null}
        <p className="utrecht-button-group"><Button busy={busy}>{a.submit}</Button></p>
      </form>
    </>
  );
}

const period = (from: string, to: string) => (from === to ? fmtDate(from) : `${fmtDate(from)} t/m ${fmtDate(to)}`);

export function Absence({ user, query }: { user: User; query: URLSearchParams }) {
  useTitle(a.title);
  const names = useRegionNames();
  const by = query.get("per") === "regio" ? "region" : "institution";
  const counts = useLive("/absence-reports/counts", { query: { by } });
  const reports = useLive("/absence-reports", { query: { pageSize: 20 } });
  // The API names the key column after what is counted (institution or region); a school by its name and BRIN.
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
            { key: "code", label: by === "region" ? ct.signals.region : a.school, rowHeader: true,
              render: (r) => (by === "region" ? ct.regionName(r.code, names.get(r.code)) : schoolText(r.institution_name, r.code)) },
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
          <>
            <CwTable testId="absence-reports" caption={a.listCaption} rows={reportRows} rowKey={(r) => String(r.id)} columns={[
              { key: "period", label: a.period, rowHeader: true, render: (r) => period(r.absent_from, r.absent_to) },
              { key: "who", label: ct.cases.col.person, render: (r) => <Link href={`/werk/personen/${encodeURIComponent(r.person_ref)}`}>{personName(r)}</Link> },
              { key: "school", label: a.school, render: (r) => schoolText(r.institution_name, r.institution) },
              { key: "kind", label: a.kind, render: (r) => (r.kind === "statutory" ? a.statutory : a.nonStatutory) },
              { key: "hours", label: a.hours, numeric: true, render: (r) => r.hours.toLocaleString("nl-NL") },
              { key: "note", label: a.noteCol, render: (r) => r.note || "–" },
              { key: "on", label: a.reportedOn, render: (r) => fmtDate(r.reported_on) },
            ]} />
            <p className="utrecht-paragraph vsv-no-print">
              <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={csvUrl("/absence-reports", {})} download>{a.csv}</a>
              {" "}{a.csvNote}
            </p>
          </>
        )}
      </section>
    </>
  );
}
