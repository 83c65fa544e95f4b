/**
 * Leerweg as DUO writes it (`LEERWEG` in A04/A05, `ONDERWIJSSOORT` in NRSP/NenR): `BOL`, `BBL`,
 * `EX` (extraneus), or combined with the level (`Bol4`). VO files can carry vmbo leerwegen
 * (`BB`, `KB`, `GL`, `TL`), kept as written. Empty means unknown.
 */
export const MBO_LEERWEGEN = ["BOL", "BBL", "EX"] as const;

/** `Bol4` → `BOL`, `bbl` → `BBL`, `Extraneus` → `EX`; other text upper-cased; empty → undefined. */
export function normaliseLeerweg(raw: string): string | undefined {
  const s = raw.trim().toUpperCase().replace(/\s+/g, "");
  if (s === "") return undefined;
  const m = /^(BOL|BBL)(?:[-_]?(?:DT|VT|[1-4]))?$/.exec(s);
  if (m) return m[1];
  if (s === "EX" || s.startsWith("EXTRANE")) return "EX";
  return s;
}
