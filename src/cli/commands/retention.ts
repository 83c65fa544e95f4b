import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { parseFormat, render } from "../format.js";
import { readConfig } from "../../config.js";
import { VsvError } from "../../domain/errors.js";
import { RETENTION } from "../../domain/casework/retention.js";
import { withOperationalStore } from "../../store/index.js";
import { runRetention } from "../../store/retention.js";

const usage = `Usage: vsv retention run [--now YYYY-MM-DD] [--format table|csv|json] [--data-dir ./data]

Removes person data of the closed part past its retention period (docs/casework.md, "Retention"):
closed cases ${RETENTION.closedCaseYears} years after closing (with their contacts and history), absence reports
${RETENTION.absenceReportYears} years after the report unless linked to an open case, signal-list rows of teljaren
more than ${RETENTION.signalTeljaren} school years back, login attempts after ${RETENTION.loginAttemptDays} days and expired sessions. Writes one
audit entry with the counts; the audit log itself is not touched. The server runs this job daily;
run it by hand when the server is stopped (the embedded store is used by one process at a time),
or at any time against PostgreSQL (DATABASE_URL). Prints what was removed.
--now computes the cut-offs from that day instead of today (e.g. to see what a later run removes).`;

function parseNow(text: unknown): Date {
  if (text === undefined) return new Date();
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(new Date(`${text}T00:00:00Z`).getTime())) {
    throw new VsvError("BAD_ARGUMENTS", `--now "${String(text)}" is not a date: use YYYY-MM-DD, e.g. --now 2030-01-31`);
  }
  return new Date(`${text}T00:00:00Z`);
}

export const retentionCommand: Command = {
  name: ["retention", "run"],
  summary: "remove person data past its retention period (closed cases, absence reports, old signal lists)",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { now: { type: "string" }, format: { type: "string", short: "f" } }, usage);
    const now = parseNow(values.now);
    const format = parseFormat(values.format);
    const result = await withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl }, (sql) => runRetention(sql, now));
    const c = result.cutoffs;
    const before: Record<string, string> = {
      closed_cases: `closed before ${c.closedCasesBefore.toISOString().slice(0, 10)}`,
      case_contacts: "of those cases",
      case_events: "of those cases",
      absence_reports: `reported before ${c.absenceReportsBefore}, not linked to an open case`,
      signals: `teljaren before ${c.signalsTeljaarBefore}`,
      login_attempts: `before ${c.loginAttemptsBefore.toISOString().slice(0, 10)}`,
      sessions: `expired before ${now.toISOString()}`,
    };
    const rows = Object.entries(result.removed).map(([what, removed]) => ({ what, removed, rule: before[what] ?? "" }));
    io.stdout.write(format === "json" ? JSON.stringify({ now: now.toISOString(), removed: result.removed, cutoffs: c }, null, 2) + "\n" : render(rows, format));
    return 0;
  },
};
