/**
 * Every page of the web app, by URL pattern (`:name` is a path parameter): App.tsx renders the public pages and
 * pages/casework/CaseworkRoutes.tsx the closed part from these tables, so a page exists only once it is listed here.
 * The browser test of the Content-Security-Policy (test/web/csp.test.ts) visits every entry.
 */
export const PUBLIC_PAGES = {
  home: "/",
  map: "/kaart",
  compare: "/vergelijken",
  steering: "/sturing",
  norms: "/sturing/normen",
  followUp: "/sturing/vervolg",
  targetGroup: "/sturing/doelgroep",
  targets: "/sturing/doelen",
  report: "/sturing/rapport",
  programmes: "/sturing/programmas",
  programme: "/sturing/programma/:region",
  actionPlan: "/sturing/actieplan",
  region: "/regio/:code",
  municipality: "/gemeente/:code",
  institution: "/instelling/:brin",
  location: "/instelling/:brin/locatie/:loc",
} as const;

/** The closed part (src/web/casework/menu.ts says which roles may open which). */
export const CLOSED_PAGES = {
  login: "/inloggen",
  start: "/werk",
  signals: "/werk/signalen",
  cases: "/werk/dossiers",
  workload: "/werk/werklast",
  incoming: "/werk/binnengekomen",
  auditLog: "/werk/logboek",
  absence: "/werk/verzuim",
  accounts: "/werk/gebruikers",
  person: "/werk/personen/:ref",
  search: "/werk/zoeken",
  case: "/werk/dossiers/:id",
} as const;

export type PublicPage = keyof typeof PUBLIC_PAGES;
export type ClosedPage = keyof typeof CLOSED_PAGES;

/** Matches "/regio/:code" against a path; returns the decoded parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    const val = s[i]!;
    if (seg.startsWith(":")) params[seg.slice(1)] = decodeURIComponent(val);
    else if (seg !== val) return null;
  }
  return params;
}

/** The page of `pages` whose pattern matches `path`, with its parameters (null: none, a "not found" page). */
export function findPage<K extends string>(pages: Readonly<Record<K, string>>, path: string): { page: K; params: Record<string, string> } | null {
  for (const page of Object.keys(pages) as K[]) {
    const params = match(pages[page], path);
    if (params) return { page, params };
  }
  return null;
}
