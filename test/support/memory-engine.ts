/**
 * A register in a fresh in-memory DuckDB for the engine's property tests: loaded, then either computed
 * (`compute`: the runs the test needs) or given only the reference data; closed again after `work`.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { PersonFacts } from "../../src/domain/register.js";
import { type ComputeOptions, computeResults } from "../../src/engine/compute.js";
import { loadReference } from "../../src/engine/reference.js";
import { loadRegisterDirect } from "./register-builder.js";

export async function withMemoryEngine<R>(
  people: readonly PersonFacts[],
  prepare: { readonly compute: ComputeOptions } | { readonly referenceOnly: true },
  work: (conn: DuckDBConnection) => Promise<R>,
): Promise<R> {
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    await loadRegisterDirect(conn, people);
    if ("compute" in prepare) await computeResults(conn, prepare.compute);
    else await loadReference(conn);
    return await work(conn);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
