/**
 * /werk/gebruikers: accounts with role and scope. The administrator lists, creates and disables every account; a
 * coordinator sees the accounts of their region and creates and disables its regional officers (the server enforces
 * the same: src/server/routes/accounts.ts).
 */
import { useState, type FormEvent } from "react";
import { send } from "../../api/client.js";
import { useLive } from "../../api/hooks.js";
import type { Body } from "../../api/types.js";
import { Button, SelectField, TextField } from "../../casework/Fields.js";
import { fmtDate, label } from "../../casework/format.js";
import { ErrorSummary, Notice, RequestError, type FieldError } from "../../casework/Messages.js";
import type { User } from "../../casework/session.js";
import { CwTable } from "../../casework/Table.js";
import type { AccountRow } from "../../casework/types.js";
import { Loading } from "../../components/Status.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";

const g = ct.accounts;
const ROLE_CODES = ["regional_officer", "regional_coordinator", "school_user", "national_analyst", "administrator"];

const list = (text: string) => text.split(/[,\s]+/).map((x) => x.trim()).filter(Boolean);

function CreateForm({ user, onSaved }: { user: User; onSaved: () => void }) {
  const admin = user.role === "administrator";
  const empty = { username: "", displayName: "", role: "regional_officer", regions: admin ? "" : user.regions[0] ?? "", institutions: "", password: "" };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: string } | { error: unknown } | null>(null);
  const set = (k: keyof typeof empty) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const regional = form.role === "regional_officer" || form.role === "regional_coordinator";
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
        admin ? <TextField id="u-regions" label={g.regions} value={form.regions} onChange={set("regions")} required width="medium" error={err("u-regions")} />
          : <SelectField id="u-regions" label={ct.signals.region} value={form.regions} onChange={set("regions")} options={user.regions.map((r) => ({ value: r, label: r }))} />
      ) : null}
      {form.role === "school_user" ? <TextField id="u-institutions" label={g.institutions} value={form.institutions} onChange={set("institutions")} required width="medium" error={err("u-institutions")} /> : null}
      <TextField id="u-password" label={g.password} hint={g.passwordHint} type="password" value={form.password} onChange={set("password")} required autoComplete="new-password" error={err("u-password")} />
      <p className="utrecht-button-group"><Button busy={busy}>{g.submit}</Button></p>
    </form>
  );
}

export function Accounts({ user }: { user: User }) {
  useTitle(g.title);
  const res = useLive("/accounts");
  const [changed, setChanged] = useState<{ ok: string } | { error: unknown } | null>(null);
  const admin = user.role === "administrator";
  async function toggle(a: AccountRow) {
    setChanged(null);
    try {
      await send("patch", "/accounts/{id}", { path: { id: a.id }, body: { disabled: !a.disabled_at } });
      setChanged({ ok: g.changed });
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
      {res.error ? <RequestError error={res.error} /> : !res.data ? <Loading /> : (
        <CwTable testId="accounts-table" caption={g.caption} rows={res.data.accounts} rowKey={(a) => String(a.id)} columns={[
          { key: "u", label: g.col.username, rowHeader: true, render: (a) => a.username },
          { key: "n", label: g.col.name, render: (a) => a.display_name },
          { key: "r", label: g.col.role, render: (a) => label(ct.roles, a.role) },
          { key: "s", label: g.col.scope, render: (a) => [...a.regions, ...a.institutions].join(", ") || "–" },
          { key: "st", label: g.col.state, render: (a) => (a.disabled_at ? g.disabled(fmtDate(a.disabled_at)) : g.active) },
          { key: "act", label: g.col.action, render: (a) => manageable(a) ? (
            <button type="button" className="utrecht-button utrecht-button--secondary-action vsv-button--small" onClick={() => void toggle(a)}
              aria-label={a.disabled_at ? g.enable(a.display_name) : g.disable(a.display_name)}>
              {a.disabled_at ? g.enableShort : g.disableShort}
            </button>
          ) : "–" },
        ]} />
      )}
      <section className="vsv-section"><CreateForm user={user} onSaved={res.reload} /></section>
    </>
  );
}
