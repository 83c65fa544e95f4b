/**
 * What `vsv import duo` reports when it rejects an import: every problem found, each with file,
 * line, column, value and rule, up to a limit (docs/duo-import.md, Rejections). Person numbers are
 * masked; names and addresses never appear.
 */
import { VsvError } from "../domain/errors.js";
import { displayValue } from "./register-problems.js";

/** The rule a problem breaks: a stable code for tests and tools; the message says it in words. */
export type DuoImportRule =
  // the arguments and file names
  | "NOT_FOUND"
  | "NO_FILES"
  | "UNRECOGNISED_FILE"
  | "FILE_NAME"
  | "DUPLICATE_REPORT"
  // the file and its header
  | "EMPTY_FILE"
  | "DELIMITER"
  | "NAME_HEADER_MISMATCH"
  | "MISSING_COLUMN"
  // the CSV structure
  | "FIELD_COUNT"
  | "LINE_ENDINGS"
  | "MALFORMED_CSV"
  // one value
  | "DATE"
  | "MONTH"
  | "MUNICIPALITY"
  | "REGION"
  | "PERSON_NUMBER"
  | "FLAG";

export interface DuoImportProblem {
  /** The file as given: an argument as typed, a folder's file as `<folder>/<name>`, e.g. `dl/202310A04I27GZ.csv`. */
  readonly file: string;
  /** Physical line (header = line 1); null when the problem is about the whole file. */
  readonly line: number | null;
  /** The DUO column name (without `#`), e.g. `GEBOORTEDATUM`; null when not about one column. */
  readonly column: string | null;
  /** The value as found (person numbers masked, long values cut); null when not applicable. */
  readonly value: string | null;
  readonly rule: DuoImportRule;
  /** What is wrong and what to do. Never holds a person number or name. */
  readonly message: string;
}

/** Thrown when an import is rejected: nothing of the invocation was stored. */
export class DuoImportRejected extends VsvError {
  constructor(
    readonly problems: readonly DuoImportProblem[],
    /** True when more problems exist than `problems` lists (the limit was reached). */
    readonly truncated: boolean,
  ) {
    const count = `${problems.length}${truncated ? "+" : ""} problem${problems.length === 1 && !truncated ? "" : "s"}`;
    const first = problems[0] ? `; the first: ${formatDuoProblem(problems[0])}` : "";
    super("DUO_REJECTED", `The DUO import was rejected, nothing was changed: ${count} found${first}. Fix them and import again.`);
    this.name = "DuoImportRejected";
  }
}

export function isDuoImportRejected(e: unknown): e is DuoImportRejected {
  return e instanceof DuoImportRejected;
}

/** One line: `202212A04I27GZ.csv, line 3, column GEBOORTEDATUM, value "31-02-2004": message [DATE]`. */
export function formatDuoProblem(p: DuoImportProblem): string {
  const where = [p.file];
  if (p.line !== null) where.push(`line ${p.line}`);
  if (p.column !== null) where.push(`column ${p.column}`);
  if (p.value !== null) where.push(`value "${p.value}"`);
  return `${where.join(", ")}: ${p.message} [${p.rule}]`;
}

/** A problem about a whole file (or its header line). */
export function fileProblem(file: string, rule: DuoImportRule, message: string, line: number | null = null, column: string | null = null): DuoImportProblem {
  return { file, line, column, value: null, rule, message };
}

/** A value as it may be shown: cut when long, control characters visible (register import's rule). */
export { displayValue };

/** Orders problems by the order files were given, then line, keeping the order of equal ones. */
export function sortDuoProblems(problems: readonly DuoImportProblem[], fileOrder: readonly string[]): DuoImportProblem[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  const of = (f: string) => rank.get(f) ?? fileOrder.length;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => of(a.p.file) - of(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
}
