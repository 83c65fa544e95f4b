/**
 * Imports run one way (docs/architecture.md, "Layers"): every relative import of every .ts/.tsx file under src/
 * must point at a layer its own layer may use. The table below is the rule; KNOWN_VIOLATIONS lists the imports
 * that still break it and are being fixed elsewhere. That list may only shrink: an entry that no longer occurs
 * fails the test too, so remove it when its import is gone.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = path.join(ROOT, "src");

const LAYERS = ["domain", "engine", "store", "synth", "service", "server", "report", "cli", "web", "config"] as const;
type Layer = (typeof LAYERS)[number];

/** Who may import whom (docs/architecture.md, "Layers"). Every row names its own layer: a layer's files import each other. */
const ALLOWED: Readonly<Record<Layer, readonly Layer[]>> = {
  domain: ["domain"],
  engine: ["domain", "engine"],
  store: ["domain", "engine", "store"],
  synth: ["domain", "synth"],
  service: ["domain", "engine", "store", "service"],
  // The server serves the yearly report (report.pdf, report.xlsx) that the cli writes too: it renders it with src/report,
  // which reads published figures through src/service and never imports the server.
  server: ["domain", "engine", "store", "service", "report", "server", "config"],
  report: ["domain", "engine", "store", "service", "report", "config"],
  cli: ["domain", "engine", "store", "synth", "service", "server", "report", "cli", "config"],
  // The web app talks to the server over HTTP only; it may use pure domain constants such as labels.
  web: ["web", "domain"],
  config: ["domain"],
};

/**
 * Imports that break the table today and are being fixed by others (issue 15, item 3), as
 * "importing file -> imported file" (paths from the repository root). Only ever remove entries.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

/** The layer of a file: src/config.ts, or the first folder under src/; "no layer" elsewhere. */
function layerOf(file: string): Layer | "no layer" {
  const [first, second, ...rest] = path.relative(ROOT, file).split(path.sep);
  if (first !== "src" || second === undefined) return "no layer";
  if (rest.length === 0) return second === "config.ts" ? "config" : "no layer";
  return (LAYERS as readonly string[]).includes(second) ? (second as Layer) : "no layer";
}

/** Whether a file of one layer may import a file of another; outside src/ only the cli may reach. */
function allowed(from: Layer | "no layer", to: Layer | "no layer"): boolean {
  if (from === "no layer") return false;
  return to === "no layer" ? from === "cli" : ALLOWED[from].includes(to);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The module specifiers of a file's static imports and re-exports, side-effect imports and dynamic imports. */
function importSpecifiers(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!));
}

/** `./x.js` → the .ts/.tsx file it names (TypeScript's NodeNext convention); the path as is otherwise. */
function resolve(from: string, specifier: string): string {
  const target = path.resolve(path.dirname(from), specifier);
  const stem = target.replace(/\.jsx?$/, "");
  return [`${stem}.ts`, `${stem}.tsx`].find((f) => existsSync(f)) ?? target;
}

const repo = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

interface Import {
  readonly from: string;
  readonly to: string;
  readonly fromLayer: Layer | "no layer";
  readonly toLayer: Layer | "no layer";
}

const FILES = sourceFiles(SRC);

function violations(): Import[] {
  const found: Import[] = [];
  for (const file of FILES) {
    const fromLayer = layerOf(file);
    for (const specifier of importSpecifiers(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const target = resolve(file, specifier);
      const toLayer = layerOf(target);
      if (allowed(fromLayer, toLayer)) continue;
      const i: Import = { from: repo(file), to: repo(target), fromLayer, toLayer };
      // `import type { X }` and `export type { X }` from the same file are one dependency.
      if (!found.some((f) => f.from === i.from && f.to === i.to)) found.push(i);
    }
  }
  return found;
}

const describeImport = (i: Import) => `${i.from} -> ${i.to}`;

describe("imports run one way", () => {
  const all = violations();
  const known = new Set(KNOWN_VIOLATIONS);

  it("has no import against the layer table other than the known ones", () => {
    const unexpected = all
      .filter((i) => !known.has(describeImport(i)))
      .map((i) => `${describeImport(i)} (${i.fromLayer} may not import ${i.toLayer}; allowed: ${i.fromLayer === "no layer" ? "nothing" : ALLOWED[i.fromLayer].join(", ")})`);
    expect(unexpected).toEqual([]);
  });

  it("lists only known violations that still exist (remove the fixed ones from KNOWN_VIOLATIONS)", () => {
    const current = new Set(all.map(describeImport));
    expect(KNOWN_VIOLATIONS.filter((v) => !current.has(v))).toEqual([]);
  });

  it("finds every file under src in a layer of the table", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(FILES.filter((f) => layerOf(f) === "no layer").map(repo)).toEqual([]);
  });

  it("reads every kind of import", () => {
    const text = [
      'import { a } from "../engine/a.js";',
      "import type {",
      "  B,",
      '} from "../store/b.js";',
      'export { c } from "./c.js";',
      'export * from "./d.js";',
      'import "./e.js";',
      'const f = await import("../synth/f.js");',
      'import { g } from "node:fs";',
    ].join("\n");
    expect(importSpecifiers(text)).toEqual(["../engine/a.js", "../store/b.js", "./c.js", "./d.js", "node:fs", "./e.js", "../synth/f.js"]);
  });
});
