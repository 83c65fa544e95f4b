/**
 * A fresh copy of the shared small demo country made once per test run by test/global-setup.ts (what
 * `vsv start --data-dir <dir> --scale 0.005 --quiet` gives), in a temporary folder of its own.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

/** Copies the demo data into `dataDir` (created when missing; meant to be empty), or into a new temporary folder; returns it. */
export function demoData(dataDir?: string): string {
  const target = dataDir ?? path.join(mkdtempSync(path.join(tmpdir(), "vsv-demo-copy-")), "data");
  cpSync(inject("demoDataDir"), target, { recursive: true });
  return target;
}
