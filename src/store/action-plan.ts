/**
 * The national action plan in the operational store (issue 6, part 6): seeded once from
 * reference/action-plan.json (ensureActionPlan, idempotent: later runs add what is missing and never overwrite a
 * status or note someone changed), read whole with the progress overview per line, and changed per action under
 * optimistic concurrency (status, dates, indicator, a dated progress note). docs/programmes.md.
 */
import { type ActionPlanReference, type ActionStatus, type LineProgress, isActionStatus, lineProgress } from "../domain/steering/action-plan.js";
import type { Sql } from "./sql.js";
import { SteeringError, StaleVersion } from "./steering-errors.js";
import { loadActionPlan } from "./steering-reference.js";

/** The author of the notes the seed writes. */
export const ACTION_PLAN_SOURCE_AUTHOR = "Bijlage voortgang actieplan vsv";

/** Inserts the lines, actions and first progress notes of the reference that are not in the store yet; returns how many actions it added. */
export async function ensureActionPlan(sql: Sql, plan: ActionPlanReference = loadActionPlan()): Promise<number> {
  return sql.transaction(async (tx) => {
    let added = 0;
    for (const line of plan.lines) {
      await tx.query("INSERT INTO action_lines (number, title) VALUES ($1, $2) ON CONFLICT (number) DO NOTHING", [line.number, line.title]);
      for (const a of line.actions) {
        const inserted = await tx.query(
          `INSERT INTO actions (code, line, title, description, status, indicator, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (code) DO NOTHING RETURNING code`,
          [a.code, line.number, a.title, a.description, a.status, a.indicator, ACTION_PLAN_SOURCE_AUTHOR],
        );
        if (inserted.length === 0) continue;
        added += 1;
        if (a.progress) {
          await tx.query("INSERT INTO action_progress_notes (action_code, noted_on, text, author) VALUES ($1, $2, $3, $4)", [a.code, plan.notedOn, a.progress, ACTION_PLAN_SOURCE_AUTHOR]);
        }
      }
    }
    return added;
  });
}

export interface ProgressNote {
  readonly id: number;
  readonly noted_on: string;
  readonly text: string;
  readonly author: string;
}

export interface ActionRow {
  readonly code: string;
  readonly line: number;
  readonly title: string;
  readonly description: string;
  readonly status: ActionStatus;
  readonly indicator: string;
  readonly started_on: string | null;
  readonly due_on: string | null;
  readonly done_on: string | null;
  readonly version: number;
  readonly updated_at: Date;
  readonly updated_by: string | null;
}

export interface ActionWithNotes extends ActionRow {
  readonly notes: readonly ProgressNote[];
}

export interface ActionPlanView {
  readonly lines: readonly { readonly number: number; readonly title: string; readonly progress: LineProgress; readonly actions: readonly ActionWithNotes[] }[];
  readonly totals: LineProgress;
}

// Dates as text (YYYY-MM-DD) on both drivers: pg would turn a date into a local-midnight Date.
const ACTION_COLUMNS = "code, line, title, description, status, indicator, started_on::text AS started_on, due_on::text AS due_on, done_on::text AS done_on, version, updated_at, updated_by";

export async function getAction(sql: Sql, code: string): Promise<ActionWithNotes | null> {
  const [row] = await sql.query<ActionRow>(`SELECT ${ACTION_COLUMNS} FROM actions WHERE code = $1`, [code]);
  if (!row) return null;
  const notes = await sql.query<ProgressNote>("SELECT id, noted_on::text AS noted_on, text, author FROM action_progress_notes WHERE action_code = $1 ORDER BY noted_on DESC, id DESC", [code]);
  return { ...row, notes };
}

