/** Options the `vsv duo` commands share: whose files (an institution, a region or a municipality). */
import { duoScope } from "../../engine/duo-scope.js";
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
