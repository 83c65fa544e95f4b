/**
 * What the public side publishes (docs/privacy-public.md, "What is published"): a fixed set of tables, each at
 * most one area and one topic, so that every table, its margins and the hierarchies between them can be protected
 * together. A request for another combination is refused with the list of what is published; the order in which a
 * reader names the breakdowns never matters (a table and its transposed order are one table).
 */

/** Areas: where young people live, or where they go to school. */
export const AREAS = ["region", "municipality", "labour_market_region", "institution", "location"] as const;

/** Topics published nationally. */
export const TOPICS = ["vo_mbo", "sector", "education_type", "level", "leerweg", "grade", "age_group", "age", "sex"] as const;

/** Topics of an institution: what it offers (its norms depend on the sorts of education). */
export const INSTITUTION_TOPICS = ["vo_mbo", "sector", "level", "education_type"] as const;

/** Topics per region: every topic but single years of age (age groups instead). */
export const REGION_TOPICS = TOPICS.filter((t) => t !== "age");

/** An area always comes with the area it lies in, so one cell has one name everywhere. */
export const AREA_PARENT: Readonly<Record<string, string>> = { municipality: "region", location: "institution" };

/** Topics per area (beyond the area alone). Municipalities and locations are too small to split. */
const AREA_TOPICS: Readonly<Record<string, readonly string[]>> = {
  "": TOPICS,
  region: REGION_TOPICS,
  municipality: [],
  labour_market_region: [],
  institution: INSTITUTION_TOPICS,
  location: [],
};

/** Published only for the norms (not a breakdown a reader names): mbo level or vo category per institution. */
export const NORM_GROUP = "norm_group";

/** Every published table as its breakdowns in canonical order (area parent, area, topic). */
export function publishedTables(): string[][] {
  const out: string[][] = [];
  for (const [area, topics] of Object.entries(AREA_TOPICS)) {
    const base = area === "" ? [] : AREA_PARENT[area] ? [AREA_PARENT[area]!, area] : [area];
    out.push(base);
    for (const t of topics) out.push([...base, t]);
  }
  out.push([NORM_GROUP], ["institution", NORM_GROUP]);
  return out;
}

/**
 * Under the definition that is not the teljaar's official one only the national counts (with vo and mbo apart) and
 * the regional counts are published:
 * every table under both definitions would publish, cell by cell, the 23–26 year-olds as the difference.
 */
export function otherDefinitionTables(): string[][] {
  return [[], ["vo_mbo"], ["region"]];
}

const setKey = (names: readonly string[]) => [...names].sort().join(",");
const PUBLISHED = new Map(publishedTables().map((t) => [setKey(t), t]));
const OTHER = new Set(otherDefinitionTables().map(setKey));

/** The breakdowns a reader may ask for together, for messages and /meta. */
export function publishedCombinations(): string[] {
  return publishedTables()
    .filter((t) => t.length > 0 && !t.includes(NORM_GROUP))
    .map((t) => t.filter((n, i) => !(i === 0 && AREA_PARENT[t[1] ?? ""] === n)).join(","));
}

/** A combination the public side does not publish; `parameter` names what to change (`by` or `definition`). */
export class NotPublishedError extends Error {
  constructor(
    readonly parameter: "by" | "definition",
    message: string,
  ) {
    super(message);
  }
}

/**
 * The published table for the breakdowns a reader names, in canonical order (a municipality with its region, a
 * location with its institution). Throws NotPublishedError when the combination is not published.
 */
export function canonicalTable(names: readonly string[], official = true): string[] {
  const withParents = [...names];
  for (const n of names) {
    const parent = AREA_PARENT[n];
    if (parent && !withParents.includes(parent)) withParents.push(parent);
  }
  const table = PUBLISHED.get(setKey(withParents));
  if (table && !official && !OTHER.has(setKey(table))) {
    throw new NotPublishedError("definition", `onder de definitie die niet de officiële van dit teljaar is, worden alleen landelijke cijfers (met vo en mbo apart) en cijfers per regio gepubliceerd: laat by=${names.join(",")} weg of gebruik de officiële definitie`);
  }
  if (!table) {
    throw new NotPublishedError(
      "by",
      `de combinatie ${names.join(",")} wordt niet gepubliceerd: noem hoogstens één gebied (${AREAS.join(", ")}) en één onderwerp (${TOPICS.join(", ")}); een regio heeft elk onderwerp behalve leeftijd, een instelling ${INSTITUTION_TOPICS.join(", ")}, een gemeente, arbeidsmarktregio of vestiging geen`,
    );
  }
  return table;
}
