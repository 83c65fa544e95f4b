/**
 * Row-level security on every table that holds person data (issue 12, part 1). The server sets the actor's scope
 * per transaction (`vsv.scope`, a JSON object of regions and institutions, with `SET LOCAL ROLE vsv_scoped`:
 * src/store/scope.ts); the policies let through only rows that `vsv_may_touch` — the SQL twin of `mayTouch` in
 * src/domain/casework/access.ts — allows. Nothing set: nothing visible. FORCE makes the policies hold for the
 * tables' owner too; only a superuser passes without them, which is why scoped work runs as the non-superuser
 * role `vsv_scoped`. docs/auth.md, "Scope in the database".
 */
import type { Migration } from "./migration.js";

export const rowLevelSecurity: Migration = {
  version: 7,
  name: "row_level_security",
  sql: `
-- Roles are shared by every database of a PostgreSQL server: create it once, and let concurrent first runs
-- (several databases migrating at the same time) both succeed.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vsv_scoped') THEN
    BEGIN
      CREATE ROLE vsv_scoped NOLOGIN NOSUPERUSER NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  -- The owner running the application must be able to SET ROLE vsv_scoped (a superuser always can).
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, 'vsv_scoped', 'MEMBER') THEN
    EXECUTE format('GRANT vsv_scoped TO %I', current_user);
  END IF;
END
$$;

-- The scope of the current transaction, parsed from the setting vsv.scope ('' or unset: nothing).
CREATE FUNCTION vsv_scope() RETURNS jsonb LANGUAGE sql STABLE AS $f$
  SELECT coalesce(nullif(current_setting('vsv.scope', true), '')::jsonb, '{}'::jsonb)
$f$;
CREATE FUNCTION vsv_scope_regions() RETURNS text[] LANGUAGE sql STABLE AS $f$
  SELECT coalesce(array(SELECT jsonb_array_elements_text(vsv_scope() -> 'regions')), '{}')
$f$;
CREATE FUNCTION vsv_scope_institutions() RETURNS text[] LANGUAGE sql STABLE AS $f$
  SELECT coalesce(array(SELECT jsonb_array_elements_text(vsv_scope() -> 'institutions')), '{}')
$f$;
-- The system's own jobs (loading signal lists, retention) act on every row; never set for a user's request.
CREATE FUNCTION vsv_scope_is_system() RETURNS boolean LANGUAGE sql STABLE AS $f$
  SELECT coalesce((vsv_scope() ->> 'system')::boolean, false)
$f$;

-- The rule itself, as a pure function of a place and a scope: a region in scope reaches everything of that region;
-- an institution in scope reaches the signal-list rows and absence reports of that institution, never cases.
-- The policies pass the scope in scalar sub-selects: the function is inlined into each policy (it is a plain SQL
-- expression) and the sub-selects become init plans, evaluated once per statement instead of once per row — reading
-- the setting for every row made a signal-list page 3.5 times slower (docs/benchmarks.md, "Row-level security").
CREATE FUNCTION vsv_may_touch(kind text, region text, institution text, scope_regions text[], scope_institutions text[], scope_system boolean)
  RETURNS boolean LANGUAGE sql IMMUTABLE AS $f$
  SELECT scope_system
      OR region = ANY (scope_regions)
      OR (kind <> 'case' AND institution IS NOT NULL AND institution = ANY (scope_institutions))
$f$;

ALTER TABLE signals ENABLE ROW LEVEL SECURITY;
ALTER TABLE signals FORCE ROW LEVEL SECURITY;
CREATE POLICY signals_in_scope ON signals
  USING (vsv_may_touch('signal', region, institution, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system()))) WITH CHECK (vsv_may_touch('signal', region, institution, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())));

ALTER TABLE absence_reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE absence_reports FORCE ROW LEVEL SECURITY;
CREATE POLICY absence_reports_in_scope ON absence_reports
  USING (vsv_may_touch('absence_report', region, institution, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system()))) WITH CHECK (vsv_may_touch('absence_report', region, institution, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())));

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE cases FORCE ROW LEVEL SECURITY;
CREATE POLICY cases_in_scope ON cases
  USING (vsv_may_touch('case', region, NULL, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system()))) WITH CHECK (vsv_may_touch('case', region, NULL, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())));

-- Contacts and history follow their case: the subquery on cases is itself under the cases policy.
ALTER TABLE case_contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_contacts FORCE ROW LEVEL SECURITY;
CREATE POLICY case_contacts_in_scope ON case_contacts
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_events FORCE ROW LEVEL SECURITY;
CREATE POLICY case_events_in_scope ON case_events
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

-- What scoped work needs, and no more: the person tables; the names of accounts (not their password hashes) for
-- officer names; scopes for assigning officers; adding audit entries (the log itself is append-only).
GRANT USAGE ON SCHEMA public TO vsv_scoped;
GRANT SELECT, INSERT, UPDATE, DELETE ON signals, absence_reports, cases, case_contacts, case_events TO vsv_scoped;
GRANT SELECT (id, username, display_name, role, created_at, disabled_at) ON accounts TO vsv_scoped;
GRANT SELECT ON account_scopes TO vsv_scoped;
GRANT INSERT ON audit_log TO vsv_scoped;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO vsv_scoped;
GRANT EXECUTE ON FUNCTION vsv_scope(), vsv_scope_regions(), vsv_scope_institutions(), vsv_scope_is_system(), vsv_may_touch(text, text, text, text[], text[], boolean) TO vsv_scoped;
`,
};
