/**
 * The closed part (loaded lazily: the public pages do not carry it). Signs in first: an anonymous visitor of a
 * /werk page goes to /inloggen?terug=<that page>. A page the user's role may not open says so; the server refuses
 * the data anyway (src/web/casework/menu.ts lists who may open what).
 */
import { mayOpen } from "../../casework/menu.js";
import { type User, useSession } from "../../casework/session.js";
import type { ReactElement } from "react";
import { Loading } from "../../components/Status.js";
import { CLOSED_PAGES, findPage, type ClosedPage } from "../../routes.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import { NotFound } from "../NotFound.js";
import { Accounts } from "./Accounts.js";
import { Absence } from "./Absence.js";
import { AuditLog } from "./AuditLog.js";
import { CasePage } from "./CasePage.js";
import { Cases } from "./Cases.js";
import { Incoming } from "./Incoming.js";
import { Login } from "./Login.js";
import { Person } from "./Person.js";
import { Search } from "./Search.js";
import { GlobalSearch, SEARCH_PAGE } from "../../casework/GlobalSearch.js";
import { Redirect } from "./Redirect.js";
import { Signals } from "./Signals.js";
import { Start } from "./Start.js";
import { Workload } from "./Workload.js";

function NoAccess() {
  useTitle(ct.noAccess);
  return (
    <>
      <h1 className="utrecht-heading-1">{ct.noAccess}</h1>
      <p className="utrecht-paragraph">{ct.noAccessBody}</p>
    </>
  );
}

type Render = (user: User, query: URLSearchParams, params: Record<string, string>, path: string) => ReactElement;

const PAGES: Record<Exclude<ClosedPage, "login">, Render> = {
  start: (user) => <Start user={user} />,
  signals: (user, query) => <Signals user={user} query={query} />,
  cases: (user, query) => <Cases user={user} query={query} />,
  workload: (user, query) => <Workload user={user} query={query} />,
  incoming: (user, query) => <Incoming user={user} query={query} />,
  auditLog: (user, query) => <AuditLog user={user} query={query} />,
  absence: (user, query) => <Absence user={user} query={query} />,
  accounts: (user) => <Accounts user={user} />,
  person: (user, _query, p, path) => <Person key={path} user={user} personRef={p["ref"]!} />,
  search: (user) => <Search user={user} />,
  case: (user, _query, p, path) => (/^\d+$/.test(p["id"]!) ? <CasePage key={path} user={user} id={Number(p["id"])} /> : <NotFound />),
};

export default function CaseworkRoutes({ path, query }: { path: string; query: URLSearchParams }) {
  const session = useSession();
  const s = session.state;
  if (path === CLOSED_PAGES.login) return <Login query={query} />;
  if (s.status === "unknown") return <Loading />;
  if (s.status === "anonymous") {
    const here = `${path}${query.toString() ? `?${query.toString()}` : ""}`;
    return <Redirect to={`/inloggen?terug=${encodeURIComponent(here)}`} />;
  }
  const user = s.user;
  if (!mayOpen(user.role, path)) return <NoAccess />;
  const found = findPage(CLOSED_PAGES, path);
  if (!found || found.page === "login") return <NotFound />;
  // The search box above every page of those who may search (hidden on the search page itself, which has the full form).
  const box = mayOpen(user.role, SEARCH_PAGE) ? <GlobalSearch hidden={path === SEARCH_PAGE} /> : null;
  return <>{box}{PAGES[found.page](user, query, found.params, path)}</>;
}
