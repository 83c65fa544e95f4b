/**
 * What a DUO file is, read from its name (duo-formats.md, File names):
 * - monthly: `YYYYMM` (month produced) + code + scope, e.g. `202310A04I27GZ.csv`;
 * - yearly: `NRSP`/`NenR` + year the teljaar ends + `D`/`V` + scope, e.g. `NRSP2023DI27GZ.csv`.
 * Scope: `I` + BRIN (institution), `R` + RMC region number (region), `G` + municipality code.
 * The region and municipality letters are our choice where DUO's naming is not documented
 * (docs/duo-import.md); a browser's duplicate suffix such as ` (1)` is ignored.
 */
import type { Stage } from "../definition.js";
import { VsvError } from "../errors.js";
import { type Teljaar, teljaarStartingIn } from "../teljaar.js";
import { type ReportMonth, addMonths, monthNumber, monthYear, reportMonth, teljaarOfSeriesMonth } from "./report-month.js";

export const DUO_KINDS = ["A04", "A05", "A14", "NRSP", "NENR"] as const;
export type DuoKind = (typeof DUO_KINDS)[number];

export const MONTHLY_KINDS: readonly DuoKind[] = ["A04", "A05", "A14"];

export type ScopeKind = "institution" | "region" | "municipality";

export interface DuoScope {
  readonly kind: ScopeKind;
  /** BRIN (`27GZ`), region number (`28`) or municipality code (`0363`). */
  readonly code: string;
}

/** What one file holds: the same identity means "the same report", whatever its content. */
export interface DuoFileIdentity {
  readonly kind: DuoKind;
  readonly teljaar: Teljaar;
  /** Monthly files: the month reported on (one before the month in the name). Yearly: null. */
  readonly reportMonth: ReportMonth | null;
  /** NRSP/NenR: preliminary (`V`) or definitive (`D`); monthly files: null. */
  readonly stage: Stage | null;
  readonly scope: DuoScope;
}

const MONTHLY = /^(\d{4})(\d{2})(A04|A05|A14)([IRG])([0-9A-Z]+)$/i;
const YEARLY = /^(NRSP|NENR)(\d{4})([DV])([IRG])([0-9A-Z]+)$/i;

export const FILE_NAME_HELP =
  "DUO file names look like 202310A04I27GZ.csv (A04/A05/A14: month produced, code, I+BRIN / R+region / G+municipality) " +
  "or NRSP2023DI27GZ.csv / NenR2023VR28.csv (year the teljaar ends, D definitive / V voorlopig, scope)";

/** Strips the folder, `.csv`/`.txt` and a browser's duplicate suffix such as ` (1)`. */
export function baseFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(csv|txt)$/i, "").replace(/\s*\(\d+\)$/, "").trim();
}

function parseScope(letter: string, code: string, fileName: string): DuoScope {
  const upper = code.toUpperCase();
  switch (letter.toUpperCase()) {
    case "I":
      if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(upper)) break;
      return { kind: "institution", code: upper };
    case "R":
      if (!/^\d{1,2}$/.test(upper) || Number(upper) < 1 || Number(upper) > 41) break;
      return { kind: "region", code: upper.padStart(2, "0") };
    case "G":
      if (!/^\d{1,4}$/.test(upper)) break;
      return { kind: "municipality", code: upper.padStart(4, "0") };
  }
  throw new VsvError("DUO_FILE_NAME", `${fileName}: "${letter}${code}" is not a valid scope (I + BRIN such as I27GZ, R + region 01-41, G + municipality code)`);
}

/** Reads a file's identity from its name; undefined when the name is not one of DUO's. */
export function parseDuoFileName(fileName: string): DuoFileIdentity | undefined {
  const base = baseFileName(fileName);
  const monthly = MONTHLY.exec(base);
  if (monthly) {
    const kind = monthly[3]!.toUpperCase() as DuoKind;
    const produced = reportMonth(Number(monthly[1]), Number(monthly[2]));
    const reported = addMonths(produced, -1);
    const scope = parseScope(monthly[4]!, monthly[5]!, fileName);
    let teljaar: Teljaar;
    if (kind === "A14") {
      if (monthNumber(reported) < 10) {
        throw new VsvError(
          "DUO_FILE_NAME",
          `${fileName}: an A14 reports on October, November or December after a teljaar, so it is produced in November, December or January; this name says it reports on ${reported}`,
        );
      }
      teljaar = teljaarStartingIn(monthYear(reported) - 1);
    } else {
      teljaar = teljaarOfSeriesMonth(reported);
    }
    return { kind, teljaar, reportMonth: reported, stage: null, scope };
  }
  const yearly = YEARLY.exec(base);
  if (yearly) {
    const kind = yearly[1]!.toUpperCase() as DuoKind;
    const endYear = Number(yearly[2]);
    return {
      kind,
      teljaar: teljaarStartingIn(endYear - 1),
      reportMonth: null,
      stage: yearly[3]!.toUpperCase() === "D" ? "definitive" : "preliminary",
      scope: parseScope(yearly[4]!, yearly[5]!, fileName),
    };
  }
  return undefined;
}

/** The name DUO gives a file with this identity (used by the export). */
export function duoFileName(id: DuoFileIdentity): string {
  const scope = `${id.scope.kind === "institution" ? "I" : id.scope.kind === "region" ? "R" : "G"}${id.scope.code}`;
  if (id.reportMonth !== null) {
    const produced = addMonths(id.reportMonth, 1);
    return `${produced.replace("-", "")}${id.kind}${scope}.csv`;
  }
  const endYear = Number(id.teljaar.slice(5, 9));
  const code = id.kind === "NENR" ? "NenR" : "NRSP";
  return `${code}${endYear}${id.stage === "definitive" ? "D" : "V"}${scope}.csv`;
}

/** A stable text key of the identity: two files with the same key are versions of one report. */
export function identityKey(id: DuoFileIdentity): string {
  return [id.kind, id.teljaar, id.reportMonth ?? "-", id.stage ?? "-", id.scope.kind, id.scope.code].join("|");
}
