/**
 * /werk: where the closed part starts. Officers, coordinators and schools go straight to their signal list; the
 * national analyst and the administrator see no person data and get a short page saying so.
 */
import type { User } from "../../casework/session.js";
import { Link } from "../../router.js";
import { ct } from "../../casework/text.js";
import { useTitle } from "../../title.js";
import { Redirect } from "./Redirect.js";

const s = ct.start;

export function Start({ user }: { user: User }) {
  useTitle(s.title);
  if (user.role === "regional_officer" || user.role === "regional_coordinator" || user.role === "school_user") return <Redirect to="/werk/signalen" />;
  return (
    <>
      <h1 className="utrecht-heading-1">{s.title}</h1>
      <p className="utrecht-paragraph">{user.role === "administrator" ? s.admin : s.analyst}</p>
      <p className="utrecht-paragraph">
        {user.role === "administrator" ? <Link href="/werk/gebruikers">{s.toAccounts}</Link> : <Link href="/">{s.toFigures}</Link>}
      </p>
    </>
  );
}
