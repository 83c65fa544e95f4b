/**
 * People an officer can recognise and a worklist for the new law (issue 16, parts 1, 3 and 5):
 * - the signal rows carry the person's contact details (from DUO's files, or from the register's optional person
 *   columns: docs/register-format.md);
 * - a third list, `target_group`: the Doorstroompunt's target group under the Wet van school naar duurzaam werk
 *   (leavers of vso, pro, entree and mbo-2 BOL, and vsv'ers, younger than 27, not in education and not working
 *   12+ hours), with the group each row belongs to;
 * - `person_history`: what the analytics store holds about each listed person's school career (enrolments,
 *   diplomas, months on the possible list), loaded with the lists, for the person page. A history row is visible
 *   exactly when its person is: on a signal row in scope, or in a case in scope (row-level security below).
 */
import type { Migration } from "./migration.js";

export const personDetails: Migration = {
  version: 9,
  name: "person_details",
  sql: `
ALTER TABLE signals
  ADD COLUMN street       text,
  ADD COLUMN house_number text,
  ADD COLUMN postcode     text,
  ADD COLUMN residence    text,
  ADD COLUMN phone        text,
  ADD COLUMN email        text,
  ADD COLUMN target_group text CHECK (target_group IN ('vso', 'pro', 'entree', 'mbo2_bol', 'vsv'));
ALTER TABLE signals DROP CONSTRAINT signals_list_check;
ALTER TABLE signals ADD CONSTRAINT signals_list_check CHECK (list IN ('possible', 'definitive', 'target_group'));
ALTER TABLE signals ADD CONSTRAINT signals_target_group_on_list CHECK ((list = 'target_group') = (target_group IS NOT NULL));
-- Searching by birth date and by the start of a family name (lower-cased, without voorvoegsel handling: the query
-- compares lower(family_name)); a name fragment elsewhere in the name is a scan of the region's rows.
CREATE INDEX signals_birth_date ON signals (birth_date);
CREATE INDEX signals_family_name ON signals (lower(family_name) text_pattern_ops);

CREATE TABLE person_history (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_ref       text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('enrolment', 'diploma', 'signal_month', 'job')),
  -- enrolment: start and end; diploma: the date in from_date; signal_month: the month's first day; job: from and to.
  from_date        date,
  to_date          date,
  institution      text,
  institution_name text,
  location         text,
  sector           text,
  level            text,
  leerweg          text,
  programme        text,
  programme_name   text,
  funded           boolean,
  hours_per_week   numeric(5, 1),
  -- signal_month: why on the list that month (DUO's REDEN; the engine: GEEN INSCHRIJVING); enrolment: reason of leaving when known.
  reason           text,
  source           text NOT NULL CHECK (source IN ('engine', 'duo')),
  loaded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_history_person ON person_history (person_ref, kind, from_date);

ALTER TABLE person_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_history FORCE ROW LEVEL SECURITY;
-- Visible when the person is: the sub-selects on signals and cases are themselves under those tables' policies.
CREATE POLICY person_history_in_scope ON person_history
  USING ((SELECT vsv_scope_is_system()) OR EXISTS (SELECT 1 FROM signals s WHERE s.person_ref = person_history.person_ref)
         OR EXISTS (SELECT 1 FROM cases c WHERE c.person_ref = person_history.person_ref))
  WITH CHECK ((SELECT vsv_scope_is_system()));
GRANT SELECT, INSERT, DELETE ON person_history TO vsv_scoped;
`,
};
