/**
 * /inloggen: the sign-in form. Errors are announced (role=alert) and say what to do; after too many failures the
 * server's wait time is shown. On success the user goes back to the page that sent them here (?terug=), else /werk.
 * When the server has sign-in through the organisation's identity provider (GET /auth/config), a link "Inloggen via
 * <name>" starts it (a plain link: the browser goes to the provider and back); a sign-in that failed there comes back
 * here with ?oidc=<reason>, shown as a message.
 */
import { useState, type FormEvent } from "react";
import { API_BASE, ApiError } from "../../api/client.js";
import { useApi } from "../../api/hooks.js";
import { Button, TextField } from "../../casework/Fields.js";
import { ErrorSummary, Notice, problemText, type FieldError } from "../../casework/Messages.js";
import { useSession } from "../../casework/session.js";
import { navigate } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import { Redirect } from "./Redirect.js";

const l = ct.login;

/** The texts of sign-in through the identity provider (`name`: the provider's name, VSV_OIDC_NAME). */
export const oidcText = {
  via: (name: string) => `Inloggen via ${name}`,
  or: "Of log in met uw gebruikersnaam en wachtwoord:",
  /** Why the sign-in at the provider came back here (?oidc=, src/server/routes/auth-oidc.ts). */
  outcome: {
    mislukt: (name: string) =>
      `Inloggen via ${name} is mislukt. Heeft u nog geen account in deze werkomgeving, of is het geblokkeerd? Vraag dan de beheerder om uw account te koppelen of te deblokkeren; anders: probeer het opnieuw.`,
    afgebroken: (name: string) => `Het inloggen via ${name} is afgebroken. Probeer het opnieuw, of log in met uw gebruikersnaam en wachtwoord.`,
    verlopen: () => "Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.",
    onbereikbaar: (name: string) => `${name} is nu niet bereikbaar. Probeer het over enkele minuten opnieuw, of log in met uw gebruikersnaam en wachtwoord.`,
    teveel: () => "Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw.",
  } as Record<string, (name: string) => string>,
  /** When the provider's name is not known (the page could not ask the server). */
  provider: "de identiteitsprovider",
};

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
  const options = useApi("/auth/config");
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
  const providerName = options.data?.oidc_label ?? oidcText.provider;
  const oidcOutcome = oidcText.outcome[query.get("oidc") ?? ""];
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
      {oidcOutcome && !failure ? <Notice kind="error" testId="login-oidc-failed">{oidcOutcome(providerName)}</Notice> : null}
      {options.data?.oidc ? (
        <>
          <p className="utrecht-button-group">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`${API_BASE}/auth/oidc/start?returnTo=${encodeURIComponent(returnPath(query))}`} data-testid="login-oidc">
              {oidcText.via(providerName)}
            </a>
          </p>
          <p className="utrecht-paragraph">{oidcText.or}</p>
        </>
      ) : null}
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
