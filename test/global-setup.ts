/**
 * Runs once before all test files: the small demo country (`vsv start --scale 0.005`: register, computed
 * figures, demo DUO files, signal lists and demo accounts in PGlite) that many files use. Each file takes its own
 * copy (test/support/demo-data.ts), so none can disturb another; making it once instead of in every file saves
 * about ten runs of `vsv start` per test run. With --no-demo-cases: the tests start from an empty case store
 * (no cases, handovers or absence reports) and make the case work they check; the demo's own case work is tested
 * in test/store/casework-demo.test.ts and test/cli/start-cli.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { vsv } from "./support/cli.js";

export default async function setup(project: TestProject): Promise<() => void> {
  const tmp = mkdtempSync(path.join(tmpdir(), "vsv-demo-data-"));
  const dataDir = path.join(tmp, "data");
  const r = await vsv("start", "--data-dir", dataDir, "--scale", "0.005", "--quiet", "--no-demo-cases");
  if (r.code !== 0) throw new Error(`vsv start for the shared demo data failed: ${r.stderr}`);
  // `vsv start` leaves the protected public tables cached in the data directory, so no file's copy makes them again.
  project.provide("demoDataDir", dataDir);
  return () => rmSync(tmp, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared demo data folder: copy it (demoData()), never use it in place. */
    demoDataDir: string;
  }
}
