/**
 * Reading CSV structure in JavaScript, for the two things DuckDB's reader does not give:
 * the header (read before loading, to check the columns) and, on the error path only, the
 * physical line where each record starts (quoted newlines counted) plus the exact line of every
 * structural error. The bulk load itself is DuckDB's `read_csv`; this module never sees a clean
 * import's data rows.
 *
 * The scanner follows DuckDB's strict CSV mode (RFC 4180, quote and escape `"`): blank lines are
 * skipped, a record with the wrong number of fields, an unclosed quote or text after a closing
 * quote is an error and gets no record number, so record numbers match the row order of the
 * table DuckDB loads from the same file.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { ImportProblem } from "./register-problems.js";

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** 1 for the bytes that change no scanner state outside quotes: ASCII except `"`, `,`, CR, LF. */
const PLAIN = new Uint8Array(256).map((_, b) => (b < 0x80 && b !== QUOTE && b !== COMMA && b !== LF && b !== CR ? 1 : 0));
/** The same inside quotes, where only `"` and LF (line count) matter. */
const PLAIN_QUOTED = new Uint8Array(256).map((_, b) => (b < 0x80 && b !== QUOTE && b !== LF ? 1 : 0));

/** The header of a CSV file: its column names, or a reason it has none. */
export type CsvHeader = { readonly columns: string[] } | { readonly empty: true };

const HEADER_READ_LIMIT = 1 << 20;

/** Reads the first record of a CSV file (the header), decoding RFC 4180 quoting and a UTF-8 BOM. */
export async function readCsvHeader(file: string): Promise<CsvHeader> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEADER_READ_LIMIT);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_READ_LIMIT, 0);
    let text = buffer.subarray(0, bytesRead).toString("utf8");
    if (text.startsWith("\uFEFF")) text = text.slice(1);
    const columns = parseFirstRecord(text);
    return columns === undefined || (columns.length === 1 && columns[0] === "") ? { empty: true } : { columns };
  } finally {
    await handle.close();
  }
}

/** The fields of the first non-blank record of `text`, or undefined when there is none. */
export function parseFirstRecord(text: string): string[] | undefined {
  let i = 0;
  while (text[i] === "\n" || text[i] === "\r") i++;
  if (i >= text.length) return undefined;
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) break;
    else field += c;
  }
  fields.push(field);
  return fields;
}

export interface CsvScan {
  /** Physical start line of each wanted record number (0 = the first data record). */
  readonly lines: ReadonlyMap<number, number>;
  /** Structural errors, each at the line where its record starts, up to the limit. */
  readonly problems: readonly ImportProblem[];
  /** True when there were more structural errors than `problems` holds. */
  readonly truncated: boolean;
  /** Data records without a structural error (the rows DuckDB loads). */
  readonly records: number;
}

type RecordError = "FIELD_COUNT" | "UNTERMINATED_QUOTE" | "ENCODING" | "LINE_ENDINGS";

const MESSAGES: Readonly<Record<RecordError, (fields: number, expected: number) => string>> = {
  FIELD_COUNT: (n, m) =>
    `the record has ${n} field${n === 1 ? "" : "s"} where the header has ${m}: the line may be cut off, or a value holds a comma without quotes around it`,
  UNTERMINATED_QUOTE: () =>
    'a quoted value is not closed, or its closing quote is followed by more text: put quotes around the whole value and write a quote inside it as ""',
  ENCODING: () => "the record is not valid UTF-8: save the file as UTF-8",
  LINE_ENDINGS: () => "the record ends with another kind of line ending than the header (\\n and \\r\\n mixed): use one kind throughout the file",
};

/**
 * Scans a whole CSV file once. `wanted` are record numbers (sorted or not) whose start line the
 * caller needs; only those are kept, so memory stays small however large the file is.
 */
