/**
 * Plausible, fictitious Dutch names for the synthetic register's persons (docs/synthetic-netherlands.md, "Names and
 * addresses"): a family name — with a voorvoegsel for about a quarter of people, as in the Netherlands — and one to
 * three given names by sex. Common names combined at random: no real person is meant. Drawn from `PersonDraw`
 * (addresses.ts), a stream of its own per person, so adding names changed no other fact of the register.
 */

/** Family names without a voorvoegsel: common Dutch names and names common among Dutch people of other origins. */
const PLAIN = [
  "Jansen", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
  "Brouwer", "Dijkstra", "Smits", "Kok", "Jacobs", "Vermeulen", "Schouten", "Willems", "Hoekstra", "Maas", "Verhoeven",
  "Koster", "Prins", "Blom", "Huisman", "Peeters", "Kuipers", "Post", "Kuiper", "Veenstra", "Kramer", "Scholten",
  "Postma", "Martens", "Vink", "Timmermans", "Groen", "Gerritsen", "Jonker", "Boer", "Willemsen", "Smeets", "Bosch",
  "Schipper", "Koning", "Driessen", "Hermans", "Evers", "Hofman", "Bosman", "Wouters", "Sanders", "Verbeek", "Mertens",
  "Kaya", "Yilmaz", "Demir", "Şahin", "Öztürk", "Çelik", "Bouzid", "Amrani", "Benali", "Haddou", "Nguyen", "Tran",
  "Kowalski", "Nowak", "Pinas", "Dors", "Kross", "Wijngaarde", "Nijhof", "Brink", "Zwart", "Bruins", "Hoogland",
  "Wolters", "Steenbergen", "Terpstra", "Bouma", "Zijlstra", "Boersma", "Wiersma", "Sijtsma", "Verschuren", "Claassen",
] as const;

/** Family names with their voorvoegsel, written as in the Netherlands (lower-case voorvoegsel before the name). */
const PREFIXED = [
  "de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot", "van Leeuwen", "de Wit", "de Graaf",
  "van der Meer", "van der Linden", "de Haan", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
  "van der Heijden", "van Beek", "van Vliet", "van de Ven", "van Dam", "van der Wal", "de Jonge", "van Veen",
  "van den Brink", "van Wijk", "de Ruiter", "van Loon", "van der Velde", "de Lange", "de Vos", "van Dongen",
  "de Koning", "van der Laan", "van der Velden", "van Doorn", "van den Bosch", "van der Meulen", "van der Zee",
  "in 't Veld", "van 't Hof", "ter Horst", "ten Have", "op den Kamp", "te Riele", "el Amrani", "el Idrissi",
] as const;

/** The share of people whose family name has a voorvoegsel (in the Netherlands roughly a quarter). */
export const PREFIX_SHARE = 0.26;

const BOYS = [
  "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Bram", "Luuk", "Noah", "Jesse", "Thijs", "Ruben", "Tim", "Lars",
  "Stijn", "Thomas", "Max", "Julian", "Mohamed", "Adam", "Ayoub", "Emre", "Mehmet", "Daniël", "Jayden", "Dylan",
  "Kevin", "Nick", "Jasper", "Wouter", "Sven", "Niels", "Joep", "Gijs", "Teun", "Rayan", "Youssef", "Hamza", "Raphaël", "Olivier",
] as const;
const GIRLS = [
  "Emma", "Julia", "Sophie", "Tess", "Zoë", "Sara", "Anna", "Eva", "Lotte", "Fleur", "Lisa", "Noa", "Sanne", "Iris",
  "Femke", "Lieke", "Anouk", "Demi", "Romy", "Naomi", "Fatima", "Yasmina", "Ilse", "Esmee", "Chloë", "Nina", "Isa",
  "Mila", "Amira", "Elif", "Zeynep", "Shanti", "Roos", "Maud", "Floor", "Merel", "Britt", "Nora", "Hanna", "Jasmijn",
] as const;

/** The draws a name needs (addresses.ts `PersonDraw`). */
export interface Draw {
  next(): number;
  int(n: number): number;
}

export interface PersonName {
  /** With the voorvoegsel: `de Vries`. */
  readonly familyName: string;
  /** All given names, space-separated: `Jan Pieter`. */
  readonly givenNames: string;
  /** The first of them (the e-mail address uses it). */
  readonly firstName: string;
}

/** sex: 0 M, 1 V, 2 X (as People.sex). */
export function drawName(d: Draw, sex: number): PersonName {
  const familyName = d.next() < PREFIX_SHARE ? PREFIXED[d.int(PREFIXED.length)]! : PLAIN[d.int(PLAIN.length)]!;
  const list = sex === 0 ? BOYS : sex === 1 ? GIRLS : d.next() < 0.5 ? BOYS : GIRLS;
  const u = d.next();
  const first = list[d.int(list.length)]!;
  if (u < 0.45) return { familyName, givenNames: first, firstName: first };
  let second = first;
  while (second === first) second = list[d.int(list.length)]!;
  if (u < 0.9) return { familyName, givenNames: `${first} ${second}`, firstName: first };
  let third = first;
  while (third === first || third === second) third = list[d.int(list.length)]!;
  return { familyName, givenNames: `${first} ${second} ${third}`, firstName: first };
}

/** The voorvoegsel of a family name as written (`van den`), or "" (for tests and the DUO export). */
export function voorvoegsel(familyName: string): string {
  const m = /^((?:[a-z']+ )+)/.exec(familyName);
  return m ? m[1]!.trim() : "";
}
