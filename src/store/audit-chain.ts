/**
 * Verifying the audit log's hash chain (migration 0008; docs/audit-log.md, "Tamper evidence"). Walks the entries in
 * chain order and recomputes each hash here, with Node's SHA-256, from the entry's content as the database renders
 * it with built-in functions only — never with the functions the migration stored, which an owner could replace.
 * Reports the first broken link, or that the chain is intact with its head (the hash an operator notes elsewhere:
 * a chain cannot stop an owner who recomputes every later hash, a noted head can).
 */
import { createHash } from "node:crypto";
import type { Sql } from "./sql.js";

/** The first entry's `prev_hash`. */
export const GENESIS_HASH = Buffer.alloc(32).toString("hex");

/**
 * The text each hash covers: the same expression as `audit_log_chain_content` in migration 0008 (a change here
 * must come with a new migration that changes the trigger alike, or every entry reads as changed).
 */
const CONTENT = `pg_catalog.jsonb_build_array(l.chain_seq, l.id,
  pg_catalog.to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), l.actor_id, l.actor_role, l.action,
  l.subject_kind, l.subject_pseudonym, l.purpose, l.details, l.region, l.trace_id)::text`;

export type ChainProblem =
  /** The entry's hash does not match its content: it was edited after it was written. */
  | "content_changed"
  /** Positions are missing from the chain (entries deleted), or the head counts entries that are not there. */
  | "row_missing"
  /** The entry does not point at the hash of the entry before it (a hash rewritten, entries reordered or forged). */
  | "previous_hash_mismatch"
  /** The head (audit_log_chain_head) does not match the last entry. */
  | "head_mismatch"
  /** The entry named by `--checkpoint` does not have the hash noted earlier. */
  | "checkpoint_mismatch";

export interface ChainBreak {
  readonly problem: ChainProblem;
  /** The entry where the break shows (null: the end of the chain, or no such entry). */
  readonly id: number | null;
  /** Its position in the chain (the position expected there, for a missing entry). */
  readonly seq: number;
  /** What is wrong, in words an operator can act on. */
  readonly message: string;
}

export interface ChainHead {
  readonly entries: number;
  /** Hex SHA-256 of the last entry; GENESIS_HASH for an empty log. */
  readonly hash: string;
  readonly id: number | null;
  readonly at: Date | null;
}

export interface ChainReport {
  /** Entries that verified before the first break (all of them when intact). */
  readonly verified: number;
  /** The chain's head as the last entry that was read shows it. */
  readonly head: ChainHead;
  readonly broken: ChainBreak | null;
}

/** An entry and its expected hash, noted earlier (e.g. the head printed by an earlier verify). */
export interface ChainCheckpoint {
  readonly id: number;
  readonly hash: string;
}

interface ChainRow {
  id: number;
  at: Date;
  chain_seq: number;
  prev_hash: Uint8Array;
  hash: Uint8Array;
  content: string;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

export async function verifyAuditChain(
  sql: Sql,
  options: { readonly batchSize?: number; readonly checkpoint?: ChainCheckpoint } = {},
): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 5_000;
  let seq = 0;
  let prevHash = GENESIS_HASH;
  let last: { id: number; at: Date } | null = null;
  let checkpointSeen = false;
  const report = (broken: ChainBreak | null): ChainReport => ({
    verified: seq,
    head: { entries: seq, hash: prevHash, id: last?.id ?? null, at: last?.at ?? null },
    broken,
  });
  for (;;) {
    const rows = await sql.query<ChainRow>(
      `SELECT l.id, l.at, l.chain_seq, l.prev_hash, l.hash, ${CONTENT} AS content
       FROM audit_log l WHERE l.chain_seq > $1 ORDER BY l.chain_seq LIMIT ${batchSize}`,
      [seq],
    );
    for (const row of rows) {
      const expected = seq + 1;
      const after = last ? `after entry id ${last.id}` : "at the start of the log";
      if (row.chain_seq !== expected) {
        const gap = row.chain_seq - expected;
        return report({
          problem: "row_missing",
          id: row.id,
          seq: expected,
          message: `${gap === 1 ? "1 entry is" : `${gap} entries are`} missing ${after} (${gap > 1 ? `positions ${expected}–${row.chain_seq - 1}` : `position ${expected}`}), before entry id ${row.id}: entries were deleted`,
        });
      }
      const stored = hex(row.hash);
      const computed = createHash("sha256").update(row.prev_hash).update(row.content, "utf8").digest("hex");
      if (computed !== stored) {
        return report({
          problem: "content_changed",
          id: row.id,
          seq: expected,
          message: `entry id ${row.id} (position ${expected}) does not match its hash: its content was changed after it was written`,
        });
      }
      if (hex(row.prev_hash) !== prevHash) {
        return report({
          problem: "previous_hash_mismatch",
          id: row.id,
          seq: expected,
          message: `entry id ${row.id} (position ${expected}) does not point at the hash of the entry before it (${last ? `id ${last.id}` : "the start"}): that entry's hash was rewritten, or entries were replaced`,
        });
      }
      if (options.checkpoint && row.id === options.checkpoint.id) {
        checkpointSeen = true;
        if (stored !== options.checkpoint.hash.toLowerCase()) {
          return report({
            problem: "checkpoint_mismatch",
            id: row.id,
            seq: expected,
            message: `entry id ${row.id} has hash ${stored}, not the ${options.checkpoint.hash} noted at the checkpoint: the log up to that entry was rewritten`,
          });
        }
      }
      seq = expected;
      prevHash = stored;
      last = { id: row.id, at: row.at };
    }
    if (rows.length < batchSize) break;
  }
  if (options.checkpoint && !checkpointSeen) {
    return report({
      problem: "checkpoint_mismatch",
      id: options.checkpoint.id,
      seq: seq + 1,
      message: `entry id ${options.checkpoint.id}, named by the checkpoint, is not in the chain: it was deleted (or the checkpoint is of another store)`,
    });
  }
  const [head] = await sql.query<{ last_seq: number; last_id: number | null; last_hash: Uint8Array }>(
    "SELECT last_seq, last_id, last_hash FROM audit_log_chain_head",
  );
  if (!head) {
    return report({ problem: "head_mismatch", id: null, seq: seq + 1, message: "the chain's head (audit_log_chain_head) is gone: it was deleted" });
  }
  if (head.last_seq > seq) {
    const gap = head.last_seq - seq;
    return report({
      problem: "row_missing",
      id: head.last_id,
      seq: seq + 1,
      message: `the newest ${gap === 1 ? "entry is" : `${gap} entries are`} missing: the chain ends at position ${seq}${last ? ` (entry id ${last.id})` : ""}, its head records ${head.last_seq} (last entry id ${head.last_id}): entries were deleted`,
    });
  }
  if (head.last_seq !== seq || hex(head.last_hash) !== prevHash) {
    return report({
      problem: "head_mismatch",
      id: last?.id ?? null,
      seq,
      message: `the chain's head records position ${head.last_seq} with hash ${hex(head.last_hash)}, but the chain ends at position ${seq} with hash ${prevHash}: the head or the last entries were rewritten`,
    });
  }
  return report(null);
}
