/**
 * Names for the closed part's answers, all derived from the API's schema (api/schema.d.ts): person references are the
 * only identifier; the BSN/onderwijsnummer never reaches the browser.
 */
import type { Answer, Item } from "../api/types.js";

export type SignalPage = Answer<"/signals">;
export type SignalItem = Item<SignalPage["items"]>;
export type CaseDetail = Answer<"/cases/{id}">;
export type CaseSummary = CaseDetail["case"];
export type CaseEvent = Item<CaseDetail["events"]>;
export type PersonPage = Answer<"/persons/{personRef}">;
export type AbsenceReport = Item<PersonPage["absence_reports"]>;
export type CaseList = Answer<"/cases">;
export type Workload = Answer<"/workload">;
export type WorkloadCounts = Workload["total"];
export type AuditEntry = Item<Answer<"/audit-log">["items"]>;
export type AbsenceCount = Item<Answer<"/absence-reports/counts">["rows"]>;
export type AccountRow = Item<Answer<"/accounts">["accounts"]>;
export type RegionName = Item<Answer<"/regions">["rows"]>;
