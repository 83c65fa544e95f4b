/**
 * Password hashing for local accounts: argon2id with the OWASP Password Storage Cheat Sheet's first
 * configuration (19 MiB memory, 2 passes, 1 lane; about 50 ms per hash on a current server core).
 * docs/auth.md, "Passwords".
 */
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { VsvError } from "../domain/errors.js";

/** `Algorithm.Argon2id` (a const enum, which isolated modules cannot read from a declaration file). */
const ARGON2ID = 2 as Algorithm;

export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN_LENGTH = 12;
/** Longer inputs are refused before hashing, so a request cannot make the server hash megabytes. */
export const PASSWORD_MAX_LENGTH = 1024;

/** Why `password` may not be used ("" when it may): length only, as NIST SP 800-63B advises (no composition rules). */
export function passwordProblem(password: string): string {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `het wachtwoord is ${length} tekens lang: gebruik er minstens ${PASSWORD_MIN_LENGTH} (een zin van een paar woorden werkt goed)`;
  if (length > PASSWORD_MAX_LENGTH) return `het wachtwoord is langer dan ${PASSWORD_MAX_LENGTH} tekens: kies een korter`;
  return "";
}

/** The argon2id hash (PHC string) of a password that meets the rules; BAD_PASSWORD otherwise. */
export async function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new VsvError("BAD_PASSWORD", problem.charAt(0).toUpperCase() + problem.slice(1));
  return hash(password.normalize("NFC"), ARGON2_OPTIONS);
}

/**
 * A hash of a random password, verified against when the account does not exist or has no password, so an
 * unknown user name takes as long to refuse as a wrong password (no user-name probing by timing).
 */
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hash(`dummy-${Math.random()}-${Date.now()}`, ARGON2_OPTIONS);
  return dummyHash;
}

/** Does `password` match `stored`? With `stored` null it still does the work of one verification, and answers false. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
  const target = stored ?? (await dummy());
  let matches: boolean;
  try {
    matches = await verify(target, password.normalize("NFC"));
  } catch {
    // A malformed stored hash opens nothing.
    matches = false;
  }
  return stored !== null && matches;
}

/** Computes the dummy hash ahead of the first login (so that login is not the slower one). */
export async function preparePasswordVerification(): Promise<void> {
  await dummy();
}
