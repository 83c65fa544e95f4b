/**
 * One truth on every page (issue 14), in Chromium: for the latest teljaar under both definitions, the landing page's
 * national figure, a region's page, the map's region and an institution's page show the numbers the API gives for
 * the same selection ("x" where it hides them). The API, its downloads and the report workbook are compared with
 * each other in test/server/one-truth.test.ts.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoExamples, demoExamples } from "../support/demo-examples.js";
import { browserAvailable, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { settled } from "./page-checks.js";

const run = browserAvailable();
const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
/** A count as the pages write it. */
const shown = (v: number | null | undefined) => (v === null || v === undefined ? "x" : nl.format(v));

describe.skipIf(!run)("the same number wherever a reader looks", () => {
  let h: CaseworkHarness;
  let page: Page;
  let examples: DemoExamples;
  const api = async (path: string) => (await (await fetch(`${h.baseUrl}/api/v1${path}`)).json()) as Record<string, unknown>;
  const open = async (path: string) => {
    await page.goto(`${h.baseUrl}${path}`);
    await settled(page, 90_000);
  };
  /** The key figures of a page: the texts of its <dt>s and <dd>s. */
  const figures = async (testId: string) => {
    const list = page.getByTestId(testId);
    await list.waitFor();
    return Object.fromEntries(await list.locator(":scope > div").evaluateAll((items) => items.map((i) => [i.querySelector("dt")!.textContent!.trim(), i.querySelector("dd")!.textContent!.trim()])));
  };

  beforeAll(async () => {
    h = await startCaseworkHarness();
    examples = await demoExamples(h.app);
    page = (await h.visitor()).page;
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 240_000);
  afterAll(async () => h?.close());

  it("shows the API's national, regional and institution figures on the pages, under both definitions", async () => {
    const meta = await api("/meta");
    const teljaar = meta.latest_teljaar as string;
    for (const definition of meta.definitions as number[]) {
      const q = `teljaar=${teljaar}&definition=${definition}`;
      // The pages' own query (src/web/selection.ts) names the definition in Dutch.
      const page_q = `teljaar=${teljaar}&definitie=${definition}`;
      const national = ((await api(`/figures?${q}`)).rows as Record<string, number | null>[])[0]!;
      await open(`/?${page_q}`);
      expect(await page.getByTestId("national-vsv").textContent(), `landing page, definition ${definition}`).toBe(shown(national.vsv));

      const region = (await api(`/regions/${examples.region}?${q}`)).figure as Record<string, number | null>;
      await open(`/regio/${examples.region}?${page_q}`);
      const regionPage = await figures("detail-figure");
      expect(Object.values(regionPage).slice(0, 1), `region ${examples.region}, definition ${definition}`).toEqual([shown(region.vsv)]);
      expect(Object.values(regionPage)[2]).toBe(shown(region.start_population));

      // The map: a municipality found with "vind uw gemeente" names its region's percentage, as the region list has it.
      const municipalities = (await api(`/municipalities?teljaar=${teljaar}`)).rows as { code: string; region: string }[];
      const regionOf = municipalities.find((m) => m.code === examples.municipality)!.region;
      const row = ((await api(`/regions?${q}`)).rows as { code: string; vsv_pct: number | null }[]).find((r) => r.code === regionOf)!;
      await open(`/kaart?${page_q}&gemeente=${examples.municipality}`);
      const found = await page.getByTestId("map-found").innerText();
      const pct = row.vsv_pct === null ? "x" : `${row.vsv_pct.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
      if (row.vsv_pct === null) expect(found).not.toMatch(/\d,\d\d\s?%/);
      else expect(found.replace(/\s/g, ""), `map, region ${regionOf}`).toContain(pct.replace(/\s/g, ""));
    }
    const q = `teljaar=${teljaar}`;
    const institution = (await api(`/institutions/${examples.institution}?${q}`)).figure as Record<string, number | null>;
    await open(`/instelling/${examples.institution}?${q}`);
    const institutionPage = await figures("detail-figure");
    expect(Object.values(institutionPage)[0], `institution ${examples.institution}`).toBe(shown(institution.vsv));
    expect(Object.values(institutionPage)[2]).toBe(shown(institution.start_population));
    // The region page lists the institutions seated there with the figures of their own pages.
    const seated = ((await api(`/regions/${examples.region}?${q}`)).institutions as { code: string; vsv: number | null }[]).slice(0, 3);
    if (seated.length > 0) {
      await open(`/regio/${examples.region}?${q}`);
      const section = page.locator("section", { has: page.getByRole("heading", { name: "Instellingen gevestigd in deze regio" }) });
      for (const i of seated) {
        const line = await section.locator("tr", { hasText: `(${i.code})` }).first().innerText();
        expect(line, `institution ${i.code} on the region page`).toContain(shown(i.vsv));
      }
    }
  }, 300_000);
});
