/**
 * What the closed part's API answers (snake_case, as sent). Person references are the only identifier; the
 * BSN/onderwijsnummer never reaches the browser. docs/api.md and the OpenAPI document are the reference.
 */

export interface SignalCase {
  readonly id: number;
  readonly status: string;
  readonly officer_id: number | null;
  readonly officer_name: string | null;
  readonly last_contact_on: string | null;
  readonly next_step_due: string | null;
}

export interface SignalItem {
  readonly person_ref: string;
  readonly list?: "possible" | "definitive";
  readonly source?: string;
  readonly teljaar?: string;
  readonly report_month?: string | null;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly birth_date: string | null;
  readonly age: number | null;
  readonly municipality_code: string | null;
  readonly municipality_name: string | null;
  readonly region: string;
  readonly institution: string | null;
  readonly institution_name: string | null;
  readonly location: string | null;
  readonly programme: string | null;
  readonly programme_name: string | null;
  readonly level: string | null;
  readonly leerweg: string | null;
  readonly listed_since: string | null;
  readonly deregistration_date: string | null;
  readonly reason: string | null;
  readonly absence_statutory: boolean | null;
  readonly absence_non_statutory: boolean | null;
  readonly absence_reports: number;
  readonly case: SignalCase | null;
}

export interface SignalPage {
  readonly teljaar: string | null;
  readonly report_month: string | null;
  readonly source: string | null;
  readonly total: number;
  readonly page?: number;
  readonly page_size?: number;
  readonly items: readonly SignalItem[];
}

export interface CaseSummary {
  readonly id: number;
  readonly person_ref: string;
  readonly region: string;
  readonly status: string;
  readonly closed_reason: string | null;
  readonly officer_id: number | null;
  readonly officer_name?: string | null;
  readonly next_step: string | null;
  readonly next_step_due: string | null;
  readonly teljaar?: string | null;
  readonly opened_at: string;
  readonly updated_at?: string;
  readonly closed_at: string | null;
  readonly version: number;
  readonly handed_over_from: number | null;
  readonly handed_over_to: number | null;
  readonly outcome_one_year: string | null;
  readonly outcome_recorded_at?: string | null;
  readonly family_name?: string | null;
  readonly given_names?: string | null;
  readonly last_contact_on?: string | null;
  readonly contact_count?: number;
}

export interface CaseContact {
  readonly id: number;
  readonly contact_on: string;
  readonly channel: string;
  readonly reached: boolean;
  readonly note: string;
  readonly officer_id: number | null;
  readonly officer_name: string | null;
  readonly from_region?: string | null;
}

export interface CaseEvent {
  readonly id: number;
  readonly at: string;
  readonly actor_id: number | null;
  readonly actor_name: string | null;
  readonly kind: string;
  readonly details: Record<string, unknown> | null;
}

export interface AbsenceReport {
  readonly id: number;
  readonly person_ref: string;
  readonly family_name?: string | null;
  readonly given_names?: string | null;
  readonly institution: string;
  readonly region: string;
  readonly reported_on: string;
  readonly kind: string;
  readonly hours: number;
  readonly case_id: number | null;
}

export interface CaseDetail {
  readonly case: CaseSummary;
  readonly contacts: readonly CaseContact[];
  readonly events: readonly CaseEvent[];
  readonly absence_reports: readonly AbsenceReport[];
}

export interface PersonPage {
  readonly person_ref: string;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly signals: readonly SignalItem[];
  readonly cases: readonly CaseSummary[];
  readonly absence_reports: readonly AbsenceReport[];
}

export interface ListPage<T> {
  readonly total: number;
  readonly page?: number;
  readonly page_size?: number;
  readonly items: readonly T[];
}

export interface WorkloadCounts {
  readonly open_cases: number;
  readonly overdue_next_steps: number;
  readonly without_contact: number;
}

export interface OfficerWorkload extends WorkloadCounts {
  readonly officer_id: number;
  readonly username: string | null;
  readonly display_name: string | null;
  readonly role: string | null;
  readonly active_in_region: boolean;
}

export interface Workload {
  readonly region: string;
  readonly today: string;
  readonly no_contact_days: number;
  readonly officers: readonly OfficerWorkload[];
  readonly unassigned: WorkloadCounts;
  readonly total: WorkloadCounts;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor_id: number | null;
  readonly actor_username: string | null;
  readonly actor_role: string;
  readonly action: string;
  readonly subject_kind: string;
  readonly person_ref: string | null;
  readonly purpose: string;
  readonly region: string | null;
  readonly trace_id: string | null;
  readonly details: Record<string, unknown> | null;
}

export interface AbsenceCount {
  readonly code: string;
  readonly name?: string | null;
  readonly reports: number;
  readonly persons: number;
  readonly hours: number;
  readonly statutory_reports: number;
  readonly non_statutory_reports: number;
}

export interface AccountRow {
  readonly id: number;
  readonly username: string;
  readonly display_name: string;
  readonly role: string;
  readonly regions: readonly string[];
  readonly institutions: readonly string[];
  readonly disabled_at: string | null;
}

/** A region of /api/v1/regions (public): code and name. */
export interface RegionName {
  readonly code: string;
  readonly name: string;
}
