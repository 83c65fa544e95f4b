/**
 * The national action plan vsv (issue 6, part 6): six action lines with their actions, each with a status, dated
 * progress notes and the indicator it should move. The plan as published is reference/action-plan.json (seed 004,
 * its annex "voortgang actieplan vsv per actielijn"); here its vocabulary, its validation and the progress overview
 * per line. Pure: no I/O. docs/programmes.md.
 */
import { VsvError } from "../errors.js";

export const ACTION_STATUSES = ["not_started", "in_progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Dutch labels, as the annex words them ("mee bezig"). The interface shows the word, never only a colour. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  not_started: "niet gestart",
  in_progress: "mee bezig",
  done: "afgerond",
};

export function isActionStatus(text: string): text is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(text);
}

declare const actionCodeBrand: unique symbol;
/** "1.1" … "6.2": action line number, dot, action number. */
export type ActionCode = string & { readonly [actionCodeBrand]: true };

export function parseActionCode(text: string): ActionCode {
  if (!/^[1-9]\.[1-9]\d?$/.test(text)) throw new VsvError("BAD_ACTION_CODE", `Actie "${text}" is niet geldig: schrijf lijn.nummer, bijvoorbeeld 1.2`);
  return text as ActionCode;
}

export interface PlannedAction {
  readonly code: ActionCode;
  readonly title: string;
  readonly description: string;
  /** The annex's progress text: becomes the first progress note ("" when the annex has none). */
  readonly progress: string;
  readonly status: ActionStatus;
  readonly indicator: string;
}

export interface ActionLine {
  readonly number: number;
  readonly title: string;
  readonly actions: readonly PlannedAction[];
}

export interface ActionPlanReference {
  readonly source: string;
  /** The date of the annex's progress text (its first progress notes). */
  readonly notedOn: string;
  readonly lines: readonly ActionLine[];
}

function text(value: unknown, where: string): string {
  if (typeof value !== "string") throw new VsvError("BAD_ACTION_PLAN", `${where} must be a string in reference/action-plan.json`);
  return value;
}

/** Checks the parsed reference/action-plan.json: six lines 1–6, each action's code under its own line, unique codes. */
export function parseActionPlan(json: unknown): ActionPlanReference {
  const root = json as { source?: unknown; noted_on?: unknown; lines?: unknown };
  if (!Array.isArray(root?.lines)) throw new VsvError("BAD_ACTION_PLAN", "reference/action-plan.json has no lines: it needs {source, noted_on, lines:[…]}");
  const notedOn = text(root.noted_on, "noted_on");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(notedOn)) throw new VsvError("BAD_ACTION_PLAN", `noted_on "${notedOn}" is not a date: use YYYY-MM-DD`);
  const seen = new Set<string>();
  const lines = (root.lines as unknown[]).map((l, i): ActionLine => {
    const line = l as { number?: unknown; title?: unknown; actions?: unknown };
    if (line.number !== i + 1) throw new VsvError("BAD_ACTION_PLAN", `Action line ${i + 1} has number ${String(line.number)}: number the lines 1, 2, 3, … in order`);
    if (!Array.isArray(line.actions) || line.actions.length === 0) throw new VsvError("BAD_ACTION_PLAN", `Action line ${i + 1} has no actions`);
    const actions = (line.actions as unknown[]).map((a): PlannedAction => {
      const act = a as Record<string, unknown>;
      const code = parseActionCode(text(act["code"], `An action code of line ${i + 1}`));
      if (!code.startsWith(`${i + 1}.`)) throw new VsvError("BAD_ACTION_PLAN", `Action ${code} is listed under line ${i + 1}: move it to line ${code.split(".")[0]}`);
      if (seen.has(code)) throw new VsvError("BAD_ACTION_PLAN", `Action ${code} appears twice`);
      seen.add(code);
      const status = text(act["status"], `The status of action ${code}`);
      if (!isActionStatus(status)) throw new VsvError("BAD_ACTION_PLAN", `Action ${code} has status "${status}": use ${ACTION_STATUSES.join(", ")}`);
      return {
        code,
        title: text(act["title"], `The title of action ${code}`),
        description: text(act["description"], `The description of action ${code}`),
        progress: text(act["progress"], `The progress of action ${code}`),
        status,
        indicator: text(act["indicator"], `The indicator of action ${code}`),
      };
    });
    return { number: i + 1, title: text(line.title, `The title of line ${i + 1}`), actions };
  });
  if (lines.length !== 6) throw new VsvError("BAD_ACTION_PLAN", `The action plan has ${lines.length} lines: the plan of seed 004 has six`);
  return { source: text(root.source, "source"), notedOn, lines };
}

export interface LineProgress {
  readonly line: number;
  readonly actions: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  /** Share of the line's actions that are done, 0–100, rounded to whole percents. */
  readonly donePct: number;
}

/** The annex's overview: per line how many actions are not started, in progress, done. */
export function lineProgress(line: number, statuses: readonly ActionStatus[]): LineProgress {
  const byStatus: Record<ActionStatus, number> = { not_started: 0, in_progress: 0, done: 0 };
  for (const s of statuses) byStatus[s] += 1;
  return { line, actions: statuses.length, byStatus, donePct: statuses.length === 0 ? 0 : Math.round((100 * byStatus.done) / statuses.length) };
}
