/**
 * Finding a person by the start of their reference (issue 16, part 2: `p3744` finds `p3744ca62…`): a btree on the
 * reference that LIKE 'prefix%' can use whatever the database's collation (text_pattern_ops), on the signal rows
 * and on cases. The existing signals_person / cases_person_region indexes serve equality only under a non-C
 * collation. Names are matched as words anywhere in the name (a scan of the actor's regions' rows, which the
 * benchmark in bench/search.ts keeps under 200 ms at Amsterdam's size); birth dates use signals_birth_date (0009).
 */
import type { Migration } from "./migration.js";

export const searchIndexes: Migration = {
  version: 13,
  name: "search_indexes",
  sql: `
CREATE INDEX signals_person_prefix ON signals (person_ref text_pattern_ops);
CREATE INDEX cases_person_prefix ON cases (person_ref text_pattern_ops);
`,
};
