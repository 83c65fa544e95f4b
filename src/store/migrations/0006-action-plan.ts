/**
 * The national action plan vsv (issue 6, part 6): action lines, actions with status, dates and indicator, and
 * dated progress notes. Seeded from reference/action-plan.json by ensureActionPlan. docs/programmes.md.
 */
import type { Migration } from "./migration.js";

export const actionPlan: Migration = {
  version: 6,
  name: "action_plan",
  sql: `
CREATE TABLE action_lines (
  number integer PRIMARY KEY CHECK (number BETWEEN 1 AND 9),
  title  text NOT NULL
);

CREATE TABLE actions (
  code        text PRIMARY KEY CHECK (code ~ '^[1-9]\\.[1-9][0-9]?$'),
  line        integer NOT NULL REFERENCES action_lines (number),
  title       text NOT NULL,
  description text NOT NULL,
  status      text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  indicator   text NOT NULL,
  started_on  date,
  due_on      date,
  done_on     date,
  version     integer NOT NULL DEFAULT 1,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text
);
CREATE INDEX actions_line ON actions (line);

CREATE TABLE action_progress_notes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action_code text NOT NULL REFERENCES actions (code) ON DELETE CASCADE,
  noted_on    date NOT NULL,
  text        text NOT NULL CHECK (text <> ''),
  author      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_progress_notes_action ON action_progress_notes (action_code, noted_on);
`,
};
