/**
 * The Content-Security-Policy (src/server/security-headers.ts, docs/auth.md "Security headers") in Chromium: every
 * page of the web app — taken from its route tables (src/web/routes.ts), so a new page is visited without touching
 * this test —, the public pages anonymous and the closed part's pages signed in as every demo role that may open
 * them, and the API documentation page. The browser reports no CSP violation, neither as a
 * `securitypolicyviolation` event nor on the console, and every page still renders.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ct } from "../../src/web/casework/text.js";
import { CLOSED_PAGES, PUBLIC_PAGES } from "../../src/web/routes.js";
import { DEMO_PASSWORD } from "../../src/store/demo-accounts.js";
import { type DemoExamples, demoExamples } from "../support/demo-examples.js";
import { browserAvailable, type CaseworkHarness, type DemoUser, startCaseworkHarness } from "./casework-harness.js";
import { settled } from "./page-checks.js";

const run = browserAvailable();

/** One demo user per role; the coordinator may open every page of the closed part. */
const ROLE_USERS: readonly DemoUser[] = ["demo-beheerder", "demo-analist", "demo-coordinator", "demo-begeleider", "demo-school"];

/** A page pattern with its parameters filled in from the demo data; fails for a parameter it has no value for. */
function pageUrl(pattern: string, e: DemoExamples): string {
  const byPattern: Record<string, Record<string, string>> = {
    [PUBLIC_PAGES.programme]: { region: e.programmeRegion },
    [PUBLIC_PAGES.region]: { code: e.region },
    [PUBLIC_PAGES.municipality]: { code: e.municipality },
  };
  const byName: Record<string, string> = { brin: e.institution, loc: e.location, ref: e.personRef, id: String(e.caseId) };
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = byPattern[pattern]?.[name] ?? byName[name];
    if (value === undefined) throw new Error(`No example value for :${name} of the page ${pattern}: add one to pageUrl in this test`);
    return encodeURIComponent(value);
  });
}

interface Watched {
  readonly page: Page;
  /** Every violation reported so far, as `<url>: <what>`. */
  readonly violations: string[];
}

/** Collects the context's CSP violations: the DOM event (through a binding, which CSP does not govern) and the console. */
async function watch(context: BrowserContext, page: Page): Promise<Watched> {
  const violations: string[] = [];
  await context.exposeBinding("__vsvCspViolation", ({ page: p }, what: string) => void violations.push(`${p.url()}: ${what}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __vsvCspViolation(what: string): void }).__vsvCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} in ${e.sourceFile}:${e.lineNumber} "${e.sample}"`);
    });
  });
  page.on("console", (m) => {
    if (/content.security.policy|refused to/i.test(m.text())) violations.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
  });
  return { page, violations };
}

/** Opens `url` as a full page load, checks that the document carries the policy, and waits until the page has rendered. */
async function visit(w: Watched, url: string): Promise<void> {
  const response = await w.page.goto(url);
  expect(response?.status(), url).toBe(200);
  expect(response?.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
  await settled(w.page);
  await w.page.waitForLoadState("networkidle");
}

describe.skipIf(!run)("the Content-Security-Policy in Chromium", () => {
  let h: CaseworkHarness;
  let examples: DemoExamples;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    examples = await demoExamples(h.app);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it("breaks no public page", async () => {
    const { context, page } = await h.visitor();
    const w = await watch(context, page);
    const visited: string[] = [];
    for (const pattern of [...Object.values(PUBLIC_PAGES), "/bestaat-niet"]) {
      const url = pageUrl(pattern, examples);
      await visit(w, `${h.baseUrl}${url}`);
      visited.push(url);
    }
    // The sign-in page is open to anyone; the others of the closed part send an anonymous visitor there.
    await visit(w, `${h.baseUrl}${CLOSED_PAGES.login}`);
    await page.getByLabel(ct.login.username).waitFor();
    expect(visited.length).toBe(Object.keys(PUBLIC_PAGES).length + 1);
    expect(w.violations).toEqual([]);
  }, 240_000);

  it("breaks no page of the closed part, signed in with every role (pages a role may not open say so, under the same policy)", async () => {
    const closedPatterns = Object.values(CLOSED_PAGES).filter((p) => p !== CLOSED_PAGES.login);
    const violations: string[] = [];
    for (const user of ROLE_USERS) {
      const { context, page } = await h.visitor();
      const w = await watch(context, page);
      await visit(w, `${h.baseUrl}${CLOSED_PAGES.login}`);
      await page.getByLabel(ct.login.username).fill(user);
      await page.getByLabel(ct.login.password).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: ct.login.submit }).click();
      await page.getByTestId("signed-in-as").waitFor();
      for (const pattern of [...closedPatterns, "/werk/bestaat-niet"]) {
        const url = pageUrl(pattern, examples);
        await visit(w, `${h.baseUrl}${url}`);
        // The coordinator sees every page itself, not the "no access" notice.
        if (user === "demo-coordinator" && pattern !== "/werk/bestaat-niet") expect(await page.locator("h1").first().textContent(), url).not.toBe(ct.noAccess);
      }
      violations.push(...w.violations);
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 400_000);

  it("breaks nothing in the API documentation page: it renders every operation under the same policy", async () => {
    const { context, page } = await h.visitor();
    const w = await watch(context, page);
    const response = await page.goto(`${h.baseUrl}/api/v1/docs`);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.waitForLoadState("networkidle");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.getByText("/health").count()).toBeGreaterThan(0);
    expect(w.violations).toEqual([]);
  }, 120_000);
});
