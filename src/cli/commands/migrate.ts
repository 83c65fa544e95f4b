/**
 * `vsv migrate [--grant <role>]`: brings the operational store's schema up to date, as the database owner, and
 * gives the application's login role exactly what the server needs (src/store/grants.ts). The server itself only
 * checks the schema on PostgreSQL (docs/operational-store.md, "Roles").
 */
import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { readConfig } from "../../config.js";
import { VsvError } from "../../domain/errors.js";
import { grantAppPrivileges } from "../../store/grants.js";
import { migrationId, withOperationalStore } from "../../store/index.js";
import { migrations } from "../../store/migrations/index.js";

const usage = `Usage: vsv migrate [--grant <role>] [--data-dir ./data]

Brings the operational store's schema up to date: applies the migrations of this version of vsv-monitor that the
store does not have yet (src/store/migrations/), each in its own transaction. With PostgreSQL (DATABASE_URL) run it
as the role that owns the schema whenever you install a new version, before starting the server: the server only
checks that the schema is current and refuses to start otherwise. Without DATABASE_URL it migrates the embedded
PGlite store in <data-dir>/pglite (which the server also does itself).

--grant <role>  then gives that existing login role exactly the privileges the server needs, and nothing else
                (src/store/grants.ts): it reads and changes the operational tables, only adds to and reads the
                audit log. Run the server with DATABASE_URL naming that role. Run again after each upgrade.
                PostgreSQL only. See docs/operational-store.md, "Roles".`;

export const migrateCommand: Command = {
  name: ["migrate"],
  summary: "bring the operational store's schema up to date, as its owner; --grant <role>: the server's login role",
  usage,
  async run(args, io) {
    const { values, positionals, dataDir } = parseCommandArgs(args, { grant: { type: "string" } }, usage);
    if (positionals.length > 0) throw new VsvError("BAD_ARGUMENTS", `Unexpected argument "${positionals[0]}"\n\n${usage}`);
    const databaseUrl = readConfig().databaseUrl;
    const role = values.grant;
    if (role !== undefined && !databaseUrl) {
      throw new VsvError(
        "GRANT_NEEDS_POSTGRES",
        "--grant is for PostgreSQL: set DATABASE_URL to the server (as the owner of the schema). The embedded PGlite store is used by one process as its owner, so there is no role to grant",
      );
    }
    await withOperationalStore({ dataDir, databaseUrl }, async (store) => {
      const latest = migrations.at(-1);
      if (store.migrationsApplied.length === 0) {
        io.stdout.write(`The operational store is up to date (${latest ? migrationId(latest) : "no migrations"}).\n`);
      } else {
        for (const id of store.migrationsApplied) io.stdout.write(`Applied ${id}\n`);
      }
      if (role !== undefined) {
        const granted = await grantAppPrivileges(store, role);
        io.stdout.write(`Granted ${granted.role} the server's privileges on ${granted.tables} tables (src/store/grants.ts); start the server with DATABASE_URL naming that role.\n`);
      }
    });
    return 0;
  },
};
