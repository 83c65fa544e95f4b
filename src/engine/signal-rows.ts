/**
 * The person rows of the signal lists, read from the analytics store for `vsv signals load` (docs/signal-lists.md):
 * - `possible`: the possible vsv'ers of the latest report month — the engine's monthly signalling over the start
 *   population of the latest computed teljaar, or the A04/A14 rows DUO sent for the latest month of each file scope;
 * - `definitive`: the vsv'ers of the last teljaar with a definitive stage — the engine's, or the definitive NenR's.
 * Per region and list one source: where DUO files cover a region (a region file, or rows of an institution or
 * municipality file that DUO placed in that region), the list is DUO's rows; otherwise the engine's. A person is on
 * one region's list once.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Definition, type Stage, officialDefinition } from "../domain/definition.js";
import type { IsoDate } from "../domain/dates.js";
import { SIGNAL_LISTS, type SignalList, type SignalRow, type SignalSource } from "../domain/signal-row.js";
import { queryRows, tableExists } from "./database.js";
import { coveredMonths } from "./monthly-signals.js";
import { readRegisterState } from "./register-state.js";
import { currentRuns } from "./runs.js";
import {
  DUO_REGIONS_SQL,
  PERSON_DETAIL_FIELDS,
  type EngineDefinitive,
  type EnginePossible,
  SIGNAL_ROW_COLUMNS,
  duoChosenFilesSql,
  duoListSql,
  duoRowsSql,
  engineDefinitiveSql,
  enginePossibleSql,
} from "./signal-rows-sql.js";
import { type TargetGroupDay, chooseTargetGroupDay, targetGroupRowsSql } from "./target-group.js";

/** What the engine's lists are taken from; null when nothing suitable is computed. */
export interface EngineLists {
  readonly possible: EnginePossible | null;
  readonly definitive: EngineDefinitive | null;
  /** The target group's reference day (docs/target-group.md): always the engine's list, DUO sends none. */
  readonly target_group: TargetGroupDay | null;
}

/** One region's list: where it comes from and how many persons are on it (a DUO region with an empty list included). */
export interface RegionSource {
  readonly list: SignalList;
  readonly region: string;
  readonly source: SignalSource;
  readonly persons: number;
}

export interface SignalLists {
  /** Ordered by list, region and person key. */
  readonly rows: SignalRow[];
  /** Ordered by list and region. */
  readonly regions: RegionSource[];
  readonly engine: EngineLists;
  /** DUO rows of the chosen files that could not be listed: without a person number, or without a region. */
  readonly skipped: { readonly withoutPersonKey: number; readonly withoutRegion: number };
}

/**
 * The engine's choice: for the possible list the latest computed teljaar whose report months the register reaches
 * (its preliminary stage when computed, else the definitive one; the official definition; the latest covered
 * month), for the definitive list the latest teljaar with a complete definitive run.
 */
export async function chooseEngineLists(conn: DuckDBConnection): Promise<EngineLists> {
  if (!(await tableExists(conn, "register", "meta"))) return { possible: null, definitive: null, target_group: null };
  const runs = await currentRuns(conn);
  const { asOf } = await readRegisterState(conn);
  const teljaren = [...new Set(runs.map((r) => r.teljaar))].sort().reverse();
  // The register's optional person columns: a register without them lists without names.
  const columns = new Set((await queryRows<{ column_name: string }>(conn, "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'register' AND table_name = 'persons'")).map((r) => r.column_name));
  const personColumns = PERSON_DETAIL_FIELDS.filter((c) => columns.has(c));
  let possible: EngineLists["possible"] = null;
  for (const teljaar of teljaren) {
    const month = coveredMonths(teljaar, asOf).covered.at(-1);
    if (!month) continue;
    const stage: Stage = runs.some((r) => r.teljaar === teljaar && r.stage === "preliminary") ? "preliminary" : "definitive";
    possible = { teljaar, stage, definition: officialDefinition(teljaar), asOf, month, personColumns };
    break;
  }
  const last = runs.filter((r) => r.stage === "definitive" && r.complete).sort((a, b) => a.teljaar.localeCompare(b.teljaar)).at(-1);
  const definitive = last ? { teljaar: last.teljaar, definition: officialDefinition(last.teljaar) as Definition, cutoff: last.cutoff as IsoDate, personColumns } : null;
  return { possible, definitive, target_group: await chooseTargetGroupDay(conn) };
}

