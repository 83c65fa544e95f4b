import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { vsv } from "../support/cli.js";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "vsv-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The first start's output, and what the demo case work left in the store (compared after the second start). */
let firstStdout = "";
let caseworkCounts: Record<string, number> = {};

async function countCasework(): Promise<Record<string, number>> {
  const { withOperationalStore } = await import("../../src/store/index.js");
  return withOperationalStore({ dataDir: dir }, async (s) => {
    const out: Record<string, number> = {};
    for (const t of ["cases", "case_contacts", "handovers", "absence_reports", "audit_log"]) out[t] = (await s.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n;
    return out;
  });
}

describe("vsv start (what npm start runs)", () => {
  it("on an empty data directory generates, imports, computes and prints the national series", async () => {
    const r = await vsv("start", "--data-dir", dir, "--scale", "0.005", "--quiet");
    expect(r.code, r.stderr).toBe(0);
    firstStdout = r.stdout;
    expect(existsSync(path.join(dir, "register", "persons.csv"))).toBe(true);
    expect(existsSync(path.join(dir, "register", "register.csv"))).toBe(true);
    const lines = r.stdout.split("\n").filter((l) => /^\d{4}-\d{4}\s/.test(l));
    // Ten teljaren (2015-2016 … 2024-2025, as register.csv declares), two definitions each.
    expect(lines).toHaveLength(20);
    expect(lines[0]).toMatch(/^2015-2016\s+23\s+definitive\s+true/);
    expect(lines.at(-1)).toMatch(/^2024-2025\s+27\s+definitive\s+false/);
  }, 240_000);

  it("has written and imported demo DUO files whose figures equal the engine's", async () => {
    const files = JSON.parse((await vsv("duo", "files", "--data-dir", dir, "--format", "json")).stdout) as {
      kind: string; teljaar: string; stage: string | null; scope_kind: string; scope_code: string; imported_by: string;
    }[];
    const nrsp = files.find((f) => f.kind === "NRSP" && f.stage === "definitive" && f.scope_kind === "institution")!;
    expect(nrsp.imported_by).toBe("vsv start (demo)");
    expect(new Set(files.map((f) => f.scope_kind))).toEqual(new Set(["institution", "region"]));
    const { scope_code: brin, teljaar } = nrsp;
    const duo = JSON.parse((await vsv("duo", "figures", "--institution", brin, "--teljaar", teljaar, "--stage", "definitive", "--format", "json", "--data-dir", dir)).stdout) as { start_population: number; vsv: number }[];
    const engine = JSON.parse((await vsv("figures", "--teljaar", teljaar, "--stage", "definitive", "--by", "institution", "--format", "json", "--data-dir", dir)).stdout) as { institution: string; start_population: number; vsv: number }[];
    const row = engine.find((e) => e.institution === brin)!;
    expect(duo[0]).toMatchObject({ start_population: row.start_population, vsv: row.vsv });
  }, 60_000);

  it("has loaded the signal lists and created the demo accounts, each placed where the lists are", async () => {
    const { withOperationalStore } = await import("../../src/store/index.js");
    await withOperationalStore({ dataDir: dir }, async (s) => {
      const accounts = await s.query<{ username: string; role: string; scope: string | null }>(
        `SELECT a.username, a.role, string_agg(sc.scope_code, ',') AS scope FROM accounts a LEFT JOIN account_scopes sc ON sc.account_id = a.id GROUP BY a.username, a.role ORDER BY a.username`,
      );
      expect(accounts.map((a) => a.username)).toEqual(["demo-analist", "demo-begeleider", "demo-begeleider-andere-regio", "demo-begeleider2", "demo-beheerder", "demo-coordinator", "demo-school"]);
      const scopeOf = (u: string) => accounts.find((a) => a.username === u)!.scope!;
      const [{ n }] = (await s.query<{ n: number }>("SELECT count(*) AS n FROM signals WHERE list = 'possible' AND region = $1", [scopeOf("demo-begeleider")])) as [{ n: number }];
      expect(n).toBeGreaterThan(0);
      const [{ m }] = (await s.query<{ m: number }>("SELECT count(*) AS m FROM signals WHERE list = 'possible' AND region = $1 AND institution = $2", [scopeOf("demo-begeleider"), scopeOf("demo-school")])) as [{ m: number }];
      expect(m).toBeGreaterThan(0);
      expect(scopeOf("demo-begeleider-andere-regio")).not.toBe(scopeOf("demo-begeleider"));
    });
  }, 60_000);

  it("has added demo case work: a workload with open, overdue and no-contact cases, a handover in the incoming queue, audit entries", async () => {
    expect(firstStdout).toMatch(/^Demo case work in region \d+: 13 cases \(11 open, 3 with an overdue next step, 4 without contact for 30\+ days\), \d+ contact moments, 1 handover waiting in the incoming queue, 3 absence reports from the demo school\.$/m);
    const { withOperationalStore } = await import("../../src/store/index.js");
    const { workloadOf } = await import("../../src/store/workload.js");
    const { listIncomingHandovers } = await import("../../src/store/case-handover.js");
    const { queryAudit } = await import("../../src/store/audit.js");
    const { dutchToday } = await import("../../src/store/casework-demo.js");
    await withOperationalStore({ dataDir: dir }, async (s) => {
      const [{ region }] = (await s.query<{ region: string }>("SELECT sc.scope_code AS region FROM accounts a JOIN account_scopes sc ON sc.account_id = a.id WHERE a.username = 'demo-coordinator'")) as [{ region: string }];
      const load = await workloadOf(s, region, dutchToday());
      expect(load.total.open_cases).toBeGreaterThan(0);
      expect(load.total.overdue_next_steps).toBeGreaterThan(0);
      expect(load.total.without_contact).toBeGreaterThan(0);
      expect((await listIncomingHandovers(s, { regions: [region], waiting: true })).waiting).toBe(1);
      expect((await queryAudit(s, { regions: [region] })).total).toBeGreaterThan(0);
    });
    caseworkCounts = await countCasework();
  }, 60_000);

  it("reuses the data the second time, and adds no demo case work again", async () => {
    const r = await vsv("start", "--data-dir", dir, "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/generating/i);
    expect(r.stdout.split("\n").filter((l) => /^\d{4}-\d{4}\s/.test(l))).toHaveLength(20);
    expect(r.stdout).toMatch(/^Demo case work: none added \(region \d+ already has cases\)\.$/m);
    expect(await countCasework()).toEqual(caseworkCounts);
  }, 60_000);

  it("with --serve (npm start) then serves the API on the data it prepared", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "start", "--serve", "--port", String(port), "--data-dir", dir, "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      await new Promise<void>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (c: Buffer) => {
          text += c.toString();
          if (text.includes(`http://localhost:${port}/`)) resolve();
        });
        child.on("exit", (code) => reject(new Error(`vsv start --serve exited with ${code}: ${text}`)));
      });
      expect(await (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).json()).toEqual({ status: "ok", data: true });
      const series = (await (await fetch(`http://127.0.0.1:${port}/api/v1/series`)).json()) as { rows: unknown[] };
      expect(series.rows.length).toBeGreaterThan(0);
      // The closed part is served too: a demo officer signs in and gets the region's signal list.
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "demo-begeleider", password: "vsv-demo-wachtwoord" }) });
      expect(login.status).toBe(200);
      const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
      const list = (await (await fetch(`http://127.0.0.1:${port}/api/v1/signals`, { headers: { cookie } })).json()) as { total: number };
      expect(list.total).toBeGreaterThan(0);
    } finally {
      child.kill("SIGTERM");
    }
  }, 60_000);
});
