import type { Command } from "../command.js";
import { auditCliUse } from "../audit.js";
import { parseCommandArgs } from "../args.js";
import { requiredTeljaar } from "./options.js";
import { parseFormat, render } from "../format.js";
import { DUO_SCOPE_HELP, DUO_SCOPE_OPTIONS, duoScopeOption } from "./duo-options.js";
import { withDatabase } from "../../engine/database.js";
import { describeScope } from "../../engine/duo-scope.js";
import { duoReconcile, reconcileSummary } from "../../engine/duo-reconcile.js";

const usage = `Usage: vsv duo reconcile (--institution 27GZ | --region 28 | --municipality 0363) --teljaar 2022-2023
                          [--format table|json] [--data-dir ./data]

Every person on whom the imported DUO files of a scope and teljaar disagree, by kind:
  in_nenr_not_in_nrsp                in a NenR but not in the NRSP of the same stage (counted as vsv all the same)
  signalled_not_in_nenr              on an A04/A14 of the teljaar but not in the definitive NenR;
                                     reason: returned (off the last list) or still_listed
  in_nenr_never_signalled            in a NenR but on no imported A04/A14
  duplicates                         the same person more than once within one file
  changed_preliminary_to_definitive  added to or removed from the NRSP or NenR between the stages
The table gives the counts per kind; --format json lists the persons (person number and
non-identifying context only: level, stage, months, lines).

${DUO_SCOPE_HELP}`;

export const duoReconcileCommand: Command = {
  name: ["duo", "reconcile"],
  summary: "persons on whom the imported DUO files disagree, by kind",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { ...DUO_SCOPE_OPTIONS, teljaar: { type: "string", short: "t" }, format: { type: "string", short: "f" } }, usage);
    const scope = duoScopeOption(values, usage, true);
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const format = parseFormat(values.format, ["table", "json"]);
    const result = await withDatabase(dataDir, (db) => duoReconcile(db.connection, { scope, teljaar }), { readOnly: true });
    io.stderr.write(`vsv duo reconcile ${describeScope(scope)} ${teljaar}\n`);
    for (const note of result.notes) io.stderr.write(`note: ${note}\n`);
    if (format === "json") {
      // One object whose every key is a discrepancy kind with its array of persons; counts are the
      // arrays' lengths, and the notes went to stderr above.
      const { counts: _counts, notes: _notes, ...kinds } = result;
      const personKeys = [...new Set(Object.values(kinds).flatMap((list) => (list as readonly { person_key: string | null }[]).flatMap((p) => (p.person_key ? [p.person_key] : []))))];
      await auditCliUse(dataDir, io, {
        command: "duo reconcile",
        action: "read",
        activity: "analysis",
        subjectKind: "person",
        personKeys,
        details: { scope: describeScope(scope), teljaar, persons: personKeys.length },
      });
      io.stdout.write(`${JSON.stringify(kinds, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(render(reconcileSummary(result).map((r) => ({ ...r })), "table"));
    return 0;
  },
};
