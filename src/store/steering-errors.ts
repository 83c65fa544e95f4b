/** What the programme and action-plan stores refuse, as values with a code; the routes answer 404, 409 or 400. */
import { VsvError } from "../domain/errors.js";

export type SteeringErrorCode = "PROGRAMME_NOT_FOUND" | "PROGRAMME_EXISTS" | "MEASURE_NOT_FOUND" | "BUDGET_LINE_NOT_FOUND" | "UNKNOWN_TOPIC" | "ACTION_NOT_FOUND" | "BAD_CHANGE";

export class SteeringError extends VsvError {
  constructor(
    override readonly code: SteeringErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = "SteeringError";
  }
}

/** The version given is not the current one: someone else changed it since it was read. */
export class StaleVersion extends VsvError {
  constructor(
    readonly given: number,
    readonly current: number,
    what: string,
  ) {
    super("STALE_VERSION", `${what} is intussen door iemand anders gewijzigd (versie ${current}, u stuurde ${given}): laad het opnieuw en breng uw wijziging nog eens aan`);
    this.name = "StaleVersion";
  }
}
