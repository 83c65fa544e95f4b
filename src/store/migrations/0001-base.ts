/** The base schema: accounts with their role and scope, and the append-only audit log (issue 5, parts 1, 2 and 6). */
import type { Migration } from "./migration.js";

export const base: Migration = {
  version: 1,
  name: "base",
  sql: `
CREATE TABLE accounts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  -- NULL for accounts that only log in through OIDC.
  password_hash text,
  role          text NOT NULL CHECK (role IN ('national_analyst', 'regional_officer', 'regional_coordinator', 'school_user', 'administrator')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  disabled_at   timestamptz
);

-- What part of the country an account may see: RMC regions, institutions (BRIN), or the whole country (code 'NL').
CREATE TABLE account_scopes (
  account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  scope_kind text NOT NULL CHECK (scope_kind IN ('region', 'institution', 'national')),
  scope_code text NOT NULL,
  PRIMARY KEY (account_id, scope_kind, scope_code),
  CHECK ((scope_kind = 'national') = (scope_code = 'NL'))
);

-- Logboek dataverwerkingen: who did what to which person's data, when, and why.
-- actor_id is deliberately not a foreign key: entries outlive the accounts they name, and
-- ON DELETE SET NULL would be an UPDATE, which this table refuses.
CREATE TABLE audit_log (
  id                bigserial PRIMARY KEY,
  at                timestamptz NOT NULL DEFAULT now(),
  actor_id          bigint,
  actor_role        text NOT NULL,
  action            text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'denied')),
  subject_kind      text,
  -- A keyed hash of the person id, never the BSN itself; the check catches the plainest mistake.
  subject_pseudonym text CHECK (subject_pseudonym !~ '^[0-9]{8,9}$'),
  purpose           text NOT NULL CHECK (purpose <> ''),
  details           jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_subject ON audit_log (subject_pseudonym);

-- Append-only in the database itself, so no code path (or hand-written query) can rewrite history.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Entries can only be added (INSERT). Correct a wrong entry by adding a new one that refers to it.';
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
`,
};
