import { VsvError } from "./errors.js";

declare const personIdBrand: unique symbol;
/** A person key: a BSN, an onderwijsnummer (both 9 digits with a check) or a pseudonym. */
export type PersonId = string & { readonly [personIdBrand]: true };

export type PersonIdKind = "BSN" | "ONDERWIJSNUMMER" | "PSEUDONYM";

function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return sum - Number(digits[8]);
}

/** The BSN 11-check ("elfproef"): 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros). */
export function passesBsnCheck(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  return weightedSum(digits) % 11 === 0;
}

/** The onderwijsnummer variant: the same weighted sum leaves remainder 5 when divided by 11. */
export function passesOnderwijsnummerCheck(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const r = weightedSum(digits) % 11;
  return (r + 11) % 11 === 5;
}

/** Classifies a key, or undefined when it is 9 digits that pass neither check. */
export function classifyPersonId(text: string): PersonIdKind | undefined {
  if (!/^\d{9}$/.test(text)) return "PSEUDONYM";
  if (passesBsnCheck(text)) return "BSN";
  if (passesOnderwijsnummerCheck(text)) return "ONDERWIJSNUMMER";
  return undefined;
}

export function parsePersonId(text: string): PersonId {
  if (text.trim() === "") throw new VsvError("BAD_PERSON_ID", "person_id is empty: give a BSN, an onderwijsnummer or a pseudonym");
  if (text !== text.trim()) throw new VsvError("BAD_PERSON_ID", "person_id has leading or trailing spaces: remove them");
  if (classifyPersonId(text) === undefined) {
    throw new VsvError(
      "BAD_PERSON_ID",
      "person_id has 9 digits but fails both the BSN 11-check and the onderwijsnummer check: correct the number",
    );
  }
  return text as PersonId;
}

/**
 * A form of the key that is safe to show in messages: never the number itself.
 * Pseudonyms are not person data, but are masked the same way for one simple rule.
 */
export function maskPersonId(text: string): string {
  if (text.length <= 3) return "***";
  return `${text.slice(0, 2)}${"*".repeat(Math.max(3, text.length - 2))}`;
}
