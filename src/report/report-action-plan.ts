/**
 * The report's action plan section: per line the progress overview, per action its status, indicator and latest
 * progress text. From the operational store (the plan as national analysts keep it up to date) when the report is
 * made with one; otherwise the plan as published in reference/action-plan.json (seed 004's annex).
 */
import { ACTION_STATUS_LABELS, type ActionStatus, lineProgress } from "../domain/steering/action-plan.js";
import { loadActionPlan } from "../store/steering-reference.js";
import type { ActionPlanView } from "../store/action-plan.js";
import { dateNl } from "./report-format.js";

export interface ReportActionLine {
  readonly number: number;
  readonly title: string;
  readonly actions: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly donePct: number;
}

export interface ReportAction {
  readonly code: string;
  readonly line: number;
  readonly title: string;
  readonly status: string;
  readonly indicator: string;
  readonly progress: string;
}

export interface ReportActionPlan {
  /** `store`: the plan as kept in vsv-monitor; `published`: reference/action-plan.json. */
  readonly origin: "store" | "published";
  /** The latest progress note's date (ISO), "" when there is none. */
  readonly notedOn: string;
  readonly lines: readonly ReportActionLine[];
  readonly actions: readonly ReportAction[];
}

export function actionPlanSection(view?: ActionPlanView): ReportActionPlan {
  if (view) return fromStore(view);
  const plan = loadActionPlan();
  return {
    origin: "published",
    notedOn: plan.notedOn,
    lines: plan.lines.map((l) => {
      const p = lineProgress(l.number, l.actions.map((a) => a.status));
      return { number: l.number, title: l.title, actions: p.actions, byStatus: p.byStatus, donePct: p.donePct };
    }),
    actions: plan.lines.flatMap((l) => l.actions.map((a) => ({ code: a.code, line: l.number, title: a.title, status: ACTION_STATUS_LABELS[a.status], indicator: a.indicator, progress: a.progress }))),
  };
}

/** The plan as the operational store holds it: the latest note of each action is its progress text. */
function fromStore(view: ActionPlanView): ReportActionPlan {
  const dates = view.lines.flatMap((l) => l.actions.flatMap((a) => a.notes.map((n) => n.noted_on)));
  return {
    origin: "store",
    notedOn: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : "",
    lines: view.lines.map((l) => ({ number: l.number, title: l.title, actions: l.progress.actions, byStatus: l.progress.byStatus, donePct: l.progress.donePct })),
    actions: view.lines.flatMap((l) =>
      l.actions.map((a) => ({ code: a.code, line: l.number, title: a.title, status: ACTION_STATUS_LABELS[a.status], indicator: a.indicator, progress: a.notes[0]?.text ?? "" })),
    ),
  };
}

/** Where the section's status comes from, in the report's words (a reader's, with no file names or addresses). */
export function actionPlanNote(plan: ReportActionPlan): string {
  return plan.origin === "store"
    ? `De stand van het landelijke actieplan vsv zoals bijgehouden in vsv-monitor${plan.notedOn ? ` (laatste voortgangsnotitie ${dateNl(plan.notedOn)})` : ""}; de actuele stand staat op de pagina Actieplan vsv op de website.`
    : `De stand van het landelijke actieplan vsv zoals gepubliceerd in de bijlage bij de brief aan de Tweede Kamer (stand ${dateNl(plan.notedOn)}).`;
}
