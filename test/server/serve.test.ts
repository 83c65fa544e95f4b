import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { vsv } from "../support/cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "vsv-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe("vsv serve", () => {
  it("starts on the given port, prints the URL and answers; without data the API says to compute (503)", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--port", String(port), "--data-dir", dir], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (c: Buffer) => {
          text += c.toString();
          // The server log (JSON lines) shares stdout: wait for the line with the address.
          if (text.includes(`http://localhost:${port}/`)) resolve(text);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(out).toContain(`http://localhost:${port}/`);
      const health = await (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: "ok", data: false });
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/meta`);
      expect(r.status).toBe(503);
      expect(r.headers.get("content-type")).toMatch(/problem\+json/);
      expect(((await r.json()) as { detail: string }).detail).toMatch(/npm start/);
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);

  it("refuses a bad port with a message", async () => {
    const r = await vsv("serve", "--port", "http", "--data-dir", dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Port "http" is not valid/);
  });
});
