/**
 * CSRF protection: every POST, PATCH, PUT and DELETE made with a session cookie must carry the session's own token
 * in the header X-CSRF-Token. Another site can make a browser send the cookie (were it not SameSite=Strict) but
 * cannot read the token, nor set a custom header cross-origin without a CORS preflight this server never grants.
 */
import { timingSafeEqual } from "node:crypto";
import { Problem } from "../problem.js";

export const CSRF_HEADER = "x-csrf-token";

export function isUnsafeMethod(method: string): boolean {
  return method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
}

/** Compares in constant time (for equal lengths; a length difference says nothing about the secret). */
export function csrfMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function csrfProblem(given: string | string[] | undefined): Problem {
  return new Problem(
    403,
    "CSRF-token ontbreekt of klopt niet",
    given === undefined
      ? "Dit verzoek wijzigt gegevens en heeft de header X-CSRF-Token nodig: stuur het csrf_token uit het antwoord op het inloggen of uit GET /api/v1/auth/me mee"
      : "De header X-CSRF-Token hoort niet bij deze sessie: neem het csrf_token uit GET /api/v1/auth/me (het verandert bij elke keer inloggen)",
  );
}
