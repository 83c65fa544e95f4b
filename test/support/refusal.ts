/** The error a call is refused with; fails the test when the call succeeds. */
export async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a refusal, but the call succeeded");
}
