/**
 * Saving a change to a programme or an action: the outcome a form shows (saved, a 409 conflict, another refusal),
 * and the props every programme form shares. A 409 means someone changed it since it was read: the page reloads the
 * current version and the form keeps what the user typed.
 */
import { ApiError } from "../../api/client.js";
import { Notice, RequestError } from "../../casework/Messages.js";
import { pt } from "./programme-text.js";
import type { Query } from "../../api/types.js";

/** Which period of the programme a change is about (none: the current one). */
export type ProgrammeQuery = Query<"/steering/programmes/{region}", "patch">;

export type Outcome = { kind: "saved"; message: string } | { kind: "conflict" } | { kind: "invalid"; message: string } | { kind: "error"; error: unknown } | null;

export function OutcomeMessage({ outcome, conflict = pt.conflictForm, testId }: { outcome: Outcome; conflict?: string; testId?: string }) {
  if (!outcome) return null;
  if (outcome.kind === "saved") return <Notice kind="ok" testId={testId && `${testId}-saved`}>{outcome.message}</Notice>;
  if (outcome.kind === "conflict") return <Notice kind="error" testId={testId ? `${testId}-conflict` : "programme-conflict"}>{conflict}</Notice>;
  if (outcome.kind === "invalid") return <Notice kind="error">{outcome.message}</Notice>;
  return <RequestError error={outcome.error} />;
}

/** Runs a change; a 409 becomes the conflict outcome. */
export async function attempt<T>(run: () => Promise<T>, saved: string, then?: (answer: T) => void): Promise<Outcome> {
  try {
    const answer = await run();
    then?.(answer);
    return { kind: "saved", message: saved };
  } catch (e) {
    return e instanceof ApiError && e.status === 409 ? { kind: "conflict" } : { kind: "error", error: e };
  }
}

/** What every programme form needs: where to send the change, the version read, and how to reload the page. */
export interface EditProps {
  readonly region: string;
  readonly query: ProgrammeQuery;
  readonly version: number;
  reload(): void;
}

/** Whole euros or a count from a field ("12500" or "12.500"); null when it is not a whole number of at least 0. */
export function wholeNumber(text: string): number | null {
  const t = text.trim().replace(/[\s.]/g, "");
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}
