import type { Command } from "../command.js";

/** Every subcommand of `vsv`, in the order `vsv --help` lists them. */
export const COMMANDS: readonly Command[] = [];
