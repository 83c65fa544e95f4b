/**
 * The closed part (loaded lazily: the public pages do not carry it). Signs in first: an anonymous visitor of a
 * /werk page goes to /inloggen?terug=<that page>. A page the user's role may not open says so; the server refuses
 * the data anyway (src/web/casework/menu.ts lists who may open what).
 */
import { mayOpen } from "../../casework/menu.js";
import { useSession } from "../../casework/session.js";
import { Loading } from "../../components/Status.js";
import { match } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import { NotFound } from "../NotFound.js";
import { Accounts } from "./Accounts.js";
import { Absence } from "./Absence.js";
import { AuditLog } from "./AuditLog.js";
import { CasePage } from "./CasePage.js";
import { Cases } from "./Cases.js";
import { Login } from "./Login.js";
import { Person } from "./Person.js";
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

export default function CaseworkRoutes({ path, query }: { path: string; query: URLSearchParams }) {
  const session = useSession();
  const s = session.state;
  if (path === "/inloggen") return <Login query={query} />;
  if (s.status === "unknown") return <Loading />;
  if (s.status === "anonymous") {
    const here = `${path}${query.toString() ? `?${query.toString()}` : ""}`;
    return <Redirect to={`/inloggen?terug=${encodeURIComponent(here)}`} />;
  }
  const user = s.user;
  if (!mayOpen(user.role, path)) return <NoAccess />;
  switch (path) {
    case "/werk":
      return <Start user={user} />;
    case "/werk/signalen":
      return <Signals user={user} query={query} />;
    case "/werk/dossiers":
      return <Cases user={user} query={query} />;
    case "/werk/werklast":
      return <Workload user={user} query={query} />;
    case "/werk/logboek":
      return <AuditLog user={user} query={query} />;
    case "/werk/verzuim":
      return <Absence user={user} query={query} />;
    case "/werk/gebruikers":
      return <Accounts user={user} />;
  }
  let m = match("/werk/personen/:ref", path);
  if (m) return <Person key={path} user={user} personRef={m["ref"]!} />;
  m = match("/werk/dossiers/:id", path);
  if (m && /^\d+$/.test(m["id"]!)) return <CasePage key={path} user={user} id={Number(m["id"])} />;
  return <NotFound />;
}
