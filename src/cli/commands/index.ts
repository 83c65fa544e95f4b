import type { Command } from "../command.js";

/**
 * Every subcommand of `vsv`, in the order `vsv --help` lists them, by the words that name it and a loader: a
 * command's module (and what it imports: the server, exceljs, Chromium's driver…) is loaded only when that command
 * runs, so `vsv duo figures` does not pay for `vsv report`'s packages at every start (decision 78).
 */
export interface CommandEntry {
  /** The words every command of the module starts with, e.g. ["import", "register"] or ["accounts"]. */
  readonly words: readonly string[];
  load(): Promise<readonly Command[]>;
}

const one = (words: readonly string[], load: () => Promise<Command>): CommandEntry => ({ words, load: async () => [await load()] });

export const COMMAND_ENTRIES: readonly CommandEntry[] = [
  one(["start"], async () => (await import("./start.js")).startCommand),
  one(["generate"], async () => (await import("./generate.js")).generateCommand),
  one(["import", "register"], async () => (await import("./import-register.js")).importRegisterCommand),
  one(["import", "duo"], async () => (await import("./import-duo.js")).importDuoCommand),
  one(["compute"], async () => (await import("./compute.js")).computeCommand),
  one(["figures"], async () => (await import("./figures.js")).figuresCommand),
  one(["series"], async () => (await import("./series.js")).seriesCommand),
  one(["serve"], async () => (await import("./serve.js")).serveCommand),
  one(["persons"], async () => (await import("./persons.js")).personsCommand),
  one(["explain"], async () => (await import("./explain.js")).explainCommand),
  one(["duo", "files"], async () => (await import("./duo-files.js")).duoFilesCommand),
  one(["duo", "figures"], async () => (await import("./duo-figures.js")).duoFiguresCommand),
  one(["duo", "reconcile"], async () => (await import("./duo-reconcile.js")).duoReconcileCommand),
  one(["duo", "signals"], async () => (await import("./duo-signals.js")).duoSignalsCommand),
  one(["duo", "export"], async () => (await import("./duo-export.js")).duoExportCommand),
  one(["signals", "load"], async () => (await import("./signals-load.js")).signalsLoadCommand),
  one(["retention", "run"], async () => (await import("./retention.js")).retentionCommand),
  one(["migrate"], async () => (await import("./migrate.js")).migrateCommand),
  one(["audit", "verify"], async () => (await import("./audit-verify.js")).auditVerifyCommand),
  one(["report", "yearly"], async () => (await import("./report.js")).reportCommand),
  { words: ["accounts"], load: async () => (await import("./accounts.js")).accountsCommands },
];

/** Every command, loaded (for --help and tests). */
export async function loadAllCommands(): Promise<Command[]> {
  return (await Promise.all(COMMAND_ENTRIES.map((e) => e.load()))).flat();
}

/** The commands of every entry whose words start `argv` or that `argv` could be a shortened form of (same first word). */
export async function loadCommandsFor(argv: readonly string[]): Promise<Command[]> {
  const entries = COMMAND_ENTRIES.filter((e) => e.words[0] === argv[0]);
  return (await Promise.all(entries.map((e) => e.load()))).flat();
}
