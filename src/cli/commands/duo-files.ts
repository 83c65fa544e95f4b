import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { parseFormat, render } from "../format.js";
import { DUO_SCOPE_HELP, DUO_SCOPE_OPTIONS, duoScopeOption } from "./duo-options.js";
import { withDatabase } from "../../engine/database.js";
import { listDuoFiles, listDuoImportLog } from "../../engine/duo-scope.js";
import { parseTeljaar } from "../../domain/teljaar.js";

const usage = `Usage: vsv duo files [--institution 27GZ | --region 28 | --municipality 0363] [--teljaar 2022-2023]
                      [--log] [--format table|csv|json] [--data-dir ./data]

The imported DUO files: the current version of each report (kind, teljaar, report month, stage,
scope, rows, data-quality warnings, when and by whom imported). With --log: every version ever
imported, replaced ones included, oldest first.

${DUO_SCOPE_HELP}`;

export const duoFilesCommand: Command = {
  name: ["duo", "files"],
  summary: "the imported DUO files, or with --log every version ever imported",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(
      args,
      { ...DUO_SCOPE_OPTIONS, teljaar: { type: "string", short: "t" }, log: { type: "boolean" }, format: { type: "string", short: "f" } },
      usage,
    );
    const scope = duoScopeOption(values, usage, false);
    const teljaar = typeof values.teljaar === "string" ? parseTeljaar(values.teljaar) : undefined;
    const format = parseFormat(values.format);
    const filter = { ...(scope ? { scope } : {}), ...(teljaar ? { teljaar } : {}) };
    const rows = await withDatabase(
      dataDir,
      async (db) => (values.log === true ? (await listDuoImportLog(db.connection, filter)).map((r) => ({ ...r })) : (await listDuoFiles(db.connection, filter)).map((r) => ({ ...r }))),
      { readOnly: true },
    );
    if (rows.length === 0) io.stderr.write(`No DUO files are imported${scope || teljaar ? " for that selection" : " yet"}: import them with \`vsv import duo <folder>\`\n`);
    if (format === "table") {
      // The checksum and the internal ids are for json/csv; the table stays readable.
      const hidden = new Set(["checksum", "replaced_checksum", "file_id", "log_id"]);
      io.stdout.write(rows.length ? render(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !hidden.has(k)))), format) : "");
    } else {
      io.stdout.write(render(rows, format));
    }
    return 0;
  },
};
