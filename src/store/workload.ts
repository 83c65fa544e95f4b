/**
 * The coordinator's workload overview of a region (issue 5, part 4): per officer the open cases, the overdue next
 * steps and the open cases without contact for NO_CONTACT_DAYS days, plus the unassigned open cases. `today` is
 * the caller's (the store has no clock). Definitions: docs/casework.md, "Workload".
 */
import { NO_CONTACT_DAYS } from "../domain/casework/case-status.js";
import { overdueSql, withoutContactSql } from "./case-queries.js";
import type { Sql } from "./sql.js";

export interface WorkloadCounts {
  readonly open_cases: number;
  /** Open cases whose next step was due before today. */
  readonly overdue_next_steps: number;
  /** Open cases whose last contact (or, never contacted, opening) lies more than NO_CONTACT_DAYS days back. */
  readonly without_contact: number;
}

export interface OfficerWorkload extends WorkloadCounts {
  readonly officer_id: number;
  readonly username: string | null;
  readonly display_name: string | null;
  readonly role: string | null;
  /** False for an account that holds cases here but is disabled or no longer has the region in its scope. */
  readonly active_in_region: boolean;
}

export interface Workload {
  readonly region: string;
  readonly today: string;
  readonly no_contact_days: number;
  /** Every active officer and coordinator of the region (also with no cases), and anyone else holding open cases here. */
  readonly officers: OfficerWorkload[];
  readonly unassigned: WorkloadCounts;
  readonly total: WorkloadCounts;
}

export async function workloadOf(sql: Sql, region: string, today: string): Promise<Workload> {
  const counts = await sql.query<WorkloadCounts & { officer_id: number | null }>(
    `SELECT c.officer_id, count(*) AS open_cases,
            count(*) FILTER (WHERE ${overdueSql("c", "$2")}) AS overdue_next_steps,
            count(*) FILTER (WHERE ${withoutContactSql("c", "k.last_contact", "$2", "$3")}) AS without_contact
     FROM cases c LEFT JOIN LATERAL (SELECT max(contact_on) AS last_contact FROM case_contacts WHERE case_id = c.id) k ON true
     WHERE c.region = $1 AND c.closed_at IS NULL
     GROUP BY c.officer_id`,
    [region, today, NO_CONTACT_DAYS],
  );
  const officers = await sql.query<{ id: number; username: string; display_name: string; role: string; active: boolean }>(
    `SELECT a.id, a.username, a.display_name, a.role,
            (a.disabled_at IS NULL AND a.role IN ('regional_officer', 'regional_coordinator')
             AND EXISTS (SELECT 1 FROM account_scopes s WHERE s.account_id = a.id AND s.scope_kind = 'region' AND s.scope_code = $1)) AS active
     FROM accounts a
     WHERE a.id = ANY($2::bigint[])
        OR (a.disabled_at IS NULL AND a.role IN ('regional_officer', 'regional_coordinator')
            AND EXISTS (SELECT 1 FROM account_scopes s WHERE s.account_id = a.id AND s.scope_kind = 'region' AND s.scope_code = $1))
     ORDER BY a.display_name, a.id`,
    [region, counts.flatMap((c) => (c.officer_id === null ? [] : [c.officer_id]))],
  );
  const zero: WorkloadCounts = { open_cases: 0, overdue_next_steps: 0, without_contact: 0 };
  const countsOf = (officerId: number | null): WorkloadCounts => {
    const c = counts.find((r) => r.officer_id === officerId);
    return c ? { open_cases: c.open_cases, overdue_next_steps: c.overdue_next_steps, without_contact: c.without_contact } : zero;
  };
  const rows: OfficerWorkload[] = officers.map((a) => ({
    officer_id: a.id,
    username: a.username,
    display_name: a.display_name,
    role: a.role,
    active_in_region: a.active,
    ...countsOf(a.id),
  }));
  // Cases can outlive their officer's account (officer_id is set to NULL then), so every counted id is an account.
  const total = counts.reduce<WorkloadCounts>(
    (t, c) => ({ open_cases: t.open_cases + c.open_cases, overdue_next_steps: t.overdue_next_steps + c.overdue_next_steps, without_contact: t.without_contact + c.without_contact }),
    zero,
  );
  return { region, today, no_contact_days: NO_CONTACT_DAYS, officers: rows, unassigned: countsOf(null), total };
}
