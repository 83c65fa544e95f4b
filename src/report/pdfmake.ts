/**
 * pdfmake on the server: a document definition in, PDF bytes out. pdfmake may read the Roboto fonts it ships and
 * no other file, and fetch no URL (a report holds no images from outside).
 */
import { createRequire } from "node:module";
import path from "node:path";

/** A pdfmake document definition (https://pdfmake.github.io/docs/0.3/document-definition-object/). */
export interface DocDefinition {
  readonly content: readonly Content[];
  readonly [key: string]: unknown;
}
/** A pdfmake content node: text, table, svg, stack, columns … (kept open: pdfmake checks it). */
export type Content = string | { readonly [key: string]: unknown };

interface OutputDocument {
  getBuffer(): Promise<Buffer>;
}
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(doc: DocDefinition): OutputDocument;
}

const require = createRequire(import.meta.url);
let loaded: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const pm = require("pdfmake") as PdfMake;
  const fontDir = path.join(path.dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
  const file = (name: string) => path.join(fontDir, name);
  const fonts = { normal: file("Roboto-Regular.ttf"), bold: file("Roboto-Medium.ttf"), italics: file("Roboto-Italic.ttf"), bolditalics: file("Roboto-MediumItalic.ttf") };
  pm.setFonts({ Roboto: fonts });
  pm.setUrlAccessPolicy(() => false);
  const allowed = new Set(Object.values(fonts));
  pm.setLocalAccessPolicy((f) => allowed.has(path.resolve(f)));
  loaded = pm;
  return pm;
}

export function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return pdfmake().createPdf(doc).getBuffer();
}
