/**
 * The cheap per-file work done in JavaScript before DuckDB reads a DUO file: its checksum, its
 * encoding (UTF-8, else Windows-1252, transcoded to a UTF-8 copy for DuckDB), its header (the
 * delimiter, the kind it belongs to, the required columns) and where it has blank lines (DuckDB
 * skips them; line numbers must count them). Data lines are never parsed here.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuoFileIdentity, DuoKind } from "../domain/duo/file-name.js";
import { columnsOf, headerName, kindsOfHeader } from "../domain/duo/layout.js";
import { fileProblem, type DuoImportProblem } from "./duo-import-problems.js";
import type { DuoInput } from "./duo-read-files.js";

export type DuoEncoding = "utf-8" | "windows-1252";

export interface DuoFileBytes {
  readonly bytes: Buffer;
  /** sha256 of the bytes, hex. */
  readonly checksum: string;
}

export function readDuoBytes(file: string): DuoFileBytes {
  const bytes = readFileSync(file);
  return { bytes, checksum: createHash("sha256").update(bytes).digest("hex") };
}

/** A file ready for DuckDB: its header by name, and the path DuckDB reads (a UTF-8 copy if needed). */
export interface DuoFileLayout {
  readonly encoding: DuoEncoding;
  readonly readPath: string;
  /** Column names in file order, as `headerName` gives them (no `#`, upper case). */
  readonly header: readonly string[];
  /** Physical line numbers of blank lines (DuckDB skips them). */
  readonly blankLines: readonly number[];
}

const KIND_NAMES: Readonly<Record<DuoKind, string>> = {
  A04: "an A04 (possible vsv'ers)",
  A14: "an A14 (possible vsv'ers after the teljaar)",
  A05: "an A05 (start set)",
  NRSP: "an NRSP (start population)",
  NENR: "a NenR (named vsv'ers)",
};

function describeKinds(kinds: readonly DuoKind[]): string {
  return kinds.map((k) => KIND_NAMES[k]).join(" or ");
}

/** The delimiter a header seems to use when it has no `;`. */
function guessDelimiter(header: string): string | undefined {
  const counts = [",", "\t", "|"].map((d) => [d, header.split(d).length - 1] as const).filter(([, n]) => n > 0);
  counts.sort((a, b) => b[1] - a[1]);
  const d = counts[0]?.[0];
  return d === "\t" ? "tab" : d === undefined ? undefined : `'${d}'`;
}

/** Line numbers of blank lines; only scanned when `\n\n` or `\n\r\n` occurs at all (rare). */
function blankLines(bytes: Buffer): number[] {
  if (bytes.indexOf("\n\n") < 0 && bytes.indexOf("\n\r\n") < 0) return [];
  const out: number[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    const length = i - start - (i > start && bytes[i - 1] === 0x0d ? 1 : 0);
    if (length === 0 && line > 1) out.push(line);
    line++;
    start = i + 1;
  }
  return out;
}

/**
 * Checks a file's bytes and header against the kind its name says. Returns the layout, or the
 * problems that reject the file. `tempDir` receives the UTF-8 copy of a Windows-1252 file.
 */
export function inspectDuoFile(
  input: DuoInput,
  identity: DuoFileIdentity,
  bytes: Buffer,
  tempDir: () => string,
): { layout?: DuoFileLayout; problems: DuoImportProblem[] } {
  const file = input.display;
  if (bytes.length === 0) {
    return { problems: [fileProblem(file, "EMPTY_FILE", "the file is empty (0 bytes): download it again from Mijn DUO")] };
  }
  const encoding: DuoEncoding = isUtf8(bytes) ? "utf-8" : "windows-1252";
  // Windows-1252 decodes every byte, so a file that is not UTF-8 always reads as text.
  // (a UTF-8 byte-order mark on a file edited into Windows-1252 is dropped, not decoded as "ï»¿")
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = encoding === "utf-8" ? undefined : new TextDecoder("windows-1252").decode(bytes.subarray(bom));
  const newline = bytes.indexOf(0x0a);
  const firstLine = (text === undefined ? bytes.subarray(0, newline < 0 ? bytes.length : newline).toString("utf8") : text.split("\n", 1)[0]!)
    .replace(/\r$/, "")
    .replace(/^\uFEFF/, "");
  if (!firstLine.includes(";")) {
    const seems = guessDelimiter(firstLine);
    const message = seems
      ? `the header has no ';' but seems to use ${seems} as delimiter: DUO files are separated by ';'; download the file again, or save it with ';' as separator`
      : "the header has no ';' (only one column): DUO files are separated by ';'; download the file again from Mijn DUO";
    return { problems: [fileProblem(file, "DELIMITER", message, 1)] };
  }
  const header = firstLine.split(";").map(headerName);
  const problems: DuoImportProblem[] = [];
  const headerKinds = kindsOfHeader(header);
  // A NenR without its own columns (EXAMEN, IND_BEKOSTIGING, both optional) has an NRSP header.
  const fits = headerKinds.length === 0 || headerKinds.includes(identity.kind) || (identity.kind === "NENR" && headerKinds.includes("NRSP"));
  if (!fits) {
    problems.push(
      fileProblem(
        file,
        "NAME_HEADER_MISMATCH",
        `the name says this is ${KIND_NAMES[identity.kind]} but the header is that of ${describeKinds(headerKinds)}: check that it is the right file, or rename it after what it holds`,
        1,
      ),
    );
    return { problems };
  }
  for (const c of columnsOf(identity.kind)) {
    if (c.required && !header.includes(c.duo)) {
      problems.push(fileProblem(file, "MISSING_COLUMN", `${KIND_NAMES[identity.kind]} needs the column ${c.duo}: download the file again from Mijn DUO (columns are matched by name)`, 1, c.duo));
    }
  }
  if (problems.length > 0) return { problems };
  let readPath = input.path;
  if (text !== undefined) {
    readPath = path.join(tempDir(), `${String(Math.random()).slice(2, 10)}-${input.name}`);
    writeFileSync(readPath, text, "utf8");
  }
  return { layout: { encoding, readPath, header, blankLines: blankLines(bytes) }, problems };
}

/** The first line whose line ending differs from the header's (`\n` vs `\r\n`), for the error path. */
export function firstMixedLineEnding(bytes: Buffer): number | undefined {
  let crlf: boolean | undefined;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    const thisCrlf = i > 0 && bytes[i - 1] === 0x0d;
    if (crlf === undefined) crlf = thisCrlf;
    else if (thisCrlf !== crlf) return line;
    line++;
  }
  return undefined;
}
