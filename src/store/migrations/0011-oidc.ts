/**
 * Sign-in through an OpenID Connect provider (issue 16, part 11; docs/auth.md, "Login through OpenID Connect"):
 * pending logins (one use, ten minutes), the link from a provider's subject to a local account, and what a session
 * needs to end the provider's session at logout.
 */
import type { Migration } from "./migration.js";

export const oidc: Migration = {
  version: 11,
  name: "oidc",
  sql: `
-- A login under way: SHA-256 of its state, with the nonce, the PKCE verifier and where to go afterwards.
CREATE TABLE oidc_logins (
  state_hash    text PRIMARY KEY,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  return_to     text NOT NULL DEFAULT '/',
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX oidc_logins_expires ON oidc_logins (expires_at);

-- Which local account a provider's subject signs in as. Roles and scopes stay with the account.
CREATE TABLE account_oidc_links (
  account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  issuer     text NOT NULL,
  subject    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX account_oidc_links_account ON account_oidc_links (account_id);

-- A session made by an OIDC login remembers the provider's session id and id token (for RP-initiated logout).
ALTER TABLE sessions ADD COLUMN oidc_issuer text, ADD COLUMN oidc_sid text, ADD COLUMN oidc_id_token text;
`,
};
