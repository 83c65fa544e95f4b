/**
 * Plausible, clearly fictitious addresses and contact details for the synthetic register's persons
 * (docs/synthetic-netherlands.md, "Names and addresses"; decision 45): a street and house number, a postcode whose
 * four digits lie in the person's municipality's postcode range (the one residences.postcode4 is drawn from), the
 * municipality's name as woonplaats, a phone number in a range the Dutch numbering plan does not issue (06-0…) and
 * an e-mail address at a reserved domain (`.example`, RFC 2606) that cannot exist.
 *
 * Every draw comes from `PersonDraw`, a stream computed from the seed and the person's number only: the same seed
 * gives the same details, and the register's other facts are exactly what they were before these columns existed.
 */
import { type PersonName, drawName } from "./names.js";

/** SplitMix32's finaliser: a 32-bit hash. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** A small stream of draws from (seed, person number): stateless towards the rest of the generator. */
export class PersonDraw {
  private s: number;
  constructor(seed: number, personId: number) {
    this.s = mix((mix(seed >>> 0) ^ Math.imul(personId >>> 0, 0x9e3779b1)) >>> 0);
  }
  next(): number {
    this.s = (this.s + 0x9e3779b9) >>> 0;
    return mix(this.s) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

const STREETS = [
  "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianastraat", "Beatrixlaan", "Wilhelminastraat",
  "Kastanjelaan", "Eikenlaan", "Berkenlaan", "Lindenlaan", "Populierenweg", "Tulpstraat", "Rozenstraat", "Lelieweg",
  "Merelstraat", "Lijsterbeslaan", "Zwanenveld", "Reigerstraat", "Sportlaan", "Parkweg", "Veldweg", "Boslaan",
  "Havenstraat", "Nieuwstraat", "Marktstraat", "Industrieweg", "Zuiderweg", "Noorderstraat", "Oosterstraat",
  "Westerkade", "Spoorlaan", "Vondelstraat", "Rembrandtlaan", "Vermeerstraat", "Hobbemastraat", "Prinses Irenestraat",
  "Burgemeester de Withstraat", "Van Goghlaan",
] as const;

/** The letter pairs of a Dutch postcode: every pair of these letters except SA, SD and SS (not used in the Netherlands). */
const LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
const LETTER_PAIRS: readonly string[] = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((p) => p !== "SA" && p !== "SD" && p !== "SS");

const mailParts = new Map<string, string>();
/** The reachable-looking part of a name in an e-mail address: lower case, no spaces, accents or apostrophes (names come from short lists: cached). */
export function mailPart(text: string): string {
  let part = mailParts.get(text);
  if (part === undefined) mailParts.set(text, (part = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "")));
  return part;
}

/**
 * A place in a municipality, as woonplaats, from the municipality's name: its first place where the name lists
 * several (`Nuenen, Gerwen en Nederwetten` → `Nuenen`), without the province of a shared name (`Bergen (NH.)` →
 * `Bergen`). CSV-safe: no comma or quote.
 */
export function placeOf(municipalityName: string): string {
  let place = places.get(municipalityName);
  if (place === undefined) places.set(municipalityName, (place = municipalityName.split(",")[0]!.replace(/\s*\(.*\)\s*$/, "").replace(/"/g, "").trim()));
  return place;
}
const places = new Map<string, string>();

/** The domain every synthetic e-mail address is at: `.example` is reserved (RFC 2606), so it can never be delivered. */
export const MAIL_DOMAIN = "vsv-demo.example";

/**
 * One person's drawn details before they are written out: the texts from the lists and the numbers the text is
 * made of. The register writer writes them without building the strings (src/synth/writer.ts); `personDetails`
 * formats them. Both from `drawDetails`, so the file and the strings agree.
 */
export interface DetailDraws extends PersonName {
  readonly street: string;
  readonly number: number;
  /** "" or a letter straight after the number. */
  readonly letter: string;
  /** 0, or an addition written after a `-`. */
  readonly addition: number;
  /** The postcode's four digits and two letters. */
  readonly digits: number;
  readonly letters: string;
  readonly residence: string;
  /** The seven digits after `06-0`. */
  readonly phone: number;
  /** The e-mail address's local part: `<first>.<family><mailNo>`, parts from `mailPart`. */
  readonly mailFirst: string;
  readonly mailFamily: string;
  readonly mailNo: number;
}

/**
 * The details of one person. `postcodeBase`/`postcodeRange`: the municipality's postcode digits (as residences get
 * them); `place`: the municipality's name (woonplaats comes from it: `placeOf`); sex 0 M, 1 V, 2 X.
 */
export function drawDetails(seed: number, personId: number, sex: number, postcodeBase: number, postcodeRange: number, place: string): DetailDraws {
  const d = new PersonDraw(seed, personId);
  const name = drawName(d, sex);
  const u = d.next();
  const number = u < 0.6 ? 1 + d.int(60) : u < 0.9 ? 1 + d.int(180) : 1 + d.int(400);
  const v = d.next();
  const letter = v < 0.08 ? "abcd"[d.int(4)]! : "";
  const addition = v >= 0.08 && v < 0.13 ? 1 + d.int(3) : 0;
  return {
    familyName: name.familyName,
    givenNames: name.givenNames,
    firstName: name.firstName,
    street: STREETS[d.int(STREETS.length)]!,
    number,
    letter,
    addition,
    digits: Math.min(9999, Math.max(1000, postcodeBase + d.int(Math.max(1, postcodeRange)))),
    letters: LETTER_PAIRS[d.int(LETTER_PAIRS.length)]!,
    residence: placeOf(place),
    phone: d.int(10_000_000),
    mailFirst: mailPart(name.firstName),
    mailFamily: mailPart(name.familyName),
    mailNo: d.int(100),
  };
}

export interface PersonDetails extends PersonName {
  readonly street: string;
  /** Number, letter and addition as one text: `12`, `12a`, `12-2`. */
  readonly houseNumber: string;
  /** `1234 AB`. */
  readonly postcode: string;
  readonly residence: string;
  /** `06-0…`: a mobile-looking number in a range that is not issued. */
  readonly phone: string;
  readonly email: string;
}

/** The details of one person as the register's texts (what the writer writes for `drawDetails`). */
export function personDetails(seed: number, personId: number, sex: number, postcodeBase: number, postcodeRange: number, place: string): PersonDetails {
  const x = drawDetails(seed, personId, sex, postcodeBase, postcodeRange, place);
  return {
    familyName: x.familyName,
    givenNames: x.givenNames,
    firstName: x.firstName,
    street: x.street,
    houseNumber: `${x.number}${x.letter}${x.addition ? `-${x.addition}` : ""}`,
    postcode: `${x.digits} ${x.letters}`,
    residence: x.residence,
    phone: `06-0${String(x.phone).padStart(7, "0")}`,
    email: `${x.mailFirst}.${x.mailFamily}${x.mailNo}@${MAIL_DOMAIN}`,
  };
}
