import { parseArgs, type ParseArgsConfig } from "node:util";
import { VsvError } from "../domain/errors.js";
import { readConfig } from "../config.js";
import path from "node:path";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  "data-dir": { type: "string" },
  help: { type: "boolean", short: "h" },
  quiet: { type: "boolean", short: "q" },
} as const satisfies Options;

export interface Parsed<V> {
  readonly values: V;
  readonly positionals: string[];
  readonly dataDir: string;
}

export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new VsvError("BAD_ARGUMENTS", `${(e as Error).message}\n\n${usage}`);
  }
  const values = parsed.values as Record<string, unknown>;
  const dataDir = typeof values["data-dir"] === "string" ? path.resolve(values["data-dir"]) : readConfig().dataDir;
  return { values: parsed.values, positionals: parsed.positionals, dataDir, help: values.help === true, quiet: values.quiet === true };
}

/** Splits `a,b,c` into trimmed non-empty parts. */
export function splitList(text: string | undefined): string[] {
  if (!text) return [];
  return text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}
