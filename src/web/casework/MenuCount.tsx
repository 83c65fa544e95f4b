/**
 * The count next to a work menu entry: "Binnengekomen (2)" for a coordinator while handovers wait to be assigned
 * (GET /handovers/waiting: counts only). Fetched again on every page change (the caller keys it by path), so the
 * count follows an assignment. Without a count (0, loading, or an error) the plain label shows.
 */
import { useLive } from "../api/hooks.js";
import { t } from "../text.js";

const m = t.casework.nav;

export function IncomingMenuLabel() {
  const res = useLive("/handovers/waiting");
  const n = res.data?.waiting ?? 0;
  if (n === 0) return <>{m.incoming}</>;
  return <span data-testid="incoming-count">{m.incomingCount(n)}</span>;
}
