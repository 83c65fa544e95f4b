/**
 * The docs page's stylesheet, served from its own route (the Content-Security-Policy refuses inline `<style>`,
 * src/server/security-headers.ts): the NL Design System's Utrecht design tokens and component CSS, the same
 * packages the web app imports (src/web/main.tsx), then the page's own rules. Read from node_modules once.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DOCS_CSS } from "./styles.js";

const require = createRequire(import.meta.url);

export const DESIGN_SYSTEM_CSS = ["@utrecht/design-tokens/dist/root.css", "@utrecht/component-library-css/dist/index.css"] as const;

export interface Stylesheet {
  readonly css: string;
  /** A short hash of the content, put in the page's link so a changed stylesheet is fetched anew. */
  readonly version: string;
}

export function docsStylesheet(): Stylesheet {
  const css = [...DESIGN_SYSTEM_CSS.map((file) => readFileSync(require.resolve(file), "utf8")), DOCS_CSS].join("\n");
  return { css, version: createHash("sha256").update(css).digest("hex").slice(0, 12) };
}
