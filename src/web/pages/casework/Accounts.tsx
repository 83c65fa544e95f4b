/**
 * /werk/gebruikers: accounts with role and scope. The administrator lists, creates and disables every account; a
 * coordinator sees the accounts of their region, creates and disables its regional officers and gives them a new
 * password (drawn by the server, shown once). Disabling and a new password are confirmed first. The administrator
 * picks regions (with names) and schools (BRIN with name, from the public institution list) instead of typing codes.
 * The server enforces the same rules: src/server/routes/accounts.ts.
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import { useApi, useLive } from "../../api/hooks.js";
import type { Body } from "../../api/types.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { fmtDate, label } from "../../casework/format.js";
import { ErrorSummary, Notice, RequestError, type FieldError } from "../../casework/Messages.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import type { AccountRow } from "../../casework/types.js";
import { useConfirm } from "../../components/ConfirmDialog.js";
import { Loading } from "../../components/Status.js";
import { regionOptions, useRegionNames } from "../../casework/places.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const g = ct.accounts;
const ROLE_CODES = ["regional_officer", "regional_coordinator", "school_user", "national_analyst", "administrator"];

const list = (text: string) => text.split(/[,\s]+/).map((x) => x.trim()).filter(Boolean);

/**
 * A list of chosen codes with a way to add one (a select of regions, or a text field with suggestions of schools)
 * and a button to remove each; the chosen codes are kept as a comma-separated string in the form.
 */
