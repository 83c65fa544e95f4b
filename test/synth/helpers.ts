/** Generated registers for the synth tests, in temporary folders removed after the run. */
import path from "node:path";
import { tempDir as makeTempDir, removeTempDirs } from "../support/temp-dirs.js";
import { type DrawKind, type GenerateOptions, type GenerateSummary, generateRegister } from "../../src/synth/index.js";

export function tempDir(prefix = "vsv-synth-"): string {
  return makeTempDir(prefix);
}

export { removeTempDirs };

export interface Generated {
  readonly folder: string;
  readonly summary: GenerateSummary;
  readonly draws: { year: number; kind: DrawKind; personId: string }[];
}

export async function generate(options: Partial<GenerateOptions> & { scale: number }): Promise<Generated> {
  const folder = options.out ?? path.join(tempDir(), "register");
  const draws: Generated["draws"] = [];
  const summary = await generateRegister({
    seed: 1,
    fromYear: 2015,
    toYear: 2025,
    ...options,
    out: folder,
    onDraw: (year, kind, personId) => draws.push({ year, kind, personId }),
  });
  return { folder, summary, draws };
}
