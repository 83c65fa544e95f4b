/**
 * Saved regional target plans (issue 6, part 1): a national target distributed over the regions by a method, with
 * each region's base count and target; at most one plan is adopted per target year and definition. docs/targets.md.
 */
import type { Migration } from "./migration.js";

export const targetPlans: Migration = {
  version: 4,
  name: "target_plans",
  sql: `
CREATE TABLE target_plans (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name             text NOT NULL DEFAULT '',
  method           text NOT NULL CHECK (method IN ('proportional', 'equal_reduction', 'convergence', 'manual')),
  -- The method's parameters as given (e.g. {"best_share": 0.25}); the regional targets below are the result.
  parameters       jsonb NOT NULL DEFAULT '{}'::jsonb,
  national_target  integer NOT NULL CHECK (national_target >= 0),
  target_year      integer NOT NULL CHECK (target_year BETWEEN 2000 AND 2100),
  definition       integer NOT NULL CHECK (definition IN (23, 27)),
  base_teljaar     text NOT NULL CHECK (base_teljaar ~ '^[0-9]{4}-[0-9]{4}$'),
  base_stage       text NOT NULL CHECK (base_stage IN ('preliminary', 'definitive')),
  created_by       bigint REFERENCES accounts (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  adopted          boolean NOT NULL DEFAULT false,
  adopted_by       bigint REFERENCES accounts (id) ON DELETE SET NULL,
  adopted_at       timestamptz
);
-- One adopted plan per target year and definition: adopting another first withdraws the one adopted.
CREATE UNIQUE INDEX target_plans_one_adopted ON target_plans (target_year, definition) WHERE adopted;

CREATE TABLE target_plan_regions (
  plan_id          bigint NOT NULL REFERENCES target_plans (id) ON DELETE CASCADE,
  region           text NOT NULL CHECK (region ~ '^[0-9]{2}$'),
  base_count       integer NOT NULL CHECK (base_count >= 0),
  start_population integer NOT NULL CHECK (start_population >= 0),
  target           integer NOT NULL CHECK (target >= 0),
  PRIMARY KEY (plan_id, region)
);
`,
};
