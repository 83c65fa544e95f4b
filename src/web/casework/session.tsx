/**
 * Who is signed in: the user and CSRF token from POST /auth/login or GET /auth/me, shared through context so the
 * header (Layout) and the closed part's pages agree. Loaded in the landing bundle, so kept small: anonymous visitors
 * of the public pages cause no request unless this browser signed in before (a flag in localStorage says so; it is
 * a hint, never a credential — the session itself is the HttpOnly cookie).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError, onUnauthorized, send, setCsrfToken } from "../api/client.js";
import type { Answer } from "../api/types.js";

type SignedIn = Answer<"/auth/me">;
export type User = SignedIn["user"];
export type Role = User["role"];

export type SessionState =
  | { readonly status: "unknown" }
  /** `ended`: the session expired while working; `signedOut`: the user signed out; `unavailable`: no closed part on this server. */
  | { readonly status: "anonymous"; readonly why?: "ended" | "signedOut" | "unavailable" }
  | { readonly status: "signedIn"; readonly user: User };

export interface Session {
  readonly state: SessionState;
  /** Asks the server (GET /auth/me) unless already known. */
  check(): void;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
}

const HINT = "vsv-signed-in";
const SessionContext = createContext<Session | null>(null);

function hint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, "1");
    else localStorage.removeItem(HINT);
  } catch {
    /* storage disabled: the hint is only an optimisation */
  }
}

function hinted(): boolean {
  try {
    return localStorage.getItem(HINT) === "1";
  } catch {
    return false;
  }
}

export function isClosedPath(path: string): boolean {
  return path === "/inloggen" || path === "/werk" || path.startsWith("/werk/");
}

export function SessionProvider({ path, children }: { path: string; children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "unknown" });
  const [asked, setAsked] = useState(false);

  const signedIn = useCallback((s: SignedIn) => {
    setCsrfToken(s.csrf_token);
    hint(true);
    setState({ status: "signedIn", user: s.user });
  }, []);
  const signedOut = useCallback((why?: "ended" | "signedOut" | "unavailable") => {
    setCsrfToken("");
    hint(false);
    setState(why ? { status: "anonymous", why } : { status: "anonymous" });
  }, []);

  const check = useCallback(() => {
    if (asked) return;
    setAsked(true);
    setState({ status: "unknown" });
    send("get", "/auth/me", { expect401: true, noStore: true }).then(signedIn, (e: unknown) =>
      signedOut(e instanceof ApiError && e.status === 404 ? "unavailable" : undefined),
    );
  }, [asked, signedIn, signedOut]);

  useEffect(() => {
    if (asked) return;
    if (isClosedPath(path) || hinted()) check();
    else if (state.status === "unknown") setState({ status: "anonymous" });
  }, [path, asked, state.status, check]);

  useEffect(() => {
    onUnauthorized(() => signedOut("ended"));
    return () => onUnauthorized(null);
  }, [signedOut]);

  const session = useMemo<Session>(
    () => ({
      state,
      check,
      async login(username, password) {
        const s = await send("post", "/auth/login", { body: { username, password }, expect401: true });
        setAsked(true);
        signedIn(s);
        return s.user;
      },
      async logout() {
        let endSessionUrl: string | undefined;
        try {
          endSessionUrl = (await send("post", "/auth/logout", { expect401: true }))?.end_session_url;
        } finally {
          signedOut("signedOut");
        }
        // A session from the identity provider (OIDC) ends there too: the browser goes to its end-session page.
        if (endSessionUrl) window.location.assign(endSessionUrl);
      },
    }),
    [state, check, signedIn, signedOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}
