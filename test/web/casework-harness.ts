/**
 * Browser test harness for the closed part: a copy of the shared small demo data (`vsv start --scale 0.005`, which also
 * loads the signal lists into the operational store — PGlite in the data directory — and creates the demo accounts),
 * the real API with the closed part on a free port serving the web app's build, and Debian's Chromium through
 * playwright-core. Each user gets their own browser context (their own session cookie).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { type Account, findAccountByUsername, getAccount } from "../../src/store/accounts.js";
import { DEMO_PASSWORD } from "../../src/store/demo-accounts.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { type PseudonymKey, loadPseudonymKey } from "../../src/store/pseudonym.js";
import { CHROMIUM, screenshotDir, webBuild } from "./harness.js";
import { demoData } from "../support/demo-data.js";

export { browserAvailable, screenshot } from "./harness.js";


export const DEMO_USERS = [
  "demo-beheerder",
  "demo-analist",
  "demo-coordinator",
  "demo-begeleider",
  "demo-begeleider2",
  "demo-begeleider-andere-regio",
  "demo-school",
] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

export interface CaseworkHarness {
  readonly dataDir: string;
  readonly baseUrl: string;
  readonly app: FastifyInstance;
  /** The operational store the app uses (tests read it, and change a case behind a page's back). */
  readonly sql: OperationalStore;
  readonly key: PseudonymKey;
  readonly browser: Browser;
  /** The demo accounts as the store holds them. */
  readonly users: Readonly<Record<DemoUser, Account>>;
  /** A fresh browser context (no cookies) with one page. */
  visitor(): Promise<{ context: BrowserContext; page: Page }>;
  /** A fresh browser context signed in as `user` through the login form. */
  signedIn(user: DemoUser): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Fills and sends the login form on the page (which must show /inloggen). */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

export async function startCaseworkHarness(): Promise<CaseworkHarness> {
  const tmp = mkdtempSync(path.join(tmpdir(), "vsv-casework-web-"));
  const dataDir = path.join(tmp, "data");
  demoData(dataDir);
  const webRoot = await webBuild(tmp);
  const key = loadPseudonymKey(dataDir);
  // PGlite in the data directory (not DATABASE_URL): the browser tests need no server.
  const sql = await openOperationalStore({ dataDir });
  const [listed] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM signals");
  if (!listed?.n) throw new Error("vsv start loaded no signal lists into the operational store (src/cli/demo-casework.ts)");
  const users = {} as Record<DemoUser, Account>;
  for (const u of DEMO_USERS) {
    const found = await findAccountByUsername(sql, u);
    if (!found) throw new Error(`Demo account ${u} is missing: vsv start (src/cli/demo-casework.ts) should create it`);
    users[u] = (await getAccount(sql, found.id))!;
  }
  const app = await buildApp({ dataDir, webRoot, casework: { sql, key } });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(screenshotDir, { recursive: true });
  const contexts: BrowserContext[] = [];

  async function visitor() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL", timezoneId: "Europe/Amsterdam", acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error(`page error on ${page.url()}: ${e.message}`));
    return { context, page };
  }

  return {
    dataDir,
    baseUrl: address,
    app,
    sql,
    key,
    browser,
    users,
    visitor,
    async signedIn(user) {
      const v = await visitor();
      await v.page.goto(`${address}/inloggen`);
      await logIn(v.page, user);
      await v.page.waitForURL((u) => u.pathname.startsWith("/werk"));
      await v.page.getByTestId("signed-in-as").waitFor();
      return v;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await app.close();
      await sql.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
