/**
 * What the case and absence-report functions refuse, as values with a code: the routes turn each code into an
 * HTTP answer (404, 409, 400). Messages say what to do and never hold person data (no BSN, no names).
 */
import { VsvError } from "../domain/errors.js";
import type { CaseRecord } from "./case-record.js";

export type CaseErrorCode =
  /** No case with this id (or not in the caller's scope: the route decides). */
  | "CASE_NOT_FOUND"
  /** The case is closed and kept as a record: it changes only by recording the outcome. */
  | "CASE_CLOSED"
  /** A status change statusChangeProblem refuses, a closing closeProblem refuses, an outcome outcomeProblem refuses. */
  | "STATUS_CHANGE_REFUSED"
  | "CLOSE_REFUSED"
  | "HANDOVER_REFUSED"
  | "OUTCOME_REFUSED"
  /** The officer is not a regional officer or coordinator of the case's region (or is disabled). */
  | "OFFICER_NOT_IN_REGION"
  /** The person is on no signal list of the region (and has no case there): a case or report needs a listed person. */
  | "PERSON_NOT_LISTED"
  /** An absence report linked to a case of another person or region. */
  | "CASE_MISMATCH"
  | "REPORT_NOT_FOUND";

export class CaseError extends VsvError {
  constructor(
    override readonly code: CaseErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = "CaseError";
  }
}

/** Opening a case for a person who already has an open case in that region: use the existing one. */
export class CaseAlreadyOpen extends VsvError {
  constructor(readonly existingCaseId: number) {
    super("CASE_ALREADY_OPEN", `Deze persoon heeft al een open dossier in deze regio (dossier ${existingCaseId}): werk in dat dossier`);
    this.name = "CaseAlreadyOpen";
  }
}

/**
 * A change based on a version that is no longer current: someone else changed the case first. Nothing was changed;
 * `current` is the case as it is now, so the caller can re-read, re-apply its change and send it with `currentVersion`.
 */
export class VersionConflict extends VsvError {
  readonly currentVersion: number;
  constructor(
    readonly expectedVersion: number,
    readonly current: CaseRecord,
  ) {
    super(
      "VERSION_CONFLICT",
      `Dossier ${current.id} is intussen door iemand anders gewijzigd (u las versie ${expectedVersion}, versie ${current.version} is de huidige): laad het dossier opnieuw, breng uw wijziging opnieuw aan en stuur die met versie ${current.version}`,
    );
    this.name = "VersionConflict";
    this.currentVersion = current.version;
  }
}

export function isCaseError(e: unknown): e is CaseError {
  return e instanceof CaseError;
}
