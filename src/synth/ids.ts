/**
 * Person keys: 9-digit numbers that pass the BSN 11-check, or the onderwijsnummer variant
 * (remainder 5), as register-format.md requires. Every key is built from a fresh 8-digit prefix
 * taken from a seed-dependent permutation of 10000000-99999999, so keys are unique, spread over
 * the number space and the same for the same seed. They are synthetic: any match with a real
 * person's number is chance.
 */
const PREFIXES = 90_000_000;
// Multipliers coprime to 90,000,000 (= 2^7·3^2·5^7), so k ↦ a·k + b mod 90e6 is a permutation.
const MULTIPLIERS = [48_271_957, 69_069_011, 16_807_223, 39_916_801, 22_695_477] as const;

export class PersonIdFactory {
  private k = 0;
  private readonly a: number;
  private readonly b: number;

  constructor(seed: number) {
    this.a = MULTIPLIERS[Math.abs(seed) % MULTIPLIERS.length]!;
    this.b = Math.abs(Math.imul(seed ^ 0x5bd1e995, 2654435761)) % PREFIXES;
  }

  /** The next key as a number (print with 9 digits). */
  next(kind: "BSN" | "ONDERWIJSNUMMER"): number {
    const remainder = kind === "BSN" ? 0 : 5;
    for (;;) {
      if (this.k >= PREFIXES) throw new Error("person id space exhausted");
      const prefix = 10_000_000 + ((this.a * this.k + this.b) % PREFIXES);
      this.k += 1;
      // weighted sum of the 8 prefix digits: 9·d1 + 8·d2 + … + 2·d8
      let rest = prefix;
      let sum = 0;
      for (let w = 2; w <= 9; w++) {
        sum += (rest % 10) * w;
        rest = Math.floor(rest / 10);
      }
      // sum − d9 ≡ remainder (mod 11)  ⇒  d9 = (sum − remainder) mod 11, which must be a digit.
      const d9 = (((sum - remainder) % 11) + 11) % 11;
      if (d9 === 10) continue;
      return prefix * 10 + d9;
    }
  }
}

export function personIdText(id: number): string {
  return String(id).padStart(9, "0");
}
