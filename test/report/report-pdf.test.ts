/** The printer of the yearly report's PDF: Chromium through playwright-core, started once and reused, and what it says without Chromium. */
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_PATH, PdfUnavailableError, pdfPrinter } from "../../src/report/report-pdf.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

const dir = tempDir("vsv-report-pdf-");
afterAll(() => removeTempDirs());

const CHROMIUM = existsSync(CHROMIUM_PATH);
const PAGE = (title: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>Tekst.</p></body></html>`;
const FOOTER = `<div style="font-size: 8pt">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`;

describe("the PDF printer", () => {
  it("says to install Chromium, and that the workbook needs none, when Chromium is missing", async () => {
    const printer = pdfPrinter(path.join(dir, "no-chromium"));
    const error = await printer.print(PAGE("Proef"), FOOTER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect((error as PdfUnavailableError).code).toBe("PDF_UNAVAILABLE");
    expect((error as Error).message).toMatch(/^Chromium is not installed at .*no-chromium: install Chromium .* the workbook \(xlsx\) needs no browser$/);
    await printer.close();
  });

  it.skipIf(!CHROMIUM && process.env.CI !== "true")("prints tagged PDFs with one browser for several documents, and again after it is closed", async () => {
    expect(CHROMIUM, `Chromium must be installed at ${CHROMIUM_PATH} in CI (apt-get install chromium)`).toBe(true);
    const printer = pdfPrinter();
    try {
      const [a, b] = await Promise.all([printer.print(PAGE("Eerste"), FOOTER), printer.print(PAGE("Tweede"), FOOTER)]);
      const file = path.join(dir, "b.pdf");
      writeFileSync(file, b);
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/^Title:\s+Tweede$/m);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(a.subarray(0, 5).toString()).toBe("%PDF-");
      await printer.close();
      const again = await printer.print(PAGE("Weer"), FOOTER);
      expect(again.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await printer.close();
    }
  }, 60_000);
});