export async function scanCsv(file: string, fileName: string, wanted: Iterable<number>, maxProblems: number): Promise<CsvScan> {
  const want = new Set(wanted);
  const lines = new Map<number, number>();
  const problems: ImportProblem[] = [];
  let truncated = false;

  let line = 1; // physical line of the current byte
  let recordLine = 1; // physical line where the current record started
  let fields = 0; // commas seen in the current record
  let content = false; // the current record has any byte besides a line ending
  let fieldStart = true;
  let inQuotes = false;
  let afterQuote = false;
  let pendingCr = false;
  let error: RecordError | undefined;
  let utf8Left = 0; // continuation bytes still expected
  let headerFields = -1;
  let headerCrlf = false;
  let records = 0;
  let first = true;

  const endRecord = (crlf: boolean) => {
    if (!content) return; // a blank line: DuckDB skips it
    const n = fields + 1;
    if (headerFields < 0) {
      headerFields = n;
      headerCrlf = crlf;
    } else {
      let e = error;
      if (e === undefined && n !== headerFields) e = "FIELD_COUNT";
      if (e === undefined && crlf !== headerCrlf) e = "LINE_ENDINGS";
      if (e === undefined) {
        if (want.has(records)) lines.set(records, recordLine);
        records++;
      } else if (problems.length < maxProblems) {
        problems.push({ file: fileName, line: recordLine, column: null, value: null, rule: e, message: MESSAGES[e](n, headerFields) });
      } else truncated = true;
    }
    fields = 0;
    content = false;
    fieldStart = true;
    error = undefined;
  };

  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let i = 0;
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    const len = chunk.length;
    for (; i < len; i++) {
      // Fast path: skip a run of bytes that change no state (most of every file).
      if (utf8Left === 0 && !afterQuote && !pendingCr) {
        const plain = inQuotes ? PLAIN_QUOTED : PLAIN;
        if (plain[chunk[i]!] === 1) {
          let j = i + 1;
          while (j < len && plain[chunk[j]!] === 1) j++;
          if (!inQuotes) {
            content = true;
            fieldStart = false;
          }
          i = j;
          if (i >= len) break;
        }
      }
      const b = chunk[i]!;
      if (b >= 0x80 || utf8Left > 0) {
        if (utf8Left > 0) {
          if ((b & 0xc0) === 0x80) utf8Left--;
          else {
            utf8Left = 0;
            error ??= "ENCODING";
          }
          if ((b & 0xc0) === 0x80) {
            content = true;
            fieldStart = false;
            continue;
          }
        }
        if (b >= 0x80) {
          if (b >= 0xc2 && b <= 0xdf) utf8Left = 1;
          else if (b >= 0xe0 && b <= 0xef) utf8Left = 2;
          else if (b >= 0xf0 && b <= 0xf4) utf8Left = 3;
          else error ??= "ENCODING";
          content = true;
          fieldStart = false;
          if (afterQuote) {
            afterQuote = false;
            error ??= "UNTERMINATED_QUOTE";
          }
          pendingCr = false;
          continue;
        }
      }
      if (inQuotes) {
        if (b === QUOTE) {
          inQuotes = false;
          afterQuote = true;
        } else if (b === LF) line++;
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (b === QUOTE) {
          inQuotes = true;
          continue;
        }
        if (b !== COMMA && b !== LF && b !== CR) error ??= "UNTERMINATED_QUOTE";
      }
      if (b === LF) {
        endRecord(pendingCr);
        pendingCr = false;
        line++;
        recordLine = line;
        continue;
      }
      if (pendingCr) {
        // a lone CR is data
        pendingCr = false;
        content = true;
        fieldStart = false;
      }
      if (b === CR) {
        pendingCr = true;
      } else if (b === COMMA) {
        fields++;
        content = true;
        fieldStart = true;
      } else if (b === QUOTE) {
        content = true;
        if (fieldStart) inQuotes = true;
        fieldStart = false;
      } else {
        content = true;
        fieldStart = false;
      }
    }
  }
  if (inQuotes) error ??= "UNTERMINATED_QUOTE";
  if (utf8Left > 0) error ??= "ENCODING";
  if (pendingCr) content = true;
  if (content) {
    // the last record has no line ending: judge its ending as the header's
    endRecord(headerCrlf);
  }
  return { lines, problems, truncated, records };
}