function CodePicker({ id, label, chosenLabel, value, onChange, options, error, hint, free }: {
  id: string;
  label: string;
  chosenLabel: string;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  hint?: string;
  /** A text field with a datalist of options (many schools) instead of a select. */
  free?: boolean;
}) {
  const [pick, setPick] = useState("");
  const [pickError, setPickError] = useState("");
  const chosen = list(value);
  const nameOf = (code: string) => options.find((o) => o.value === code)?.label ?? code;
  function add() {
    const typed = pick.trim();
    // A typed school: its BRIN code, from "27GZ Naam" or "27GZ".
    const code = free ? (options.find((o) => o.label.toLowerCase() === typed.toLowerCase())?.value ?? typed.split(/\s+/)[0]!.toUpperCase()) : typed;
    if (!code || (free && !/^[0-9]{2}[A-Z]{2}$/.test(code))) {
      setPickError(g.unknownInstitution);
      return;
    }
    setPickError("");
    if (!chosen.includes(code)) onChange([...chosen, code].join(","));
    setPick("");
  }
  return (
    <fieldset className="utrecht-form-fieldset vsv-field">
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{label}</legend>
      {error ? <div className="utrecht-form-field-error-message vsv-field-error" id={`${id}-error`}><strong>{ct.fieldError}</strong> {error}</div> : null}
      <p className="utrecht-paragraph" id={`${id}-chosen`}>{chosenLabel}: {chosen.length === 0 ? g.noneChosen : null}</p>
      {chosen.length ? (
        <ul className="utrecht-unordered-list vsv-chosen" aria-labelledby={`${id}-chosen`}>
          {chosen.map((code) => (
            <li key={code} className="utrecht-unordered-list__item">
              {nameOf(code)}{" "}
              <button type="button" className="utrecht-button utrecht-button--subtle vsv-button--small" onClick={() => onChange(chosen.filter((x) => x !== code).join(","))}>
                {g.remove(nameOf(code))}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="vsv-assign">
        {free ? (
          <>
            <TextField id={id} label={g.institutionPick} hint={hint} value={pick} onChange={setPick} list={`${id}-options`} autoComplete="off" error={pickError || undefined} />
            <datalist id={`${id}-options`}>{options.map((o) => <option key={o.value} value={o.label} />)}</datalist>
          </>
        ) : (
          <SelectField id={id} label={g.regionPick} value={pick} onChange={setPick} placeholder={ct.case.choose} options={options.filter((o) => !chosen.includes(o.value))} error={pickError || undefined} />
        )}
        <button type="button" className="utrecht-button utrecht-button--secondary-action vsv-button--small" onClick={add}>{g.add}</button>
      </div>
    </fieldset>
  );
}

function CreateForm({ user, onSaved }: { user: User; onSaved: () => void }) {
  const admin = user.role === "administrator";
  const empty = { username: "", displayName: "", role: "regional_officer", regions: admin ? "" : user.regions[0] ?? "", institutions: "", password: "" };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: string } | { error: unknown } | null>(null);
  const set = (k: keyof typeof empty) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const regional = form.role === "regional_officer" || form.role === "regional_coordinator";
  const names = useRegionNames();
  const schools = useApi(admin && form.role === "school_user" ? "/institutions" : null);
  const schoolOptions = (schools.data?.rows ?? []).map((r) => ({ value: r.code, label: `${r.code} ${r.name}` })).sort((a, b) => a.value.localeCompare(b.value));
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (!/^[a-z0-9][a-z0-9._@-]{2,63}$/.test(form.username.trim().toLowerCase())) found.push({ field: "u-username", message: `${g.username}: ${g.usernameHint}` });
    if (!form.displayName.trim()) found.push({ field: "u-name", message: ct.case.required(g.displayName) });
    if (regional && list(form.regions).length === 0) found.push({ field: "u-regions", message: ct.case.required(g.regions) });
    if (form.role === "school_user" && list(form.institutions).length === 0) found.push({ field: "u-institutions", message: ct.case.required(g.institutions) });
    if (form.password.length < 12) found.push({ field: "u-password", message: g.passwordHint });
    setErrors(found);
    setResult(null);
    if (found.length) return;
    setBusy(true);
    try {
      await send("post", "/accounts", {
        body: {
          username: form.username.trim().toLowerCase(),
          display_name: form.displayName.trim(),
          role: form.role as Body<"/accounts", "post">["role"],
          ...(regional ? { regions: list(form.regions) } : {}),
          ...(form.role === "school_user" ? { institutions: list(form.institutions).map((x) => x.toUpperCase()) } : {}),
          password: form.password,
        },
      });
      setResult({ ok: g.saved(form.displayName.trim()) });
      setForm(empty);
      onSaved();
    } catch (err) {
      setResult({ error: err });
    } finally {
      setBusy(false);
    }
  }
  const err = (f: string) => errors.find((x) => x.field === f)?.message;
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="account-create">
      <h2 className="utrecht-heading-2" id="account-create">{g.create}</h2>
      <ErrorSummary errors={errors} />
      {result && "ok" in result ? <Notice kind="ok">{result.ok}</Notice> : result ? <RequestError error={result.error} /> : null}
      <TextField id="u-username" label={g.username} hint={g.usernameHint} value={form.username} onChange={set("username")} required autoComplete="off" error={err("u-username")} />
      <TextField id="u-name" label={g.displayName} value={form.displayName} onChange={set("displayName")} required autoComplete="off" error={err("u-name")} />
      {admin ? (
        <SelectField id="u-role" label={g.role} value={form.role} onChange={set("role")} options={ROLE_CODES.map((r) => ({ value: r, label: label(ct.roles, r) }))} />
      ) : null}
      {regional ? (
        admin ? <CodePicker id="u-regions" label={g.regions} chosenLabel={g.chosenRegions} value={form.regions} onChange={set("regions")} options={regionOptions(names)} error={err("u-regions")} />
          : <SelectField id="u-regions" label={ct.signals.region} value={form.regions} onChange={set("regions")} options={user.regions.map((r) => ({ value: r, label: r }))} />
      ) : null}
      {form.role === "school_user" ? (
        <CodePicker id="u-institutions" label={g.institutions} chosenLabel={g.chosenInstitutions} value={form.institutions} onChange={set("institutions")} options={schoolOptions} error={err("u-institutions")} hint={g.institutionHint} free />
      ) : null}
      <TextField id="u-password" label={g.password} hint={g.passwordHint} type="password" value={form.password} onChange={set("password")} required autoComplete="new-password" error={err("u-password")} />
      <p className="utrecht-button-group"><Button busy={busy}>{g.submit}</Button></p>
    </form>
  );
}

/** The administrator changes the regions or schools of an account (officers, coordinators, school users), picked from lists. */
function ScopeForm({ accounts, onSaved }: { accounts: readonly AccountRow[]; onSaved: () => void }) {
  const names = useRegionNames();
  const editable = accounts.filter((a) => ["regional_officer", "regional_coordinator", "school_user"].includes(a.role));
  const [id, setId] = useState("");
  const chosen = editable.find((a) => String(a.id) === id);
  const school = chosen?.role === "school_user";
  const [codes, setCodes] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: string } | { error: unknown } | null>(null);
  const [missing, setMissing] = useState(false);
  const schools = useApi(school ? "/institutions" : null);
  const schoolOptions = (schools.data?.rows ?? []).map((r) => ({ value: r.code, label: `${r.code} ${r.name}` })).sort((a, b) => a.value.localeCompare(b.value));
  function pick(value: string) {
    setId(value);
    setResult(null);
    const a = editable.find((x) => String(x.id) === value);
    setCodes(a ? (a.role === "school_user" ? a.institutions : a.regions).join(",") : "");
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !chosen) return;
    const list_ = list(codes);
    setMissing(list_.length === 0);
    if (list_.length === 0) return;
    setBusy(true);
    setResult(null);
    try {
      await send("patch", "/accounts/{id}", { path: { id: chosen.id }, body: school ? { institutions: list_ } : { regions: list_ } });
      setResult({ ok: g.changed });
      onSaved();
    } catch (err) {
      setResult({ error: err });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="utrecht-form vsv-form" onSubmit={submit} noValidate aria-labelledby="account-scope">
      <h2 className="utrecht-heading-2" id="account-scope">{g.scopeTitle}</h2>
      {result && "ok" in result ? <Notice kind="ok">{result.ok}</Notice> : result ? <RequestError error={result.error} /> : null}
      <SelectField id="s-account" label={g.scopeAccount} value={id} onChange={pick} placeholder={ct.case.choose}
        options={editable.map((a) => ({ value: String(a.id), label: `${a.display_name} (${a.username})` }))} />
      {chosen ? (
        school ? (
          <CodePicker key={chosen.id} id="s-institutions" label={g.institutions} chosenLabel={g.chosenInstitutions} value={codes} onChange={setCodes} options={schoolOptions}
            error={missing ? ct.case.required(g.institutions) : undefined} hint={g.institutionHint} free />
        ) : (
          <CodePicker key={chosen.id} id="s-regions" label={g.regions} chosenLabel={g.chosenRegions} value={codes} onChange={setCodes} options={regionOptions(names)}
            error={missing ? ct.case.required(g.regions) : undefined} />
        )
      ) : null}
      {chosen ? <p className="utrecht-button-group"><Button busy={busy}>{g.scopeSubmit}</Button></p> : null}
    </form>
  );
}

export function Accounts({ user }: { user: User }) {
  useTitle(g.title);
  const res = useLive("/accounts");
  const [changed, setChanged] = useState<{ ok: string } | { error: unknown } | null>(null);
  const admin = user.role === "administrator";
  const { confirm, dialog } = useConfirm();
  const [reset, setReset] = useState<{ name: string; password: string } | null>(null);
  async function toggle(a: AccountRow) {
    setChanged(null);
    setReset(null);
    if (!a.disabled_at && !(await confirm({ title: g.confirmDisableTitle(a.display_name), body: g.confirmDisableBody, confirmLabel: g.confirmDisable }))) return;
    try {
      await send("patch", "/accounts/{id}", { path: { id: a.id }, body: { disabled: !a.disabled_at } });
      setChanged({ ok: g.changed });
    } catch (e) {
      setChanged({ error: e });
    } finally {
      res.reload();
    }
  }
  async function resetPassword(a: AccountRow) {
    setChanged(null);
    setReset(null);
    if (!(await confirm({ title: g.confirmResetTitle(a.display_name), body: g.confirmResetBody, confirmLabel: g.confirmReset }))) return;
    try {
      const r = await send("post", "/accounts/{id}/password-reset", { path: { id: a.id } });
      setReset({ name: a.display_name, password: r.password });
    } catch (e) {
      setChanged({ error: e });
    } finally {
      res.reload();
    }
  }
  const manageable = (a: AccountRow) => a.id !== user.id && (admin || a.role === "regional_officer");
  return (
    <>
      <h1 className="utrecht-heading-1">{g.title}</h1>
      <p className="utrecht-paragraph">{admin ? g.lead : g.coordinatorLead}</p>
      {changed && "ok" in changed ? <Notice kind="ok">{changed.ok}</Notice> : changed ? <RequestError error={changed.error} /> : null}
      {reset ? (
        <div data-testid="password-reset">
          <Notice kind="ok">{g.resetDone(reset.name)}</Notice>
          <p className="utrecht-paragraph">{g.resetPassword}: <code className="vsv-once" data-testid="new-password">{reset.password}</code></p>
        </div>
      ) : null}
      {dialog}
      {res.error ? <RequestError error={res.error} /> : !res.data ? <Loading /> : (
        <CwTable testId="accounts-table" caption={g.caption} rows={res.data.accounts} rowKey={(a) => String(a.id)} columns={[
          { key: "u", label: g.col.username, rowHeader: true, render: (a) => a.username },
          { key: "n", label: g.col.name, render: (a) => a.display_name },
          { key: "r", label: g.col.role, render: (a) => label(ct.roles, a.role) },
          { key: "s", label: g.col.scope, render: (a) => [...a.regions, ...a.institutions].join(", ") || "–" },
          { key: "st", label: g.col.state, render: (a) => (a.disabled_at ? g.disabled(fmtDate(a.disabled_at)) : g.active) },
          { key: "act", label: g.col.action, render: (a) => manageable(a) ? (
            <span className="vsv-assign">
              <button type="button" className="utrecht-button utrecht-button--secondary-action vsv-button--small" onClick={() => void toggle(a)}
                aria-label={a.disabled_at ? g.enable(a.display_name) : g.disable(a.display_name)}>
                {a.disabled_at ? g.enableShort : g.disableShort}
              </button>
              {a.has_password && !a.disabled_at ? (
                <button type="button" className="utrecht-button utrecht-button--secondary-action vsv-button--small" onClick={() => void resetPassword(a)} aria-label={g.reset(a.display_name)}>
                  {g.resetShort}
                </button>
              ) : null}
            </span>
          ) : "–" },
        ]} />
      )}
      <section className="vsv-section"><CreateForm user={user} onSaved={res.reload} /></section>
      {admin && res.data ? <section className="vsv-section"><ScopeForm accounts={res.data.accounts} onSaved={res.reload} /></section> : null}
    </>
  );
}
