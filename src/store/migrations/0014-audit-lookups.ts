/**
 * Reading the audit log by request (issue 16, part 6; docs/audit-log.md, "The grouped view"): the grouped view
 * fetches the entries of a page of groups by their trace id, and `traceId` filters one request's entries. An index
 * only: the content columns of audit_log, which the hash chain of migration 0008 covers, are unchanged.
 */
import type { Migration } from "./migration.js";

export const auditLookups: Migration = {
  version: 14,
  name: "audit_lookups",
  sql: `
CREATE INDEX audit_log_trace ON audit_log (trace_id) WHERE trace_id IS NOT NULL;
`,
};