/** The whole plan: lines in order, actions by code (1.2 before 1.10), newest note first, and the overview per line. */
export async function getActionPlan(sql: Sql): Promise<ActionPlanView> {
  const lines = await sql.query<{ number: number; title: string }>("SELECT number, title FROM action_lines ORDER BY number");
  const actions = await sql.query<ActionRow>(`SELECT ${ACTION_COLUMNS} FROM actions ORDER BY line, split_part(code, '.', 2)::integer`);
  const notes = await sql.query<ProgressNote & { action_code: string }>("SELECT id, action_code, noted_on::text AS noted_on, text, author FROM action_progress_notes ORDER BY noted_on DESC, id DESC");
  const notesOf = new Map<string, ProgressNote[]>();
  for (const { action_code, ...n } of notes) (notesOf.get(action_code) ?? notesOf.set(action_code, []).get(action_code)!).push(n);
  const view = lines.map((l) => {
    const of = actions.filter((a) => a.line === l.number).map((a) => ({ ...a, notes: notesOf.get(a.code) ?? [] }));
    return { number: l.number, title: l.title, progress: lineProgress(l.number, of.map((a) => a.status)), actions: of };
  });
  return { lines: view, totals: lineProgress(0, actions.map((a) => a.status)) };
}

export interface ActionChange {
  readonly status?: ActionStatus;
  readonly indicator?: string;
  readonly started_on?: string | null;
  readonly due_on?: string | null;
  readonly done_on?: string | null;
  /** A progress note to add, dated `noted_on`. */
  readonly note?: { readonly noted_on: string; readonly text: string };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Changes action `code` if it is still at `version` (StaleVersion otherwise); `author` is the name shown with the change and note. */
export async function changeAction(sql: Sql, code: string, version: number, change: ActionChange, author: string): Promise<ActionWithNotes> {
  if (change.status !== undefined && !isActionStatus(change.status)) throw new SteeringError("BAD_CHANGE", `Status "${change.status}" is geen status van een actie: kies not_started, in_progress of done`);
  for (const k of ["started_on", "due_on", "done_on"] as const) {
    const v = change[k];
    if (v != null && !DATE.test(v)) throw new SteeringError("BAD_CHANGE", `${k} "${v}" is geen datum: schrijf JJJJ-MM-DD`);
  }
  if (change.note && (!DATE.test(change.note.noted_on) || !change.note.text.trim())) throw new SteeringError("BAD_CHANGE", "Een voortgangsnotitie heeft een datum (JJJJ-MM-DD) en een tekst nodig");
  if (change.indicator !== undefined && !change.indicator.trim()) throw new SteeringError("BAD_CHANGE", "De indicator mag niet leeg zijn: noem wat de actie moet veranderen");
  const fields = (["status", "indicator", "started_on", "due_on", "done_on"] as const).filter((k) => change[k] !== undefined);
  if (fields.length === 0 && !change.note) throw new SteeringError("BAD_CHANGE", "Deze wijziging verandert niets: stuur een status, datums, een indicator of een notitie");
  await sql.transaction(async (tx) => {
    const sets = fields.map((k, i) => `${k} = $${i + 4}${k.endsWith("_on") ? "::date" : ""}`);
    const [row] = await tx.query<{ code: string }>(
      `UPDATE actions SET ${[...sets, "version = version + 1", "updated_at = now()", "updated_by = $3"].join(", ")} WHERE code = $1 AND version = $2 RETURNING code`,
      [code, version, author, ...fields.map((k) => change[k])],
    );
    if (!row) {
      const [current] = await tx.query<{ version: number }>("SELECT version FROM actions WHERE code = $1", [code]);
      if (!current) throw new SteeringError("ACTION_NOT_FOUND", `Er is geen actie ${code} in het actieplan: kies een code uit het actieplan (GET /api/v1/steering/action-plan)`);
      throw new StaleVersion(version, current.version, `Actie ${code}`);
    }
    if (change.note) await tx.query("INSERT INTO action_progress_notes (action_code, noted_on, text, author) VALUES ($1, $2, $3, $4)", [code, change.note.noted_on, change.note.text.trim(), author]);
  });
  return (await getAction(sql, code))!;
}
