/**
 * Opens what the closed part of the server needs: the operational store (PGlite in the data folder, or
 * PostgreSQL with DATABASE_URL), the pseudonym key, and the background jobs that belong to it — moving audit
 * entries spooled by command-line reads into the log every minute, and the daily retention job.
 */
import { drainAuditSpool } from "../../store/audit-spool.js";
import { type OperationalStore, openOperationalStore } from "../../store/index.js";
import { loadPseudonymKey, type PseudonymKey } from "../../store/pseudonym.js";
import { scheduleRetention } from "./retention-schedule.js";

export interface CaseworkRuntime {
  readonly sql: OperationalStore;
  readonly key: PseudonymKey;
  readonly secureCookies: boolean;
  /** Stops the background jobs and closes the store. */
  close(): Promise<void>;
}

export interface CaseworkRuntimeOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  /** Cookies with the Secure flag: on behind HTTPS (VSV_SECURE_COOKIES=true), off for http://localhost. */
  readonly secureCookies?: boolean;
  /** Run the retention job (daily) and the spool drain (every minute); on by default. */
  readonly jobs?: boolean;
  /** `check` (what `vsv serve` uses): on PostgreSQL, refuse a schema that is not current instead of migrating it. */
  readonly postgresSchema?: "migrate" | "check";
}

export async function openCaseworkRuntime(options: CaseworkRuntimeOptions): Promise<CaseworkRuntime> {
  const key = loadPseudonymKey(options.dataDir);
  const sql = await openOperationalStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, postgresSchema: options.postgresSchema });
  const stops: (() => void)[] = [];
  if (options.jobs ?? true) {
    const drain = setInterval(() => void drainAuditSpool(sql, options.dataDir).catch((e) => console.error(`Moving spooled audit entries failed (they stay in the spool): ${(e as Error).message}`)), 60_000);
    drain.unref();
    stops.push(() => clearInterval(drain));
    stops.push(scheduleRetention(sql, {}).stop);
  }
  return {
    sql,
    key,
    secureCookies: options.secureCookies ?? false,
    async close() {
      for (const stop of stops) stop();
      await sql.close();
    },
  };
}
