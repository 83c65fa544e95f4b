/**
 * The target-group worklist (list `target_group`, migration 0009) is the Doorstroompunt's: a school's scope never
 * reaches it, whatever a query forgets (issue 16; docs/target-group.md). The signals policy of migration 0007 let an
 * institution in scope reach every row of that institution; a target-group row is now judged as case work is — by
 * its region only. The person history follows (its policy asks whether a signal row of the person is visible).
 */
import type { Migration } from "./migration.js";

export const targetGroupScope: Migration = {
  version: 15,
  name: "target_group_scope",
  sql: `
DROP POLICY signals_in_scope ON signals;
CREATE POLICY signals_in_scope ON signals
  USING (vsv_may_touch(CASE WHEN list = 'target_group' THEN 'case' ELSE 'signal' END, region, institution, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())))
  WITH CHECK (vsv_may_touch(CASE WHEN list = 'target_group' THEN 'case' ELSE 'signal' END, region, institution, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())));
`,
};
