/**
 * Names for the closed part's answers, all derived from the API's schema (api/schema.d.ts): person references are the
 * only identifier; the BSN/onderwijsnummer never reaches the browser.
 */
import type { Answer, Item } from "../api/types.js";

export type SignalPage = Answer<"/signals">;
export type SignalItem = Item<SignalPage["items"]>;
type CaseDetail = Answer<"/cases/{id}">;
export type CaseSummary = CaseDetail["case"];
export type CaseEvent = Item<CaseDetail["events"]>;
export type AbsenceReport = Item<Answer<"/persons/{personRef}">["absence_reports"]>;
export type WorkloadCounts = Answer<"/workload">["total"];
export type AccountRow = Item<Answer<"/accounts">["accounts"]>;
