/**
 * Finding a young person (issue 16, part 2): over every signal list (possible, definitive, target group) and the
 * cases within the actor's scope, by a name fragment, a person-reference prefix, a BSN or onderwijsnummer (turned
 * into the reference with the pseudonym key here, never stored or returned), a school (BRIN or part of its name) or
 * a birth date. One result per person, with what an officer needs to recognise them. The scope is part of the SQL
 * WHERE and row-level security holds it too (run this on `ctx.personSql`). The matching of a search text is shared
 * with the signal list's own search (signal-list.ts). docs/signal-lists.md, "Search".
 */
import type { AccessScope } from "../domain/casework/access.js";
import type { CaseStatus } from "../domain/casework/case-status.js";
import { tryParseIsoDate } from "../domain/dates.js";
import { VsvError } from "../domain/errors.js";
import type { SignalList } from "../domain/signal-row.js";
import { type PersonRef, type PseudonymKey, personRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export const PERSON_SEARCH_KINDS = ["name", "reference", "person_number", "filters"] as const;
/** How the search text was read: a name, a reference (prefix), a person number, or no text (filters only). */
export type PersonSearchKind = (typeof PERSON_SEARCH_KINDS)[number];

export const MAX_SEARCH_PAGE_SIZE = 100;
export const DEFAULT_SEARCH_PAGE_SIZE = 25;

/** What a search text is: the first of these that fits. */
export type SearchText =
  | { readonly kind: "person_number"; readonly digits: string }
  | { readonly kind: "reference"; readonly prefix: string }
  | { readonly kind: "birth_date"; readonly date: string }
  | { readonly kind: "name"; readonly tokens: readonly string[] };

/** A BSN or onderwijsnummer: exactly nine digits (spaces and dots between them allowed, as people type them). */
export function personNumberOf(text: string): string | null {
  const digits = text.replace(/[\s.]/g, "");
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** A date typed as 2006-03-01, 1-3-2006, 01-03-2006 or 01/03/2006, as YYYY-MM-DD; null when it is not a real date. */
export function dateOf(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : nl ? [nl[3]!, nl[2]!, nl[1]!] : [];
  if (!y) return null;
  return tryParseIsoDate(`${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`) ?? null;
}

/** Lower case, without accents, hyphens as spaces: how names are compared (`Émile Jansen-de Vries` → `emile jansen de vries`); migration 0013 folds the stored names the same way. */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLowerCase().replace(/[-\s]+/g, " ").trim();
}

/**
 * SQL: the row's given names and family name folded like `foldName`, with a space in front so each word starts after
 * a space — a column computed when the row is written (migration 0013), so a search does not fold every row.
 */
export const NAME_TEXT = "s.search_name";

/**
 * Reads a search text: nine digits are a person number; `p` with hex digits (at least four, one of them a digit)
 * a reference or its start; a date a birth date; anything else a name, in words.
 */
export function readSearchText(text: string): SearchText | null {
  const t = text.trim();
  if (!t) return null;
  const digits = personNumberOf(t);
  if (digits) return { kind: "person_number", digits };
  const lower = t.toLowerCase();
  if (/^p[0-9a-f]{4,24}$/.test(lower) && /\d/.test(lower)) return { kind: "reference", prefix: lower };
  const date = dateOf(t);
  if (date) return { kind: "birth_date", date };
  const tokens = foldName(t).split(" ").filter(Boolean);
  return tokens.length ? { kind: "name", tokens } : null;
}

/** `text` for LIKE, with the pattern characters of the text itself taken literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQL condition on signals `s`: every word of the name is the start of a word of the person's names (`jan de v`). */
export function nameCondition(tokens: readonly string[], add: (value: unknown) => string): string {
  return tokens.map((token) => `${NAME_TEXT} LIKE ${add(`% ${likeEscape(token)}%`)}`).join(" AND ");
}

export interface PersonSearch {
  /** A name fragment, a reference (prefix), a BSN/onderwijsnummer (9 digits) or a birth date. */
  readonly text?: string;
  /** YYYY-MM-DD. */
  readonly birthDate?: string;
  /** A BRIN or part of a school's name. */
  readonly school?: string;
  /** 1-based. */
  readonly page?: number;
  readonly pageSize?: number;
}

export interface SearchOptions {
  /** The actor's cases too (regional roles); schools see the lists only. */
  readonly includeCases: boolean;
  /** YYYY-MM-DD: the day ages are counted on (the caller's clock). */
  readonly today: string;
}

export interface PersonHitCase {
  readonly id: number;
  readonly status: CaseStatus;
  readonly region: string;
}

export interface PersonHitSchool {
  readonly institution: string;
  readonly institution_name: string | null;
}

/** One person found: never the person number. */
export interface PersonHit {
  readonly person_ref: PersonRef;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly birth_date: string | null;
  /** Whole years on `today`. */
  readonly age: number | null;
  readonly residence: string | null;
  readonly lists: SignalList[];
  readonly regions: string[];
  readonly schools: PersonHitSchool[];
  readonly open_cases: PersonHitCase[];
}

export interface PersonSearchResult {
  readonly by: PersonSearchKind;
  readonly total: number;
  readonly page: number;
  readonly page_size: number;
  readonly items: PersonHit[];
}

class Params {
  readonly values: unknown[] = [];
  readonly add = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** The store's order of names: family name without voorvoegsels, then given names. */
const NAME_KEY = (alias: string) => `lower(regexp_replace(${alias}.family_name, '^([a-z'']+ )+', ''))`;

/**
 * People in `scope` matching every part of `q` (at least one is needed), one per person, sorted by name, one page.
 * The key turns a person number into its reference; the number itself is only hashed.
 */
export async function searchPersons(sql: Sql, key: PseudonymKey, scope: AccessScope, q: PersonSearch, options: SearchOptions): Promise<PersonSearchResult> {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? DEFAULT_SEARCH_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw new VsvError("BAD_PAGE", `Pagina ${page} bestaat niet: pagina's tellen vanaf 1`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_SEARCH_PAGE_SIZE) {
    throw new VsvError("BAD_PAGE_SIZE", `Paginagrootte ${pageSize} kan niet: kies 1 tot en met ${MAX_SEARCH_PAGE_SIZE}`);
  }
  const text = q.text !== undefined ? readSearchText(q.text) : null;
  const school = q.school?.trim() || undefined;
  if (!text && q.birthDate === undefined && !school) {
    throw new VsvError("EMPTY_SEARCH", "Geef een naam, referentie, BSN of onderwijsnummer, geboortedatum of school op om te zoeken");
  }
  const by: PersonSearchKind = !text ? "filters" : text.kind === "birth_date" ? "filters" : text.kind;

  const p = new Params();
  const regions = p.add([...scope.regions]);
  const institutions = p.add([...scope.institutions]);
  // As on the lists: a school sees its students' rows, never the target-group list (the Doorstroompunt's task).
  const inScope = `(s.region = ANY(${regions}::text[]) OR (s.institution = ANY(${institutions}::text[]) AND s.list <> 'target_group'))`;
  const rowConditions: string[] = [inScope];
  let ref: { exact: string } | { prefix: string } | null = null;
  if (text?.kind === "person_number") ref = { exact: personRef(key, text.digits) };
  if (text?.kind === "reference") ref = text.prefix.length === 25 ? { exact: text.prefix } : { prefix: text.prefix };
  if (ref) rowConditions.push("exact" in ref ? `s.person_ref = ${p.add(ref.exact)}` : `s.person_ref LIKE ${p.add(`${ref.prefix}%`)}`);
  if (text?.kind === "name") rowConditions.push(nameCondition(text.tokens, p.add));
  const birthDate = text?.kind === "birth_date" ? text.date : q.birthDate;
  if (birthDate !== undefined) rowConditions.push(`s.birth_date = ${p.add(birthDate)}::date`);
  if (school) {
    rowConditions.push(`(s.institution = ${p.add(school.toUpperCase())} OR s.search_school LIKE ${p.add(`%${likeEscape(foldName(school))}%`)})`);
  }
  // A case without a list row has no name, birth date or school: it is found by its reference only.
  const byCase =
    options.includeCases && ref && birthDate === undefined && !school
      ? ` UNION ALL SELECT c.person_ref, NULL::text, NULL::text FROM cases c WHERE c.region = ANY(${regions}::text[]) AND ${"exact" in ref ? `c.person_ref = ${p.add(ref.exact)}` : `c.person_ref LIKE ${p.add(`${ref.prefix}%`)}`}`
      : "";
  const today = p.add(options.today);
  const limit = p.add(pageSize);
  const offset = p.add((page - 1) * pageSize);
  // The matching rows' persons, sorted by name and paged first (cheap: the hit rows' own columns); then every row in
  // scope of only that page's persons, grouped per person — the name, birth date and residence of their latest row.
  const rows = await sql.query<Omit<PersonHit, "open_cases"> & { total: number }>(
    `WITH hits AS (SELECT s.person_ref, s.family_name, s.given_names FROM signals s WHERE ${rowConditions.join(" AND ")}${byCase}),
     persons AS (SELECT person_ref, max(family_name) AS family_name, max(given_names) AS given_names FROM hits GROUP BY person_ref),
     page AS (
       SELECT person_ref, count(*) OVER () AS total,
         row_number() OVER (ORDER BY ${NAME_KEY("p")} ASC NULLS LAST, lower(p.given_names) ASC NULLS LAST, person_ref) AS ord
       FROM persons p ORDER BY ord LIMIT ${limit} OFFSET ${offset}
     ),
     people AS (
       SELECT h.person_ref, h.total, h.ord,
         (array_agg(s.family_name ORDER BY s.report_month DESC NULLS LAST, s.teljaar DESC, s.list) FILTER (WHERE s.family_name IS NOT NULL))[1] AS family_name,
         (array_agg(s.given_names ORDER BY s.report_month DESC NULLS LAST, s.teljaar DESC, s.list) FILTER (WHERE s.given_names IS NOT NULL))[1] AS given_names,
         (array_agg(s.birth_date ORDER BY s.report_month DESC NULLS LAST, s.teljaar DESC, s.list) FILTER (WHERE s.birth_date IS NOT NULL))[1] AS birth_date,
         (array_agg(s.residence ORDER BY s.report_month DESC NULLS LAST, s.teljaar DESC, s.list) FILTER (WHERE s.residence IS NOT NULL))[1] AS residence,
         coalesce(array_agg(DISTINCT s.list) FILTER (WHERE s.list IS NOT NULL), '{}') AS lists,
         coalesce(array_agg(DISTINCT s.region) FILTER (WHERE s.region IS NOT NULL), '{}') AS regions,
         coalesce(jsonb_agg(DISTINCT jsonb_build_object('institution', s.institution, 'institution_name', s.institution_name)) FILTER (WHERE s.institution IS NOT NULL), '[]') AS schools
       FROM page h
       LEFT JOIN signals s ON s.person_ref = h.person_ref AND ${inScope}
       GROUP BY h.person_ref, h.total, h.ord
     )
     SELECT person_ref, family_name, given_names, to_char(birth_date, 'YYYY-MM-DD') AS birth_date,
       CASE WHEN birth_date IS NULL THEN NULL ELSE date_part('year', age(${today}::date, birth_date))::integer END AS age,
       residence, lists, regions, schools, total
     FROM people ORDER BY ord`,
    p.values,
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const counted = await searchPersons(sql, key, scope, { ...q, page: 1, pageSize: 1 }, options);
    total = counted.total;
  }
  const refs = rows.map((r) => r.person_ref);
  // Every case of these persons in the actor's regions: their regions count (a person found by a case only is in
  // the case's region); the open ones are shown.
  const cases =
    options.includeCases && refs.length > 0
      ? await sql.query<PersonHitCase & { person_ref: PersonRef; open: boolean }>(
          `SELECT c.person_ref, c.id, c.status, c.region, c.closed_at IS NULL AS open FROM cases c
           WHERE c.person_ref = ANY($1::text[]) AND c.region = ANY($2::text[]) ORDER BY c.region, c.id`,
          [refs, [...scope.regions]],
        )
      : [];
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    by,
    total,
    page,
    page_size: pageSize,
    items: rows.map(({ total: _total, ...r }) => {
      const own = cases.filter((c) => c.person_ref === r.person_ref);
      const open = own.filter((c) => c.open).map(({ id, status, region }) => ({ id: Number(id), status, region }));
      return {
        ...r,
        lists: [...r.lists].sort((a, b) => LIST_ORDER.indexOf(a) - LIST_ORDER.indexOf(b)),
        regions: [...new Set([...r.regions, ...own.map((c) => c.region)])].sort(order),
        schools: [...r.schools].sort((a, b) => order(a.institution, b.institution)),
        open_cases: open,
      };
    }),
  };
}

const LIST_ORDER: readonly SignalList[] = ["possible", "target_group", "definitive"];
