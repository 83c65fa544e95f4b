/**
 * Absence reports as schools file them (issue 16, part 7): the period the student was absent (from–to; a single
 * day has both equal) and the school's note. Reports made before this migration keep their `reported_on` as both
 * ends of the period; new reports always fill both (src/store/absence-reports.ts).
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
ALTER TABLE absence_reports ADD CONSTRAINT absence_reports_period CHECK (absent_to >= absent_from);
`,
};
