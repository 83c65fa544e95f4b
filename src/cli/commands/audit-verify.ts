/**
 * `vsv audit verify [--checkpoint <id>:<hash>]`: walks the audit log's hash chain and reports the first broken link,
 * or that it is intact with its head hash to note elsewhere (docs/audit-log.md, "Tamper evidence").
 */
import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { readConfig } from "../../config.js";
import { VsvError } from "../../domain/errors.js";
import { type ChainCheckpoint, type ChainProblem, verifyAuditChain } from "../../store/audit-chain.js";
import { withOperationalStore } from "../../store/index.js";

const usage = `Usage: vsv audit verify [--checkpoint <id>:<hash>] [--data-dir ./data]

Checks that the audit log (Logboek dataverwerkingen) is as it was written: recomputes the hash chain that links
every entry to the one before it, and reports the first broken link (an entry changed, entries deleted, a hash
rewritten) with exit code 1, or "intact" with the number of entries and the head hash (exit code 0).
Note the head hash somewhere the database owner cannot change it (a ticket, a signed e-mail): a chain alone cannot
stop an owner who rewrites every later hash as well, but a noted hash can. --checkpoint <id>:<hash> checks that the
entry with that id still has the hash noted then. Reads only; run it as the application's role or the owner.
The operational store is PostgreSQL at DATABASE_URL, else PGlite in <data-dir>/pglite (stop the server first).`;

const PROBLEMS: Record<ChainProblem, string> = {
  content_changed: "content changed",
  row_missing: "row missing",
  previous_hash_mismatch: "previous hash mismatch",
  head_mismatch: "head mismatch",
  checkpoint_mismatch: "checkpoint mismatch",
};

function parseCheckpoint(text: unknown): ChainCheckpoint | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{1,15}):([0-9a-fA-F]{64})$/.exec(String(text));
  if (!m) throw new VsvError("BAD_ARGUMENTS", `--checkpoint "${String(text)}" is not <entry id>:<hash>: use what vsv audit verify printed, e.g. --checkpoint 1234:${"ab".repeat(32)}`);
  return { id: Number(m[1]), hash: m[2]!.toLowerCase() };
}

export const auditVerifyCommand: Command = {
  name: ["audit", "verify"],
  summary: "check the audit log's hash chain; prints the first broken link or the head hash",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { checkpoint: { type: "string" } }, usage);
    const checkpoint = parseCheckpoint(values.checkpoint);
    const report = await withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl, postgresSchema: "check" }, (store) =>
      verifyAuditChain(store, { checkpoint }),
    );
    const count = `${report.verified.toLocaleString("en-US")} ${report.verified === 1 ? "entry" : "entries"}`;
    if (report.broken) {
      const b = report.broken;
      io.stdout.write(`Audit log BROKEN at ${b.id === null ? `position ${b.seq}` : `entry id ${b.id}`}: ${PROBLEMS[b.problem]}: ${b.message}.\n`);
      const upTo = `(up to hash ${report.head.hash})`;
      const n = report.verified;
      io.stdout.write(n === 0 ? "No entry before it verifies.\n" : n === 1 ? `The entry before it verifies ${upTo}.\n` : `The ${count} before it verify ${upTo}.\n`);
      return 1;
    }
    const { head } = report;
    const where = head.id === null ? "the log is empty" : `entry id ${head.id} of ${head.at?.toISOString()}`;
    io.stdout.write(`Audit log intact: ${count}, head hash ${head.hash} (${where}).\n`);
    if (head.id !== null) {
      io.stdout.write(`Note it where the database owner cannot change it; check it later with: vsv audit verify --checkpoint ${head.id}:${head.hash}\n`);
    }
    return 0;
  },
};
