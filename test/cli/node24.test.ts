/**
 * The current Node line (issue 15): the suite runs on the machine's Node; this runs the type check and a smoke run of
 * the built CLI — `vsv start` on a fresh data directory, then `vsv serve` answering the API and the web app — under
 * Node 24 (the npm package node@24, never a system install). package.json declares the supported lines (22, 24).
 * In CI a missing Node 24 fails the test.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** The path of a Node 24 binary from the npm package node@24 (fetched once into npm's cache), or null. */
function node24(): string | null {
  try {
    const out = execFileSync("npx", ["--yes", "-p", "node@24", "node", "-e", "console.log(process.execPath + ' ' + process.version)"], { encoding: "utf8", timeout: 120_000 });
    const [bin, version] = out.trim().split(/\s+/);
    return version?.startsWith("v24.") && bin ? bin : null;
  } catch {
    return null;
  }
}

const bin = node24();
if (!bin && process.env.CI === "true") throw new Error("Node 24 is not available (npx -p node@24): CI must run the Node 24 smoke test");
if (!bin) console.warn("Node 24 smoke test skipped: `npx -p node@24` gave no Node 24; in CI this fails");

const dir = mkdtempSync(path.join(tmpdir(), "vsv-node24-"));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!bin)("under Node 24", () => {
  it("declares the supported Node lines", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe("^22 || ^24");
  });

  it("type-checks the code", () => {
    execFileSync(bin!, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", path.join(root, "tsconfig.json")], { cwd: root, stdio: "pipe", timeout: 300_000 });
  }, 300_000);

  it("runs vsv start on a fresh data directory and vsv serve answers the API and the web app", async () => {
    const cli = path.join(root, "dist/cli/main.js");
    expect(existsSync(cli), "dist/cli/main.js: run npm run build (npm ci does)").toBe(true);
    const data = path.join(dir, "data");
    execFileSync(bin!, [cli, "start", "--data-dir", data, "--scale", "0.002", "--quiet"], { cwd: root, stdio: "pipe", timeout: 300_000 });
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    server = spawn(bin!, [cli, "serve", "--data-dir", data, "--port", String(port)], { cwd: root, stdio: "ignore", env: { ...process.env, VSV_LOG_LEVEL: "warn" } });
    const base = `http://127.0.0.1:${port}`;
    let health: Response | undefined;
    for (let i = 0; i < 150 && !health?.ok; i++) {
      health = await fetch(`${base}/api/v1/health`).catch(() => undefined);
      if (!health?.ok) await new Promise((r) => setTimeout(r, 200));
    }
    expect(health?.ok).toBe(true);
    expect(health!.headers.get("api-version")).toMatch(/^\d+\.\d+\.\d+$/);
    const meta = (await (await fetch(`${base}/api/v1/meta`)).json()) as { latest_teljaar: string; data: { synthetic: boolean } };
    expect(meta.data.synthetic).toBe(true);
    const figures = (await (await fetch(`${base}/api/v1/figures?teljaar=${meta.latest_teljaar}`)).json()) as { rows: { start_population: number }[] };
    expect(figures.rows[0]!.start_population).toBeGreaterThan(0);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<div id=\"root\">");
  }, 300_000);
});
