import type { Command } from "../command.js";
import { parseCommandArgs, splitList } from "../args.js";
import { optionalStage, requiredTeljaar } from "./options.js";
import { parseFormat, render } from "../format.js";
import { withDatabase } from "../../engine/database.js";
import { DUO_DIMENSIONS } from "../../engine/duo-dimensions.js";
import { duoFigures, flattenDuoFigure } from "../../engine/duo-figures.js";
import { describeScope, duoScope } from "../../engine/duo-scope.js";
import type { DuoScope } from "../../domain/duo/file-name.js";
import { VsvError } from "../../domain/errors.js";

/** The scope options the `vsv duo` commands share: exactly one of them. */
export const DUO_SCOPE_OPTIONS = {
  institution: { type: "string", short: "i" },
  region: { type: "string", short: "r" },
  municipality: { type: "string", short: "m" },
} as const;

export const DUO_SCOPE_HELP = `Scope (one of):
  --institution 27GZ    an institution's files (BRIN)
  --region 28           an RMC / Doorstroompunt region's files
  --municipality 0363   a municipality's files`;

/** The scope given on the command line; undefined when none is given and `required` is false. */
export function duoScopeOption(values: Record<string, unknown>, usage: string, required: true): DuoScope;
export function duoScopeOption(values: Record<string, unknown>, usage: string, required: false): DuoScope | undefined;
export function duoScopeOption(values: Record<string, unknown>, usage: string, required: boolean): DuoScope | undefined {
  const given = (["institution", "region", "municipality"] as const).filter((k) => typeof values[k] === "string");
  if (given.length > 1) {
    throw new VsvError("BAD_ARGUMENTS", `Give one scope, not ${given.map((k) => `--${k}`).join(" and ")}: the files of an institution, a region or a municipality\n\n${usage}`);
  }
  const kind = given[0];
  if (kind === undefined) {
    if (required) throw new VsvError("MISSING_SCOPE", `Say whose files: --institution 27GZ, --region 28 or --municipality 0363\n\n${usage}`);
    return undefined;
  }
  return duoScope(kind, values[kind] as string);
}

const usage = `Usage: vsv duo figures (--institution 27GZ | --region 28 | --municipality 0363) --teljaar 2022-2023
                        [--stage preliminary|definitive] [--by level,leerweg,...] [--format table|csv|json] [--data-dir ./data]

The figures DUO derives from its files: start population (rows of the NRSP), vsv'ers (rows of the
NenR) and the vsv percentage, in total or split by breakdowns; per level the mbo norm of the teljaar.
A NenR person missing from the NRSP counts as vsv'er all the same (DUO's count); the column
vsv_not_in_start_population shows how many (details: vsv duo reconcile).
Default stage: definitive when a definitive NRSP or NenR is imported, else preliminary. With the
definitive stage the preliminary figures stand beside them (preliminary_*) when imported.

${DUO_SCOPE_HELP}

Breakdowns (--by):
${DUO_DIMENSIONS.map((d) => `  ${d.name.padEnd(20)}${d.description}`).join("\n")}`;

export const duoFiguresCommand: Command = {
  name: ["duo", "figures"],
  summary: "figures from imported DUO files: start population, vsv, percentage, norms",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(
      args,
      { ...DUO_SCOPE_OPTIONS, teljaar: { type: "string", short: "t" }, stage: { type: "string", short: "s" }, by: { type: "string", short: "b" }, format: { type: "string", short: "f" } },
      usage,
    );
    const scope = duoScopeOption(values, usage, true);
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const stage = optionalStage(values.stage);
    const by = splitList(values.by);
    const format = parseFormat(values.format);
    const result = await withDatabase(dataDir, (db) => duoFigures(db.connection, { scope, teljaar, stage, by }), { readOnly: true });
    const rows = result.rows.map((f) => flattenDuoFigure(f, result));
    if (format === "table") {
      const chosen = result.stage_chosen === "default" ? (result.stage === "definitive" ? " (definitive files imported)" : " (no definitive files imported)") : "";
      const beside = result.with_preliminary ? ", preliminary figures beside them" : "";
      io.stderr.write(`vsv duo figures ${describeScope(scope)} ${teljaar}, ${result.stage}${chosen}${beside}: start population from ${result.files.nrsp}, vsv from ${result.files.nenr}\n`);
      const missing = result.rows.reduce((n, r) => n + r.vsv_not_in_start_population, 0);
      if (missing > 0) {
        io.stderr.write(`${missing} vsv'er(s) of the NenR are not in the NRSP: counted as DUO counts them (vsv_not_in_start_population); see vsv duo reconcile\n`);
      }
      const hidden = new Set(["scope_kind", "scope_code", "teljaar", "stage"]);
      io.stdout.write(render(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !hidden.has(k)))), format));
    } else {
      io.stdout.write(render(rows, format));
    }
    return 0;
  },
};
