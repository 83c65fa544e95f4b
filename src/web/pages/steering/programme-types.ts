/** The steering API's answers as the pages use them (GET /api/v1/steering/…; docs/programmes.md). */
export interface ProgrammeRow {
  readonly id: number;
  readonly region: string;
  readonly region_name: string;
  readonly period: string;
  readonly status: string;
  readonly status_label: string;
  readonly summary: string;
  readonly pupils_in_belgium: number;
  readonly version: number;
  readonly updated_at: string;
}

export interface ProgrammeListItem extends ProgrammeRow {
  readonly topics_total: number;
  readonly topics_agreed: number;
  readonly measures: number;
  readonly measures_budget_eur: number;
}

/** GET /api/v1/steering/programmes. */
export interface ProgrammeList {
  readonly items: readonly ProgrammeListItem[];
  /** The periods a programme can be started for now (the first is the current one, the default). */
  readonly start_periods: readonly string[];
  readonly current_period: string;
}

export interface ProgrammeDetail {
  readonly programme: ProgrammeRow;
  readonly parties: readonly { role: string; role_label: string; code: string; name: string }[];
  readonly topics: readonly { code: string; title: string; description: string; source: string; agreement: string; updated_at: string }[];
  readonly measures: readonly { id: number; name: string; target_group: string; topic: string | null; budget_eur: number; status: string; status_label: string }[];
  readonly budget_lines: readonly { id: number; year: number; source: string; amount_eur: number }[];
  readonly changes: readonly { id: number; at: string; actor_name: string; what: string; details: Record<string, unknown> }[];
  /** Every period the region has a programme for, the latest first. */
  readonly periods: readonly string[];
  readonly budget: {
    national_total_eur: number; region_vsv: number; national_vsv: number; teljaar: string; definition: number;
    share_eur: number; pupils_in_belgium: number; belgium_supplement_eur: number; total_eur: number; key: string;
  } | null;
  /** `kind`: "adopted_plan" (targets of a saved plan, on the data's scale) or "proportional_share" (a share of the reference target for the whole Netherlands). */
  readonly target: { kind?: string; national_target: number; reference_national_target?: number; target_year: number; definition: number; region_target: number; note: string } | null;
  readonly indicators: {
    teljaar: string; definition: number; start_population: number | null; vsv: number | null; vsv_pct: number | null;
    change: number | null; change_pct: number | null; national_vsv_pct: number | null;
    previous_teljaar?: string | null; previous_stage?: string | null;
  } | null;
  readonly figures_unavailable: string | null;
}

export interface ActionView {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly status: string;
  readonly status_label: string;
  readonly indicator: string;
  readonly started_on: string | null;
  readonly due_on: string | null;
  readonly done_on: string | null;
  /** The version to send with a change (optimistic concurrency). */
  readonly version: number;
  readonly notes: readonly { id: number; noted_on: string; text: string; author: string }[];
}

export interface LineProgress {
  readonly actions: number;
  readonly byStatus: { not_started: number; in_progress: number; done: number };
  readonly donePct: number;
}

export interface ActionPlanAnswer {
  readonly statuses: readonly { status: string; label: string }[];
  readonly totals: LineProgress;
  readonly lines: readonly { number: number; title: string; progress: LineProgress; actions: readonly ActionView[] }[];
}
