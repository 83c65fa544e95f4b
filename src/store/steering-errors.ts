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
    super("STALE_VERSION", `${what} was changed by someone else (version ${current}, you sent ${given}): reload it and make your change again`);
    this.name = "StaleVersion";
  }
}
