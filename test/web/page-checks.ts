/** What the browser tests check on every page: axe-core's WCAG 2.1 AA rules, a page that has finished loading, text shown. */
import { AxeBuilder } from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";

/** The WCAG 2.1 A and AA violations axe-core finds on the page, one line each (empty: none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
}

/** Waits until the page has its heading and shows no loading message (a page may show its heading only once loaded). */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.locator("h1").first().waitFor({ timeout });
  await page.waitForFunction(() => !document.querySelector(".vsv-loading"), null, { timeout });
}

/** Waits until the element shows `text` (fails after 15 s). */
export async function shows(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
}
