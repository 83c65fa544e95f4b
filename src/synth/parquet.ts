/**
 * Parquet output. The register writer (writer.ts) writes each table's CSV in parts of about PART_BYTES; each part is
 * converted by DuckDB to Parquet with the column names and value types of the exchange format (REGISTER_FORMAT; the
 * stored register has the same types, src/engine/register-tables.ts, and test/synth/parquet.test.ts checks they
 * agree) as soon as it is complete, and the CSV part is removed. At the end the Parquet parts of a table are joined
 * into `<table>.parquet` byte for byte (parquet-merge.ts), in the order they were written.
 *
 * With `worker` the conversions run in a worker thread (parquet-worker.ts) while the simulation goes on in the main
 * thread: the second core converts what the first has simulated. Without it they run in this thread whenever the
 * simulation yields (the same files, only later): the sequential path tests compare the parallel one with.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable, type ValueType, valueType } from "../domain/register-format.js";
import { concatParquet } from "./parquet-merge.js";

/** CSV bytes per part: small enough that little is left to convert when the simulation ends, large enough for few row groups. */
export const PART_BYTES = 48 << 20;

const PARQUET_TYPES: Readonly<Record<ValueType, string>> = { text: "VARCHAR", date: "DATE", boolean: "BOOLEAN", integer: "INTEGER", number: "DOUBLE" };

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The `columns` struct of DuckDB's read_csv for a table. */
function columnTypes(table: RegisterTable): string {
  return REGISTER_FORMAT[table].columns.map((c) => `${quoted(c.name)}: ${quoted(PARQUET_TYPES[valueType(c.kind)])}`).join(", ");
}

/** The Parquet file of a CSV part: `persons.part-0003.csv` → `persons.part-0003.parquet`. */
export function parquetPartOf(csv: string): string {
  return csv.replace(/\.csv$/, ".parquet");
}

/** Converts one CSV part of `table` to Parquet next to it and removes the CSV. */
export async function convertPart(conn: DuckDBConnection, table: RegisterTable, csv: string): Promise<void> {
  await conn.run(
    `COPY (SELECT * FROM read_csv(${quoted(csv)}, header = true, delim = ',', quote = '"', auto_detect = false, columns = {${columnTypes(table)}}))
     TO ${quoted(parquetPartOf(csv))} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1)`,
  );
  rmSync(csv);
}

/** A DuckDB in memory for converting: one thread while the simulation runs beside it. */
export async function openConverter(threads: number): Promise<{ instance: DuckDBInstance; conn: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
  return { instance, conn: await instance.connect() };
}

/** Joins the Parquet parts of every table into `<table>.parquet` and removes them; returns the total bytes. */
export function joinParts(folder: string, parts: Readonly<Record<RegisterTable, readonly string[]>>): number {
  let bytes = 0;
  for (const table of REGISTER_TABLES) {
    const files = parts[table].map(parquetPartOf);
    const out = path.join(folder, `${table}.parquet`);
    concatParquet(files, out);
    for (const f of files) rmSync(f);
    bytes += statSync(out).size;
  }
  return bytes;
}

/** Removes parts an interrupted run left behind. */
export function removeParts(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const n of names) if (/\.part-\d+\.(csv|parquet)$/.test(n)) rmSync(path.join(folder, n), { force: true });
}

/** Receives the CSV parts as the writer completes them and turns them into Parquet. */
export interface PartConverter {
  /** A complete CSV part of `table`. */
  part(table: RegisterTable, csv: string): void;
  /** Converts what is left (with both cores), joins the parts; returns the total bytes of the Parquet files. */
  finish(): Promise<number>;
  /** Stops without finishing (after an error elsewhere). */
  abort(): Promise<void>;
}

/** Converting in this thread, one part after the other, whenever the event loop runs. */
class InThreadConverter implements PartConverter {
  private readonly parts = Object.fromEntries(REGISTER_TABLES.map((t) => [t, [] as string[]])) as Record<RegisterTable, string[]>;
  private readonly db = openConverter(1);
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly folder: string) {}

  part(table: RegisterTable, csv: string): void {
    this.parts[table].push(csv);
    this.chain = this.chain.then(async () => convertPart((await this.db).conn, table, csv));
  }

  async finish(): Promise<number> {
    try {
      await this.chain;
    } finally {
      await this.close();
    }
    return joinParts(this.folder, this.parts);
  }

  async abort(): Promise<void> {
    await this.chain.catch(() => undefined);
    await this.close();
  }

  private async close(): Promise<void> {
    const { conn, instance } = await this.db;
    conn.closeSync();
    instance.closeSync();
  }
}

/** What the main thread sends the worker (parquet-worker.ts). */
export type WorkerRequest = { readonly kind: "part"; readonly table: RegisterTable; readonly csv: string } | { readonly kind: "finish" } | { readonly kind: "abort" };
/** What the worker answers to "finish" or "abort". */
export type WorkerReply = { readonly kind: "done" } | { readonly kind: "failed"; readonly message: string };

/**
 * The worker thread. Run from the TypeScript sources (tests, tsx), Node's worker does not get tsx's loader from the
 * command line: a small script registers it and then imports the worker's source.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./parquet-worker.js", import.meta.url));
  const source = JSON.stringify(new URL("./parquet-worker.ts", import.meta.url).href);
  return new Worker(`(async () => { const { register } = await import("tsx/esm/api"); register(); await import(${source}); })();`, { eval: true });
}

/** Converting in a worker thread, beside the simulation. */
class WorkerConverter implements PartConverter {
  private readonly parts = Object.fromEntries(REGISTER_TABLES.map((t) => [t, [] as string[]])) as Record<RegisterTable, string[]>;
  private readonly worker: Worker;
  private readonly reply: Promise<WorkerReply>;

  constructor(private readonly folder: string) {
    this.worker = startWorker();
    this.reply = new Promise((resolve) => {
      this.worker.once("message", (m: WorkerReply) => resolve(m));
      this.worker.once("error", (e) => resolve({ kind: "failed", message: e.message }));
      this.worker.once("exit", (code) => resolve({ kind: "failed", message: `the Parquet worker stopped (exit code ${code})` }));
    });
  }

  part(table: RegisterTable, csv: string): void {
    this.parts[table].push(csv);
    this.worker.postMessage({ kind: "part", table, csv } satisfies WorkerRequest);
  }

  async finish(): Promise<number> {
    this.worker.postMessage({ kind: "finish" } satisfies WorkerRequest);
    const reply = await this.reply;
    await this.worker.terminate();
    if (reply.kind === "failed") throw new Error(`Converting the register to Parquet failed: ${reply.message}`);
    return joinParts(this.folder, this.parts);
  }

  async abort(): Promise<void> {
    this.worker.postMessage({ kind: "abort" } satisfies WorkerRequest);
    await this.reply;
    await this.worker.terminate();
  }
}

/** A converter for the register in `folder`; `worker` converts beside the simulation (both cores). */
export function partConverter(folder: string, worker: boolean): PartConverter {
  return worker ? new WorkerConverter(folder) : new InThreadConverter(folder);
}
