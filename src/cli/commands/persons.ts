import { once } from "node:events";
import path from "node:path";
import type { Command } from "../command.js";
import { auditCliUse } from "../audit.js";
import { parseCommandArgs } from "../args.js";
import { TELJAAR_OPTIONS, optionalStage, requiredTeljaar } from "./options.js";
import { withDatabase } from "../../engine/database.js";
import { PERSON_COLUMNS, type PersonsQuery, streamPersons, writePersonsFile } from "../../engine/persons.js";
import { currentRuns, requireStage } from "../../engine/runs.js";
import { officialDefinition, parseDefinition } from "../../domain/definition.js";
import { VsvError } from "../../domain/errors.js";
import { parseFormat } from "../format.js";
import { csvLine } from "../../domain/csv.js";
import { startProgress } from "../progress.js";

const usage = `Usage: vsv persons --teljaar 2023-2024 [--definition 23|27] [--stage preliminary|definitive] [--only start-population|vsv] [--format csv|json] [--out file] [--data-dir ./data]

One row per person of the register: in the start population or not, vsv'er or not, the exclusion
(empty when none) and the attribution of the main enrolment. Every figure is a sum over this list.
Columns: ${PERSON_COLUMNS.join(", ")}.
Person-level data: keep the output in the closed environment it belongs to.
--out writes the list to a file directly (fastest for a national register).`;

export const personsCommand: Command = {
  name: ["persons"],
  summary: "the per-person list behind every figure (closed use)",
  usage,
  async run(args, io) {
    const { values, dataDir, quiet } = parseCommandArgs(
      args,
      { ...TELJAAR_OPTIONS, only: { type: "string" }, format: { type: "string", short: "f" }, out: { type: "string", short: "o" } },
      usage,
    );
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const definition = typeof values.definition === "string" ? parseDefinition(values.definition) : officialDefinition(teljaar);
    const format = parseFormat(values.format, ["csv", "json"]) as "csv" | "json";
    const only = values.only;
    if (only !== undefined && only !== "start-population" && only !== "vsv") {
      throw new VsvError("BAD_ARGUMENTS", `--only "${only}" is not valid: use start-population or vsv`);
    }
    await withDatabase(
      dataDir,
      async (db) => {
        const stage = requireStage(await currentRuns(db.connection), teljaar, optionalStage(values.stage));
        const q: PersonsQuery = { teljaar, definition, stage, only };
        // One entry for the whole population: the selection names exactly which persons (docs/audit-log.md).
        await auditCliUse(dataDir, io, {
          command: "persons",
          action: "export",
          activity: "analysis",
          subjectKind: "population",
          details: { teljaar, definition, stage, only: only ?? "all", out: typeof values.out === "string" ? "file" : "stdout", format },
        });
        const progress = startProgress("Writing the per-person list", { stream: io.stderr, quiet });
        if (typeof values.out === "string") {
          await writePersonsFile(db.connection, q, path.resolve(values.out), format);
          progress.done(`written to ${values.out}`);
          return;
        }
        let n = 0;
        const write = async (text: string) => {
          if (!io.stdout.write(text)) await once(io.stdout, "drain");
        };
        if (format === "csv") await write(csvLine(PERSON_COLUMNS));
        else await write("[");
        for await (const rows of streamPersons(db.connection, q)) {
          let chunk = "";
          for (const r of rows) {
            if (format === "csv") chunk += csvLine(r as (string | number | boolean | null)[]);
            else chunk += `${n === 0 ? "\n" : ",\n"}${JSON.stringify(Object.fromEntries(PERSON_COLUMNS.map((c, i) => [c, r[i] ?? (c === "exclusion" ? "" : null)])))}`;
            n += 1;
          }
          await write(chunk);
          progress.update(n);
        }
        if (format === "json") await write("\n]\n");
        progress.done(`${n.toLocaleString("en-US")} persons`);
      },
      { readOnly: true },
    );
    return 0;
  },
};
