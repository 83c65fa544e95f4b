/**
 * /inloggen: the sign-in form. Errors are announced (role=alert) and say what to do; after too many failures the
 * server's wait time is shown. On success the user goes back to the page that sent them here (?terug=), else /werk.
 */
import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/client.js";
import { Button, TextField } from "../../casework/Fields.js";
import { ErrorSummary, Notice, problemText, type FieldError } from "../../casework/Messages.js";
import { useSession } from "../../casework/session.js";
import { navigate } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import { Redirect } from "./Redirect.js";

const l = ct.login;

/** Where to go after signing in: only a page of the closed part of this site (no open redirect). */
export function returnPath(query: URLSearchParams): string {
  const back = query.get("terug") ?? "";
  return /^\/werk(\/|$|\?)/.test(back) ? back : "/werk";
}

export function Login({ query }: { query: URLSearchParams }) {
  useTitle(l.title);
  const session = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = session.state;
  if (s.status === "signedIn" && !busy) return <Redirect to={returnPath(query)} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (!username.trim()) found.push({ field: "login-username", message: l.usernameMissing });
    if (!password) found.push({ field: "login-password", message: l.passwordMissing });
    setErrors(found);
    setFailure(null);
    if (found.length) return;
    setBusy(true);
    try {
      await session.login(username.trim(), password);
      navigate(returnPath(query), { replace: true });
    } catch (err) {
      setPassword("");
      if (err instanceof ApiError && err.status === 401) setFailure(l.failed);
      else if (err instanceof ApiError && err.status === 429) setFailure(l.rateLimited(Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60))));
      else if (err instanceof ApiError && err.status === 404) setFailure(l.unavailable);
      else setFailure(problemText(err));
    } finally {
      setBusy(false);
    }
  }

  const why = s.status === "anonymous" ? s.why : undefined;
  const fieldError = (id: string) => errors.find((x) => x.field === id)?.message;
  return (
    <>
      <h1 className="utrecht-heading-1">{l.title}</h1>
      <p className="utrecht-paragraph">{l.lead}</p>
      {why === "ended" ? <Notice kind="warning">{l.ended}</Notice> : null}
      {why === "signedOut" ? <Notice kind="ok">{l.signedOut}</Notice> : null}
      {why === "unavailable" ? <Notice kind="warning">{l.unavailable}</Notice> : null}
      <ErrorSummary errors={errors} />
      {failure ? <Notice kind="error" testId="login-failed">{failure}</Notice> : null}
      <form className="utrecht-form vsv-form vsv-form--narrow" onSubmit={submit} noValidate>
        <TextField id="login-username" label={l.username} value={username} onChange={setUsername} autoComplete="username" required error={fieldError("login-username")} />
        <TextField id="login-password" label={l.password} type="password" value={password} onChange={setPassword} autoComplete="current-password" required error={fieldError("login-password")} />
        <p className="utrecht-button-group">
          <Button busy={busy}>{busy ? l.busy : l.submit}</Button>
        </p>
      </form>
    </>
  );
}
