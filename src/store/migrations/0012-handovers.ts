/**
 * Handover that carries everything (issue 16, part 4). A handover is a row both regions can see: the sending case,
 * the receiving case, the sender's note, the next step and its due date, when it was sent, and when the receiving
 * region took it in (a coordinator assigned it). The sending region sees that it was received, never the
 * receiving case itself (cases stay under their own region's policy). The person's name travels with the handover
 * (family_name, given_names as the sending region knew them): the receiving region's signal list may not hold the
 * person, and its coordinator must know whom the case is about.
 */
import type { Migration } from "./migration.js";

export const handovers: Migration = {
  version: 12,
  name: "handovers",
  sql: `
CREATE TABLE handovers (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_ref     text NOT NULL,
  from_case      bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  to_case        bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_region    text NOT NULL,
  to_region      text NOT NULL,
  family_name    text,
  given_names    text,
  note           text NOT NULL DEFAULT '',
  next_step      text,
  next_step_due  date,
  sent_by        bigint REFERENCES accounts (id) ON DELETE SET NULL,
  sent_at        timestamptz NOT NULL DEFAULT now(),
  received_at    timestamptz,
  received_by    bigint REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX handovers_to ON handovers (to_region, received_at);
CREATE INDEX handovers_from ON handovers (from_region, sent_at);
CREATE INDEX handovers_to_case ON handovers (to_case);

ALTER TABLE handovers ENABLE ROW LEVEL SECURITY;
ALTER TABLE handovers FORCE ROW LEVEL SECURITY;
CREATE POLICY handovers_in_scope ON handovers
  USING (vsv_may_touch('case', from_region, NULL, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system()))
      OR vsv_may_touch('case', to_region, NULL, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())))
  WITH CHECK (vsv_may_touch('case', from_region, NULL, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system()))
      OR vsv_may_touch('case', to_region, NULL, (SELECT vsv_scope_regions()), (SELECT vsv_scope_institutions()), (SELECT vsv_scope_is_system())));
GRANT SELECT, INSERT, UPDATE ON handovers TO vsv_scoped;
`,
};
