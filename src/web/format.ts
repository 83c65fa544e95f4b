/** Number formatting in Dutch (1.234; 2,15%) and the "<5" of suppressed cells. */
import { t } from "./text.js";

const int = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct1 = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A row field the API may have suppressed: `suppressed` lists the field names it nulled. */
export function isSuppressed(row: { suppressed?: readonly string[] | null }, field: string): boolean {
  return Array.isArray(row.suppressed) && row.suppressed.includes(field);
}

export function fmtInt(n: number | null | undefined): string {
  return n == null ? "–" : int.format(n);
}

export function fmtPct(n: number | null | undefined): string {
  return n == null ? "–" : `${pct.format(n)}%`;
}

export function fmtSigned(n: number | null | undefined, digits: "int" | "pct1" = "int"): string {
  if (n == null) return "–";
  const f = digits === "int" ? int.format(Math.abs(n)) : pct1.format(Math.abs(n));
  return n > 0 ? `+${f}` : n < 0 ? `−${f}` : f;
}

/** A count or percentage from a row: "<5" for a suppressed count, "x" for a percentage or change hidden with it. */
export function cell<R extends { readonly suppressed?: readonly string[] | null }>(row: R, field: keyof R & string, kind: "int" | "pct" | "signed" | "signedPct"): string {
  if (isSuppressed(row, field)) return kind === "int" ? t.suppressed : t.suppressedPct;
  const v: unknown = row[field];
  const n = typeof v === "number" ? v : null;
  switch (kind) {
    case "int": return fmtInt(n);
    case "pct": return fmtPct(n);
    case "signed": return fmtSigned(n, "int");
    case "signedPct": return n == null ? "–" : `${fmtSigned(n, "pct1")}%`;
  }
}
