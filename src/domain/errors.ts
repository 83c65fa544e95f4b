/**
 * Errors are values with a stable code and a message that says what to do.
 * Messages never contain person data (BSN, names): callers pass only what a user may see.
 */
export class VsvError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "VsvError";
  }
}

export function isVsvError(e: unknown): e is VsvError {
  return e instanceof VsvError;
}
