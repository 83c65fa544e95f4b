/**
 * DUO's level names (`NIVEAU`) differ between files and years (`Mbo4 opleidingen`, `Mbo niveau 4`,
 * `Bol4`, `Entree`); this one table maps them to the levels vsv-monitor reports on.
 * An unknown name is kept as written and reported as a data-quality warning.
 */
export const DUO_LEVELS = ["MBO-1", "MBO-2", "MBO-3", "MBO-4", "VMBO", "HAVO-VWO", "VO-ONDERBOUW", "PRO", "VSO"] as const;
export type DuoLevel = (typeof DUO_LEVELS)[number];

/** Dutch labels for the interface and tables. */
export const DUO_LEVEL_LABELS: Readonly<Record<DuoLevel, string>> = {
  "MBO-1": "Mbo 1 (entree)",
  "MBO-2": "Mbo 2",
  "MBO-3": "Mbo 3",
  "MBO-4": "Mbo 4",
  VMBO: "Vmbo bovenbouw",
  "HAVO-VWO": "Havo/vwo bovenbouw",
  "VO-ONDERBOUW": "Vo onderbouw",
  PRO: "Praktijkonderwijs",
  VSO: "Voortgezet speciaal onderwijs",
};

/** The name DUO writes in current files, used by the export. */
export const DUO_LEVEL_NAMES: Readonly<Record<DuoLevel, string>> = {
  "MBO-1": "Mbo1 opleidingen",
  "MBO-2": "Mbo2 opleidingen",
  "MBO-3": "Mbo3 opleidingen",
  "MBO-4": "Mbo4 opleidingen",
  VMBO: "VMBO bovenbouw",
  "HAVO-VWO": "HAVO/VWO bovenbouw",
  "VO-ONDERBOUW": "VO onderbouw",
  PRO: "Praktijkonderwijs",
  VSO: "Voortgezet speciaal onderwijs",
};

/** Patterns over the name in upper case with spaces, dots, dashes and underscores removed. */
const LEVEL_PATTERNS: ReadonlyArray<readonly [RegExp, DuoLevel]> = [
  [/^ENTREE/, "MBO-1"],
  [/^(MBO|BOL|BBL)(NIVEAU)?([1-4])(OPLEIDINGEN?)?$/, "MBO-1"],
  [/^(VMBO)(BOVENBOUW)?/, "VMBO"],
  [/^(HAVO\/?VWO|HAVO|VWO)(BOVENBOUW)?/, "HAVO-VWO"],
  [/^(VO)?ONDERBOUW|^VOONDERBOUW/, "VO-ONDERBOUW"],
  [/^(PRO|PRAKTIJKONDERWIJS)/, "PRO"],
  [/^(VSO|VOORTGEZETSPECIAALONDERWIJS)/, "VSO"],
];

function squash(raw: string): string {
  return raw.toUpperCase().replace(/[\s._-]+/g, "");
}

/** The level a DUO level name stands for; undefined when the name is not known (or empty). */
export function normaliseLevel(raw: string): DuoLevel | undefined {
  const s = squash(raw);
  if (s === "") return undefined;
  for (const [pattern, level] of LEVEL_PATTERNS) {
    const m = pattern.exec(s);
    if (!m) continue;
    if (level === "MBO-1" && m[3] !== undefined) return `MBO-${m[3]}` as DuoLevel;
    return level;
  }
  return undefined;
}

/** The mbo level number (1-4) the norms are set for; null for vo and vavo levels. */
export function mboLevelNumber(level: DuoLevel): number | null {
  return level.startsWith("MBO-") ? Number(level.slice(4)) : null;
}
