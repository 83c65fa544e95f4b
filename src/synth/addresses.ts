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

/** Letters of a Dutch postcode: the combinations SA, SD and SS are not used in the Netherlands. */
const LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

/** The reachable-looking part of a name in an e-mail address: lower case, no spaces, accents or apostrophes. */
function mailPart(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
}

/**
 * A place in a municipality, as woonplaats, from the municipality's name: its first place where the name lists
 * several (`Nuenen, Gerwen en Nederwetten` → `Nuenen`), without the province of a shared name (`Bergen (NH.)` →
 * `Bergen`). CSV-safe: no comma or quote.
 */
export function placeOf(municipalityName: string): string {
  return municipalityName.split(",")[0]!.replace(/\s*\(.*\)\s*$/, "").replace(/"/g, "").trim();
}

/** The domain every synthetic e-mail address is at: `.example` is reserved (RFC 2606), so it can never be delivered. */
export const MAIL_DOMAIN = "vsv-demo.example";

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

/**
 * The details of one person. `postcodeBase`/`postcodeRange`: the municipality's postcode digits (as residences get
 * them); `place`: the municipality's name (woonplaats); sex 0 M, 1 V, 2 X.
 */
export function personDetails(seed: number, personId: number, sex: number, postcodeBase: number, postcodeRange: number, place: string): PersonDetails {
  const d = new PersonDraw(seed, personId);
  const name = drawName(d, sex);
  const u = d.next();
  const number = u < 0.6 ? 1 + d.int(60) : u < 0.9 ? 1 + d.int(180) : 1 + d.int(400);
  const v = d.next();
  const houseNumber = v < 0.08 ? `${number}${"abcd"[d.int(4)]}` : v < 0.13 ? `${number}-${1 + d.int(3)}` : String(number);
  const digits = Math.min(9999, Math.max(1000, postcodeBase + d.int(Math.max(1, postcodeRange))));
  let letters = "SS";
  while (letters === "SA" || letters === "SD" || letters === "SS") letters = LETTERS[d.int(LETTERS.length)]! + LETTERS[d.int(LETTERS.length)]!;
  const phone = `06-0${String(d.int(10_000_000)).padStart(7, "0")}`;
  const first = name.givenNames.split(" ")[0]!;
  const email = `${mailPart(first)}.${mailPart(name.familyName)}${d.int(100)}@${MAIL_DOMAIN}`;
  return { ...name, street: STREETS[d.int(STREETS.length)]!, houseNumber, postcode: `${digits} ${letters}`, residence: placeOf(place), phone, email };
}
