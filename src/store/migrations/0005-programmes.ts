/**
 * Regional programmes (issue 6, part 5): per Doorstroompunt region and period, its parties, the agreement per
 * mandatory topic, measures, budget lines and a history of every change. No person data. docs/programmes.md.
 */
import type { Migration } from "./migration.js";

export const programmes: Migration = {
  version: 5,
  name: "programmes",
  sql: `
CREATE TABLE programmes (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region            text NOT NULL CHECK (region ~ '^[0-9]{2}$'),
  region_name       text NOT NULL,
  period            text NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{4}$'),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'running', 'finished')),
  summary           text NOT NULL DEFAULT '',
  pupils_in_belgium integer NOT NULL DEFAULT 0 CHECK (pupils_in_belgium >= 0),
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region, period)
);

-- Contact school, contact municipality, central municipality of the labour-market region: one of each.
CREATE TABLE programme_parties (
  programme_id bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  role         text NOT NULL CHECK (role IN ('contact_school', 'contact_municipality', 'central_municipality')),
  code         text NOT NULL,
  name         text NOT NULL,
  PRIMARY KEY (programme_id, role)
);

-- The agreement on each mandatory topic (reference/programme-topics.csv); '' until one is written.
CREATE TABLE programme_topics (
  programme_id bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  topic        text NOT NULL,
  agreement    text NOT NULL DEFAULT '',
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (programme_id, topic)
);

CREATE TABLE programme_measures (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id  bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  name          text NOT NULL CHECK (name <> ''),
  target_group  text NOT NULL DEFAULT '',
  topic         text,
  budget_eur    bigint NOT NULL DEFAULT 0 CHECK (budget_eur >= 0),
  status        text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'stopped')),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX programme_measures_programme ON programme_measures (programme_id);

-- Money per year beside the national share: co-funding by the parties, other sources.
CREATE TABLE programme_budget_lines (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  year         integer NOT NULL,
  source       text NOT NULL CHECK (source <> ''),
  amount_eur   bigint NOT NULL CHECK (amount_eur >= 0)
);
CREATE INDEX programme_budget_lines_programme ON programme_budget_lines (programme_id, year);

-- Every change: who, when, what (the field or topic and its old and new value).
CREATE TABLE programme_changes (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     bigint REFERENCES accounts (id) ON DELETE SET NULL,
  actor_name   text NOT NULL,
  what         text NOT NULL,
  details      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX programme_changes_programme ON programme_changes (programme_id, at);
`,
};
