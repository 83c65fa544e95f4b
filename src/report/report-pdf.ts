/**
 * The yearly report as a tagged (accessible) PDF: the HTML document of report-html.ts printed by Chromium through
 * playwright-core. Why Chromium: a public document must be accessible, and Chromium tags the PDF from the HTML's own
 * structure (headings, tables, figures with their text alternative, reading order) and makes the outline from the
 * headings. Chromium is a program installed on the machine (CHROMIUM_PATH), never downloaded; without it the PDF
 * cannot be made (PdfUnavailableError) while the workbook still can.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { VsvError } from "../domain/errors.js";
import type { YearlyReport } from "./report-data.js";
import { footerHtml, PAGE_MARGIN_MM, yearlyReportHtml } from "./report-html.js";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Chromium is missing or would not start: the PDF cannot be made (the workbook can). */
export class PdfUnavailableError extends VsvError {
  /** What is wrong, e.g. "Chromium is not installed at /usr/bin/chromium". */
  readonly reason: string;
  constructor(reason: string) {
    super("PDF_UNAVAILABLE", `${reason}: install Chromium (e.g. \`apt-get install chromium\`) to make the PDF; the workbook (xlsx) needs no browser`);
    this.reason = reason;
  }
}

export interface PdfPrinter {
  /** The HTML document printed on A4 as a tagged PDF with an outline, `footer` on every page. */
  print(html: string, footer: string): Promise<Buffer>;
  /** Closes the browser, if one was started. */
  close(): Promise<void>;
}

/**
 * A printer that starts Chromium on the first print and keeps it for the next ones (starting it costs more than a
 * print); a browser that went away is started again. Each print has its own page without scripts or network.
 */
export function pdfPrinter(executablePath: string = CHROMIUM_PATH): PdfPrinter {
  let browser: Promise<Browser> | undefined;

  function started(): Promise<Browser> {
    if (browser) return browser;
    if (!existsSync(executablePath)) return Promise.reject(new PdfUnavailableError(`Chromium is not installed at ${executablePath}`));
    const launching = chromium.launch({ executablePath }).then(
      (b) => {
        b.on("disconnected", () => {
          if (browser === launching) browser = undefined;
        });
        return b;
      },
      (e: Error) => {
        browser = undefined;
        throw new PdfUnavailableError(`Chromium at ${executablePath} did not start (${e.message.split("\n")[0]})`);
      },
    );
    browser = launching;
    return launching;
  }

  return {
    async print(html, footer) {
      const context = await (await started()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: "load" });
        const mm = (v: number) => `${v}mm`;
        return await page.pdf({
          format: "A4",
          tagged: true,
          outline: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate: footer,
          margin: { top: mm(PAGE_MARGIN_MM.top), right: mm(PAGE_MARGIN_MM.right), bottom: mm(PAGE_MARGIN_MM.bottom), left: mm(PAGE_MARGIN_MM.left) },
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}

/**
 * The report as PDF bytes. With `printer` (a server's, kept open) the browser is reused; without one a browser is
 * started for this report and closed after it (the command line).
 */
export async function yearlyReportPdf(r: YearlyReport, printer?: PdfPrinter): Promise<Buffer> {
  const own = printer ?? pdfPrinter();
  try {
    return await own.print(yearlyReportHtml(r), footerHtml(r));
  } finally {
    if (!printer) await own.close();
  }
}
