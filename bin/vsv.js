#!/usr/bin/env node
// Launcher for the `vsv` command: runs the compiled CLI (built by `npm ci` / `npm run build`).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const main = path.join(root, "dist", "cli", "main.js");
if (!existsSync(main)) {
  process.stderr.write("vsv: the command is not built yet: run `npm run build` (or `npm ci`) in " + root + "\n");
  process.exit(1);
}
const { runCli } = await import(pathToFileURL(main).href);
const io = { stdout: process.stdout, stderr: process.stderr, interactive: Boolean(process.stderr.isTTY) };
try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (e) {
  process.stderr.write(`vsv: unexpected error: ${e?.stack ?? String(e)}\n`);
  process.exitCode = 70;
}
