/**
 * The closed, person-level part (issue 5): sessions and login attempts, the signal lists loaded from the
 * analytics store, cases with their contact moments and history, absence reports. docs/operational-store.md.
 */
import type { Migration } from "./migration.js";

export const casework: Migration = {
  version: 2,
  name: "casework",
  sql: `
-- A login session. The cookie holds a random token; only its SHA-256 is stored, so a copy of the table opens nothing.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Login attempts, for rate limiting: by a keyed hash of the user name and by client address, never the password.
CREATE TABLE login_attempts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            timestamptz NOT NULL DEFAULT now(),
  username_hash text NOT NULL,
  client        text NOT NULL,
  succeeded     boolean NOT NULL
);
CREATE INDEX login_attempts_username ON login_attempts (username_hash, at);
CREATE INDEX login_attempts_client ON login_attempts (client, at);

-- The signal lists: possible vsv'ers of the latest report month (the engine's monthly signalling or DUO's A04/A14)
-- and the definitive vsv'ers of the last teljaar (NenR), per region. Replaced as a whole by each load.
CREATE TABLE signals (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_ref            text NOT NULL,
  person_key            text NOT NULL,
  list                  text NOT NULL CHECK (list IN ('possible', 'definitive')),
  source                text NOT NULL CHECK (source IN ('engine', 'duo')),
  teljaar               text NOT NULL,
  report_month          text,
  region                text NOT NULL,
  municipality_code     text,
  municipality_name     text,
  institution           text,
  institution_name      text,
  location              text,
  programme             text,
  programme_name        text,
  level                 text,
  leerweg               text,
  birth_date            date,
  age                   integer,
  family_name           text,
  given_names           text,
  listed_since          text,
  deregistration_date   date,
  reason                text,
  absence_statutory     boolean,
  absence_non_statutory boolean,
  loaded_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signals_region ON signals (region, list);
CREATE INDEX signals_institution ON signals (institution, list);
CREATE INDEX signals_person ON signals (person_ref);

-- A case: one young person followed by one region. At most one open case per person and region.
CREATE TABLE cases (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_ref          text NOT NULL,
  person_key          text NOT NULL,
  region              text NOT NULL,
  status              text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacting', 'guidance', 'back_in_education',
                        'working', 'working_learning', 'no_contact', 'moved', 'closed')),
  closed_reason       text,
  officer_id          bigint REFERENCES accounts (id) ON DELETE SET NULL,
  next_step           text,
  next_step_due       date,
  teljaar             text,
  opened_at           timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  closed_at           timestamptz,
  version             integer NOT NULL DEFAULT 1,
  handed_over_from    bigint REFERENCES cases (id) ON DELETE SET NULL,
  handed_over_to      bigint REFERENCES cases (id) ON DELETE SET NULL,
  outcome_one_year    text CHECK (outcome_one_year IN ('sk_obtained', 'in_education', 'working', 'working_learning', 'still_vsv', 'unknown')),
  outcome_recorded_at timestamptz,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (status <> 'closed' OR closed_reason IS NOT NULL)
);
CREATE UNIQUE INDEX cases_one_open ON cases (person_ref, region) WHERE closed_at IS NULL;
CREATE INDEX cases_region ON cases (region, status);
CREATE INDEX cases_officer ON cases (officer_id) WHERE closed_at IS NULL;
CREATE INDEX cases_closed ON cases (closed_at);

-- Contact moments with the young person (or those around them).
CREATE TABLE case_contacts (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id    bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  contact_on date NOT NULL,
  channel    text NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'home_visit', 'meeting', 'message', 'other')),
  reached    boolean NOT NULL DEFAULT true,
  note       text NOT NULL DEFAULT '',
  officer_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_contacts_case ON case_contacts (case_id, contact_on);

-- The history of a case: status changes, assignments, handovers, outcomes (what changed, by whom, when).
CREATE TABLE case_events (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id  bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  at       timestamptz NOT NULL DEFAULT now(),
  actor_id bigint,
  kind     text NOT NULL,
  details  jsonb
);
CREATE INDEX case_events_case ON case_events (case_id, at);

-- Absence reports (verzuimmeldingen) from schools, optionally linked to a case.
CREATE TABLE absence_reports (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_ref  text NOT NULL,
  person_key  text NOT NULL,
  institution text NOT NULL,
  region      text NOT NULL,
  reported_on date NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('statutory', 'non_statutory')),
  hours       numeric(6, 1) NOT NULL CHECK (hours >= 0),
  case_id     bigint REFERENCES cases (id) ON DELETE SET NULL,
  created_by  bigint REFERENCES accounts (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX absence_reports_region ON absence_reports (region, reported_on);
CREATE INDEX absence_reports_institution ON absence_reports (institution, reported_on);
CREATE INDEX absence_reports_person ON absence_reports (person_ref);

-- The audit log gains the region an entry belongs to (the coordinator reads their region's log) and the trace id
-- of the request (Logboek dataverwerkingen: entries of one request share it).
ALTER TABLE audit_log ADD COLUMN region text, ADD COLUMN trace_id text;
CREATE INDEX audit_log_region ON audit_log (region, at);
`,
};
