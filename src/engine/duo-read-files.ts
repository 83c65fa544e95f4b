/**
 * Which files an import reads: the arguments expanded (a folder means its `*.csv` and `*.txt`
 * files, not recursive) and each file recognised by its name (src/domain/duo/file-name.ts). DUO
 * kinds vsv-monitor does not read (A01, A02, A06, A07, R08) are skipped with a note; any other
 * name rejects the import, with the naming help.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FILE_NAME_HELP, baseFileName, identityKey, parseDuoFileName, type DuoFileIdentity } from "../domain/duo/file-name.js";
import { isVsvError } from "../domain/errors.js";
import { fileProblem, type DuoImportProblem } from "./duo-import-problems.js";

export interface DuoInput {
  /** Absolute path. */
  readonly path: string;
  /** As problems and notes name it: the argument as typed, or `<folder argument>/<name>`. */
  readonly display: string;
  /** The file name without folder, e.g. `202310A04I27GZ.csv`. */
  readonly name: string;
}

const DUO_EXTENSION = /\.(csv|txt)$/i;

/** The files the arguments name, in argument order (a folder's files sorted by name). */
export function collectDuoFiles(args: readonly string[]): { inputs: DuoInput[]; problems: DuoImportProblem[] } {
  const inputs: DuoInput[] = [];
  const problems: DuoImportProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, display: string) => {
    const abs = path.resolve(file);
    if (seen.has(abs)) return;
    seen.add(abs);
    inputs.push({ path: abs, display, name: path.basename(abs) });
  };
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      problems.push(fileProblem(arg, "NOT_FOUND", "no such file or folder: give DUO files (e.g. 202310A04I27GZ.csv) or a folder holding them"));
      continue;
    }
    if (!stat.isDirectory()) {
      add(arg, arg);
      continue;
    }
    const names = readdirSync(arg, { withFileTypes: true })
      .filter((e) => e.isFile() && DUO_EXTENSION.test(e.name))
      .map((e) => e.name)
      .sort();
    if (names.length === 0) {
      problems.push(fileProblem(arg, "NO_FILES", "the folder holds no .csv or .txt files (sub-folders are not read): give the folder where the DUO files are"));
    }
    for (const name of names) add(path.join(arg, name), path.join(arg, name));
  }
  return { inputs, problems };
}

/** DUO's other products: same naming pattern, not read by vsv-monitor. */
const OTHER_KINDS: Readonly<Record<string, string>> = {
  A01: "deregistrations without a startkwalificatie",
  A02: "re-registrations",
  A06: "vsv per level since 1 October",
  A07: "late startkwalificaties",
  R08: "potential long-term absentees",
};

const OTHER_KIND_NAME = /^(\d{4})(\d{2})(A01|A02|A06|A07|R08)([IRG])([0-9A-Z]+)$/i;

export type NameRecognition =
  | { readonly status: "read"; readonly identity: DuoFileIdentity; readonly key: string }
  | { readonly status: "skipped"; readonly kind: string; readonly note: string }
  | { readonly status: "rejected"; readonly problem: DuoImportProblem };

/** What a file is, by its name. */
export function recogniseName(input: DuoInput): NameRecognition {
  let identity: DuoFileIdentity | undefined;
  try {
    identity = parseDuoFileName(input.name);
  } catch (e) {
    if (!isVsvError(e)) throw e;
    // The name has DUO's pattern but an impossible scope or month: say exactly what.
    return { status: "rejected", problem: fileProblem(input.display, "FILE_NAME", `${e.message.replace(/^[^:]*: /, "")}: rename the file as DUO named it`) };
  }
  if (identity) return { status: "read", identity, key: identityKey(identity) };
  const other = OTHER_KIND_NAME.exec(baseFileName(input.name));
  if (other) {
    const kind = other[3]!.toUpperCase();
    return {
      status: "skipped",
      kind,
      note: `${input.display}: skipped, an ${kind} (${OTHER_KINDS[kind]}) is a DUO file vsv-monitor does not read; it reads A04, A05, A14, NRSP and NenR`,
    };
  }
  return {
    status: "rejected",
    problem: fileProblem(input.display, "UNRECOGNISED_FILE", `not recognised as a DUO file by its name. ${FILE_NAME_HELP}: rename it as DUO named it, or leave it out`),
  };
}
