/** One subcommand of `vsv`. Commands are thin: they parse arguments and call engine functions. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Progress and messages go to stderr; results to stdout. */
  readonly interactive: boolean;
}

export interface Command {
  /** Words of the command, e.g. ["import", "register"]. */
  readonly name: readonly string[];
  readonly summary: string;
  /** Usage text shown by `vsv <command> --help`. */
  readonly usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
