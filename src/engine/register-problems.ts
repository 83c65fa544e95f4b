/**
 * What a register import reports when it rejects a register: every problem found, each with
 * file, line, column, value and rule, up to a limit. Values of person_id columns are masked.
 */
import { VsvError } from "../domain/errors.js";

/** The rule a problem breaks: a stable code for tests and tools; the message says it in words. */
export type ImportRule =
  // the folder and its files
  | "MISSING_FILE"
  | "DUPLICATE_FILE"
  | "EMPTY_FILE"
  | "UNREADABLE_FILE"
  // the header
  | "UNKNOWN_COLUMN"
  | "MISSING_COLUMN"
  | "DUPLICATE_COLUMN"
  | "COLUMN_TYPE"
  | "ONE_ROW"
  | "TELJAAR"
  // the CSV structure
  | "FIELD_COUNT"
  | "UNTERMINATED_QUOTE"
  | "ENCODING"
  | "LINE_ENDINGS"
  | "MALFORMED_CSV"
  // one value
  | "REQUIRED"
  | "PERSON_ID"
  | "DATE"
  | "BOOLEAN"
  | "INTEGER"
  | "NUMBER"
  | "RANGE"
  | "ENUM"
  | "MUNICIPALITY_FORMAT"
  | "UNKNOWN_MUNICIPALITY"
  | "POSTCODE4"
  | "POSTCODE"
  | "EMAIL"
  | "PHONE"
  | "LENGTH"
  // several values or rows
  | "LEVEL_FOR_SECTOR"
  | "LEERWEG_NOT_MBO"
  | "END_BEFORE_START"
  | "DUPLICATE_KEY"
  | "UNKNOWN_PERSON"
  | "OVERLAPPING_RESIDENCE";

export interface ImportProblem {
  /** File name inside the register folder, e.g. `persons.csv`. */
  readonly file: string;
  /**
   * CSV: the physical line where the record starts (header = line 1, quoted newlines counted).
   * Parquet: the row number (first row = 1). Null when the problem is about the whole file,
   * or when the line could not be determined (a file with structural errors, see docs).
   */
  readonly line: number | null;
  readonly column: string | null;
  /** The value as found (person ids masked, long values cut); null when empty or not applicable. */
  readonly value: string | null;
  readonly rule: ImportRule;
  /** What is wrong and what to do. Never contains a person id. */
  readonly message: string;
}

/** Thrown when a register breaks the exchange format: nothing in the store was changed. */
export class RegisterRejected extends VsvError {
  constructor(
    readonly folder: string,
    readonly problems: readonly ImportProblem[],
    /** True when more problems exist than `problems` lists (the limit was reached). */
    readonly truncated: boolean,
  ) {
    const count = `${problems.length}${truncated ? "+" : ""} problem${problems.length === 1 && !truncated ? "" : "s"}`;
    const first = problems[0] ? `; the first: ${formatProblem(problems[0])}` : "";
    super(
      "REGISTER_REJECTED",
      `The register in ${folder} was rejected, nothing was changed: ${count} found${first}. Fix them and import again.`,
    );
    this.name = "RegisterRejected";
  }
}

export function isRegisterRejected(e: unknown): e is RegisterRejected {
  return e instanceof RegisterRejected;
}

const MAX_VALUE_LENGTH = 60;

/** A value as it may be shown: cut when long, with control characters made visible. */
export function displayValue(value: string | null): string | null {
  if (value === null) return null;
  const visible = value.replace(/[\u0000-\u001f]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : "?"));
  return visible.length > MAX_VALUE_LENGTH ? `${visible.slice(0, MAX_VALUE_LENGTH)}…` : visible;
}

/** One line: `persons.csv line 3, column birth_date, value "2023-02-30": message [DATE]`. */
export function formatProblem(p: ImportProblem): string {
  const where = [p.file];
  if (p.line !== null) where.push(`${p.file.endsWith(".parquet") ? "row" : "line"} ${p.line}`);
  if (p.column !== null) where.push(`column ${p.column}`);
  if (p.value !== null) where.push(`value "${p.value}"`);
  return `${where.join(", ")}: ${p.message} [${p.rule}]`;
}

/** Orders problems by file (register order), then line, keeping the order of equal ones. */
export function sortProblems(problems: readonly ImportProblem[], fileOrder: readonly string[]): ImportProblem[] {
  const rank = (f: string) => {
    const i = fileOrder.indexOf(f);
    return i < 0 ? fileOrder.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.file) - rank(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
}
