import type { Command } from "../command.js";
import { computeCommand } from "./compute.js";
import { figuresCommand } from "./figures.js";
import { seriesCommand } from "./series.js";
import { serveCommand } from "./serve.js";
import { personsCommand } from "./persons.js";
import { explainCommand } from "./explain.js";
import { importRegisterCommand } from "./import-register.js";
import { importDuoCommand } from "./import-duo.js";
import { generateCommand } from "./generate.js";
import { startCommand } from "./start.js";
import { duoFiguresCommand } from "./duo-figures.js";
import { duoReconcileCommand } from "./duo-reconcile.js";
import { duoSignalsCommand } from "./duo-signals.js";
import { duoFilesCommand } from "./duo-files.js";
import { duoExportCommand } from "./duo-export.js";
import { signalsLoadCommand } from "./signals-load.js";
import { accountsCommands } from "./accounts.js";
import { retentionCommand } from "./retention.js";
import { reportCommand } from "./report.js";
import { migrateCommand } from "./migrate.js";
import { auditVerifyCommand } from "./audit-verify.js";

/** Every subcommand of `vsv`, in the order `vsv --help` lists them. */
export const COMMANDS: readonly Command[] = [
  startCommand,
  generateCommand,
  importRegisterCommand,
  importDuoCommand,
  computeCommand,
  figuresCommand,
  seriesCommand,
  serveCommand,
  personsCommand,
  explainCommand,
  duoFilesCommand,
  duoFiguresCommand,
  duoReconcileCommand,
  duoSignalsCommand,
  duoExportCommand,
  signalsLoadCommand,
  retentionCommand,
  migrateCommand,
  auditVerifyCommand,
  reportCommand,
  ...accountsCommands,
];
