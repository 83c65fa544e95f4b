/**
 * A versioned migration of the operational store. Migrations are TypeScript modules exporting their SQL as a
 * string (not .sql files) so they are found the same way from src (tsx, vitest) and from dist (tsc copies no .sql).
 */
export interface Migration {
  /** 1, 2, 3, … in the order they are applied; the file is named after it: 0001-base.ts. */
  readonly version: number;
  /** Lowercase words joined by underscores: "base", "cases". */
  readonly name: string;
  /** A PostgreSQL script (several statements allowed, no parameters), valid on both PGlite and PostgreSQL 15+. */
  readonly sql: string;
}

/** "0001_base": how a migration is named in messages and in `schema_migrations`. */
export function migrationId(m: Pick<Migration, "version" | "name">): string {
  return `${String(m.version).padStart(4, "0")}_${m.name}`;
}
