/**
 * The audit log as a hash chain (issue 12, part 9; docs/audit-log.md, "Tamper evidence"). Each entry gets its
 * position in the chain (`chain_seq`, 1, 2, 3, … without gaps), the previous entry's hash (`prev_hash`; 32 zero bytes
 * for the first) and its own `hash` = SHA-256(prev_hash || the entry's content as text). A trigger computes them on
 * every INSERT, whoever writes (server, spool drain, retention job, a hand-written query), under a transaction-level
 * advisory lock so the chain stays one line however many write at once. `audit_log_chain_head` holds the last
 * position and hash, so removing the newest entries is seen too; it is moved once per statement, not per row (a row
 * updated many times in one transaction makes every later read of it slower: 30,000 entries in one INSERT took
 * 17 s that way). Existing entries are chained here, in id order.
 *
 * `vsv audit verify` (src/store/audit-chain.ts) recomputes every hash in Node from the same content expression, not
 * with the functions below, so a replaced function cannot make a changed log look intact. Keep the two equal.
 */
import type { Migration } from "./migration.js";

export const auditChain: Migration = {
  version: 8,
  name: "audit_chain",
  sql: `
CREATE TABLE audit_log_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_seq  bigint NOT NULL CHECK (last_seq >= 0),
  last_id   bigint,
  last_hash bytea NOT NULL
);

ALTER TABLE audit_log ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

-- What an entry's hash covers: every column but the hashes themselves, as text that does not depend on the
-- session (time in UTC with microseconds; jsonb's own normalised text for details).
CREATE FUNCTION audit_log_chain_content(e audit_log) RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT jsonb_build_array(e.chain_seq, e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id, e.actor_role, e.action, e.subject_kind, e.subject_pseudonym, e.purpose, e.details, e.region,
    e.trace_id)::text
$f$;

-- Chaining the entries written so far (the append-only trigger is off only inside this migration's transaction).
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete;
DO $d$
DECLARE
  e      audit_log;
  seq    bigint := 0;
  prev   bytea := decode(repeat('00', 32), 'hex');
  ids    bigint[] := '{}';
  prevs  bytea[] := '{}';
  hashes bytea[] := '{}';
BEGIN
  FOR e IN SELECT * FROM audit_log ORDER BY id LOOP
    seq := seq + 1;
    e.chain_seq := seq;
    ids := ids || e.id;
    prevs := prevs || prev;
    prev := sha256(prev || convert_to(audit_log_chain_content(e), 'UTF8'));
    hashes := hashes || prev;
  END LOOP;
  UPDATE audit_log l SET chain_seq = c.seq, prev_hash = c.prev_hash, hash = c.hash
  FROM unnest(ids, prevs, hashes) WITH ORDINALITY AS c (id, prev_hash, hash, seq)
  WHERE l.id = c.id;
  INSERT INTO audit_log_chain_head (last_seq, last_id, last_hash) VALUES (seq, ids[seq], prev);
END
$d$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete;

ALTER TABLE audit_log ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX audit_log_chain_seq ON audit_log (chain_seq);

-- The last link: the head, or an entry of the same statement past it (the head moves once per statement, below;
-- rows a statement wrote are visible to its row triggers). Reading the head, not only the newest entry, keeps a
-- deleted newest entry visible: the next entry still points at it. SECURITY DEFINER: the application's role adds
-- entries but has no right to move the head itself.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
DECLARE
  link_seq  bigint;
  link_hash bytea;
  own_seq   bigint;
  own_hash  bytea;
BEGIN
  -- One writer at a time appends, until it commits or rolls back.
  PERFORM pg_advisory_xact_lock(581734208);
  SELECT last_seq, last_hash INTO STRICT link_seq, link_hash FROM audit_log_chain_head;
  SELECT chain_seq, hash INTO own_seq, own_hash FROM audit_log ORDER BY chain_seq DESC LIMIT 1;
  IF own_seq > link_seq THEN
    link_seq := own_seq;
    link_hash := own_hash;
  END IF;
  NEW.chain_seq := link_seq + 1;
  NEW.prev_hash := link_hash;
  NEW.hash := sha256(link_hash || convert_to(audit_log_chain_content(NEW), 'UTF8'));
  RETURN NEW;
END
$f$;
-- BEFORE triggers fire in name order: "z" makes this one last, so it hashes the row as it will be stored.
CREATE TRIGGER audit_log_z_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

CREATE FUNCTION audit_log_chain_move_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
BEGIN
  UPDATE audit_log_chain_head SET last_seq = n.chain_seq, last_id = n.id, last_hash = n.hash
  FROM (SELECT chain_seq, id, hash FROM new_entries ORDER BY chain_seq DESC LIMIT 1) n;
  RETURN NULL;
END
$f$;
CREATE TRIGGER audit_log_chain_head AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_chain_move_head();
`,
};
