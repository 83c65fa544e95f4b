import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { importRegister } from "../../src/engine/register-import.js";
import { enrolment, person, residence, writeRegisterFolder } from "../support/register-builder.js";
import { registerTableNames, removeTempDirs, snapshot, tempDir, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

const CHILD = fileURLToPath(new URL("./fixtures/register/import-child.ts", import.meta.url));

/** Runs the import in a child process and kills it (SIGKILL) when it prints a line matching `at`. */
function importAndKill(dataDir: string, folder: string, at: RegExp): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, dataDir, folder], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let killed = false;
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the child never printed ${at}:\n${output}`));
    }, 50_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (!killed && at.test(output)) {
        killed = true;
        child.kill("SIGKILL");
      }
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (_code, signal) => {
      clearTimeout(guard);
      resolve({ signal, output });
    });
  });
}

/** A register big enough that loading it takes a noticeable moment (about 150,000 rows). */
function biggerRegister(): string {
  const people = Array.from({ length: 30_000 }, (_, i) =>
    person(`P${i}`, "2006-01-01", {
      residences: [residence("0363", "2006-01-01", "2015-12-31"), residence("0599", "2016-01-01")],
      enrolments: [
        enrolment({ enrolmentId: `K${i}-1`, sector: "VO", level: "HAVO", grade: 3, start: "2019-08-01", end: "2022-07-31" }),
        enrolment({ enrolmentId: `K${i}-2`, start: "2022-08-01" }),
      ],
    }),
  );
  return writeRegisterFolder(tempDir("vsv-register-big-"), people);
}

describe("an import killed mid-way", () => {
  it.each([
    ["inside the replacing transaction, just before COMMIT", /BEFORE_COMMIT/],
    ["while loading the files", /STEP Loading enrolments\.csv/],
  ])("leaves the previous register intact when killed %s", async (_when, at) => {
    const dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    const before = await snapshot(dataDir);

    const big = biggerRegister();
    const { signal, output } = await importAndKill(dataDir, big, at);
    expect(signal, output).toBe("SIGKILL");

    expect(await snapshot(dataDir)).toEqual(before);
    // The next import clears what the killed one left behind and succeeds.
    const summary = await importRegister(dataDir, big);
    expect(summary.status).toBe("imported");
    expect(summary.counts.enrolments).toBe(60_000);
    expect((await registerTableNames(dataDir)).filter((t) => t.startsWith("import_staging"))).toEqual([]);
  });
});
