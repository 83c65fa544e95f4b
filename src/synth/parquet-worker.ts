/**
 * The worker thread of parquet.ts: converts the CSV parts it is sent, one after the other, with one DuckDB thread
 * while the simulation runs in the main thread; on "finish" it converts what is left with two and answers "done".
 */
import { parentPort } from "node:worker_threads";
import { type WorkerReply, type WorkerRequest, convertPart, openConverter } from "./parquet.js";

const port = parentPort;
if (!port) throw new Error("parquet-worker.ts runs as a worker thread of parquet.ts");

const db = openConverter(1);
let chain: Promise<void> = Promise.resolve();
let failure: string | undefined;

port.on("message", (m: WorkerRequest) => {
  if (m.kind === "part") {
    chain = chain.then(async () => {
      if (failure === undefined) await convertPart((await db).conn, m.table, m.csv);
    }).catch((e: unknown) => {
      failure ??= e instanceof Error ? e.message : String(e);
    });
    return;
  }
  if (m.kind === "finish") {
    // What is left after the simulation gets both cores.
    // (a global setting: from a second connection, as the first may be converting).
    void db.then(async (d) => {
      const other = await d.instance.connect();
      await other.run("SET threads = 2");
      other.closeSync();
    }).catch(() => undefined);
  } else {
    failure ??= "aborted";
  }
  void chain.then(async () => {
    const { conn, instance } = await db;
    conn.closeSync();
    instance.closeSync();
    port.postMessage((failure === undefined || m.kind === "abort" ? { kind: "done" } : { kind: "failed", message: failure }) satisfies WorkerReply);
  });
});
