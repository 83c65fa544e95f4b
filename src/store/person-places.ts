/**
 * The regions a person's data is kept in (signal-list rows, cases, absence reports), read past any actor's scope.
 * Used for one thing only: logging a refused attempt in the region of the person it was aimed at, so that region's
 * coordinator sees it in their audit log (docs/audit-log.md, "Refused attempts"). Nothing read here is answered.
 */
import type { PersonRef } from "./pseudonym.js";
import { systemSql } from "./scope.js";
import type { Sql } from "./sql.js";

/** Each given person with the regions their data is in; a person known nowhere has no regions. */
export async function regionsOfPersons(sql: Sql, refs: readonly PersonRef[]): Promise<Map<PersonRef, string[]>> {
  const rows = await systemSql(sql).query<{ person_ref: PersonRef; region: string }>(
    `SELECT DISTINCT person_ref, region FROM (
       SELECT person_ref, region FROM signals WHERE person_ref = ANY($1::text[])
       UNION ALL SELECT person_ref, region FROM cases WHERE person_ref = ANY($1::text[])
       UNION ALL SELECT person_ref, region FROM absence_reports WHERE person_ref = ANY($1::text[])
     ) x ORDER BY person_ref, region`,
    [[...refs]],
  );
  const regions = new Map<PersonRef, string[]>(refs.map((r) => [r, []]));
  for (const r of rows) regions.get(r.person_ref)?.push(r.region);
  return regions;
}
