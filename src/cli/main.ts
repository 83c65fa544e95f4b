#!/usr/bin/env node
/** The `vsv` command: finds the subcommand and runs it; errors become a message and exit code 1. */
import { loadAllCommands, loadCommandsFor } from "./commands/index.js";
import type { CliIo, Command } from "./command.js";
import { isVsvError } from "../domain/errors.js";

export async function helpText(): Promise<string> {
  const COMMANDS = await loadAllCommands();
  const width = Math.max(...COMMANDS.map((c) => c.name.join(" ").length), 8);
  return [
    "vsv - vsv-monitor: official figures on early school leaving (voortijdig schoolverlaten)",
    "",
    "Usage: vsv <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.join(" ").padEnd(width)}  ${c.summary}`),
    "",
    "Every command takes --data-dir <folder> (default ./data, or $VSV_DATA_DIR) and --help.",
    "Progress goes to stderr, results to stdout.",
  ].join("\n");
}

/** The command `argv` names (the longest match), loading only the modules of its first word. */
export async function findCommand(argv: string[]): Promise<{ found?: { command: Command; rest: string[] }; group: readonly Command[] }> {
  const group = await loadCommandsFor(argv);
  let found: { command: Command; rest: string[] } | undefined;
  for (const c of group) {
    if (c.name.every((w, i) => argv[i] === w) && (!found || c.name.length > found.command.name.length)) {
      found = { command: c, rest: argv.slice(c.name.length) };
    }
  }
  return found ? { found, group } : { group };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    io.stdout.write(`${await helpText()}\n`);
    return argv.length === 0 ? 1 : 0;
  }
  const { found, group } = await findCommand(argv);
  if (!found) {
    const hint = group.length > 0 ? `\n\nDid you mean:\n${group.map((c) => `  vsv ${c.name.join(" ")}`).join("\n")}` : "\n\nRun vsv --help for the list of commands.";
    io.stderr.write(`vsv: unknown command "${argv.join(" ")}"${hint}\n`);
    return 2;
  }
  if (found.rest.includes("--help") || found.rest.includes("-h")) {
    io.stdout.write(`${found.command.usage}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (e) {
    if (isVsvError(e)) {
      io.stderr.write(`vsv ${found.command.name.join(" ")}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("/dist/cli/main.js");
if (isMain) {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, interactive: Boolean(process.stderr.isTTY) };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`vsv: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
