/**
 * Indexes for the signal list's per-row lookups (src/store/signal-list.ts): a person's cases in a region, open or
 * closed (0002 has a unique index on open cases only), and absence reports by person and region.
 */
import type { Migration } from "./migration.js";

export const caseworkLookups: Migration = {
  version: 3,
  name: "casework_lookups",
  sql: `
CREATE INDEX cases_person_region ON cases (person_ref, region, opened_at DESC);
CREATE INDEX absence_reports_person_region ON absence_reports (person_ref, region);
`,
};
