/**
 * Absence reports as schools file them (issue 16, part 7): the period the student was absent (from–to; a single
 * day has both equal) and the school's note. Reports made before this migration keep their `reported_on` as both
 * ends of the period. Both ends are required: the store always fills them (src/store/absence-reports.ts); an insert
 * that leaves them out (older tools, hand-written SQL) gets `reported_on` for the period from a trigger, as the
 * reports before this migration did.
 */
import type { Migration } from "./migration.js";

export const absenceDetails: Migration = {
  version: 10,
  name: "absence_details",
  sql: `
ALTER TABLE absence_reports
  ADD COLUMN absent_from date,
  ADD COLUMN absent_to   date,
  ADD COLUMN note        text NOT NULL DEFAULT '';
UPDATE absence_reports SET absent_from = reported_on, absent_to = reported_on;
CREATE FUNCTION absence_reports_fill_period() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  NEW.absent_from := coalesce(NEW.absent_from, NEW.reported_on);
  NEW.absent_to := coalesce(NEW.absent_to, NEW.absent_from);
  RETURN NEW;
END
$f$;
CREATE TRIGGER absence_reports_period BEFORE INSERT ON absence_reports FOR EACH ROW EXECUTE FUNCTION absence_reports_fill_period();
ALTER TABLE absence_reports
  ALTER COLUMN absent_from SET NOT NULL,
  ALTER COLUMN absent_to SET NOT NULL,
  ADD CONSTRAINT absence_reports_period CHECK (absent_to >= absent_from),
  ADD CONSTRAINT absence_reports_note_length CHECK (length(note) <= 2000);
`,
};
