/** Replaces the current URL (used for "log in first" and role start pages); renders nothing meanwhile. */
import { useEffect } from "react";
import { Loading } from "../../components/Status.js";
import { navigate } from "../../router.js";

export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading />;
}