/** The relations the list queries share: the chosen DUO files, their rows, and the regions that are DUO's. */
function sharedRelations(list: SignalList, hasDuo: boolean): string {
  if (!hasDuo || list === "target_group") return "WITH duo_regions AS (SELECT NULL::VARCHAR AS region WHERE false)";
  return `WITH chosen AS (${duoChosenFilesSql(list)}),
duo_rows AS (${duoRowsSql(list)}),
duo_regions AS (${DUO_REGIONS_SQL})`;
}

function toRow(r: Record<string, unknown>): SignalRow {
  const out: Record<string, unknown> = {};
  for (const c of SIGNAL_ROW_COLUMNS) out[c] = r[c] ?? null;
  return out as unknown as SignalRow;
}

/** Both lists, every region, with where each region's list comes from. */
export async function readSignalLists(conn: DuckDBConnection): Promise<SignalLists> {
  const hasDuo = (await tableExists(conn, "duo", "files")) && (await tableExists(conn, "duo", "signal_rows"));
  const engine = await chooseEngineLists(conn);
  const rows: SignalRow[] = [];
  const regions: RegionSource[] = [];
  let withoutPersonKey = 0;
  let withoutRegion = 0;
  for (const list of SIGNAL_LISTS) {
    const shared = sharedRelations(list, hasDuo);
    const duo = hasDuo && list !== "target_group";
    const parts: string[] = [];
    if (duo) parts.push(duoListSql(list));
    if (list === "possible" && engine.possible) parts.push(enginePossibleSql(engine.possible));
    if (list === "definitive" && engine.definitive) parts.push(engineDefinitiveSql(engine.definitive));
    if (list === "target_group" && engine.target_group) parts.push(targetGroupRowsSql(engine.target_group));
    if (parts.length === 0) continue;
    const found = await queryRows<Record<string, unknown>>(
      conn,
      `${shared}\nSELECT * FROM (${parts.map((p) => `SELECT * FROM (${p})`).join("\nUNION ALL\n")}) ORDER BY region, person_key`,
    );
    const listRows = found.map(toRow);
    rows.push(...listRows);

    const counts = new Map<string, RegionSource>();
    for (const r of listRows) {
      const c = counts.get(r.region);
      counts.set(r.region, { list, region: r.region, source: r.source, persons: (c?.persons ?? 0) + 1 });
    }
    if (duo) {
      for (const { region } of await queryRows<{ region: string }>(conn, `${shared}\nSELECT region FROM duo_regions`)) {
        if (!counts.has(region)) counts.set(region, { list, region, source: "duo", persons: 0 });
      }
      const [skipped] = await queryRows<{ no_key: bigint; no_region: bigint }>(
        conn,
        `${shared}\nSELECT count(*) FILTER (WHERE person_key IS NULL) AS no_key, count(*) FILTER (WHERE person_key IS NOT NULL AND row_region IS NULL) AS no_region FROM duo_rows`,
      );
      withoutPersonKey += Number(skipped?.no_key ?? 0);
      withoutRegion += Number(skipped?.no_region ?? 0);
    }
    regions.push(...[...counts.values()].sort((a, b) => a.region.localeCompare(b.region)));
  }
  return { rows, regions, engine, skipped: { withoutPersonKey, withoutRegion } };
}

/** The rows of both lists (readSignalLists without the accounting). */
export async function readSignalRows(conn: DuckDBConnection): Promise<SignalRow[]> {
  return (await readSignalLists(conn)).rows;
}

/** The teljaar a list was taken from, for messages. */
export function describeEngineLists(e: EngineLists): { possible: string | null; definitive: string | null; target_group: string | null } {
  return {
    target_group: e.target_group ? `reference day ${e.target_group.referenceDay}, leavers since ${e.target_group.windowStart}, vsv'ers of ${e.target_group.vsvTeljaren.join(", ") || "no computed definitive teljaar"}` : null,
    possible: e.possible ? `${e.possible.teljaar} ${e.possible.stage}, definition ${e.possible.definition}, report month ${e.possible.month.month}` : null,
    definitive: e.definitive ? `${e.definitive.teljaar} definitive, definition ${e.definitive.definition}` : null,
  };
}
