/**
 * Reading the signal lists: a filtered, sorted page of one list within the actor's scope, every row of one person,
 * and the counts per region for the page header. Each row comes with the number of absence reports for that person
 * in its region and the person's case there (the open one, else the most recent), read-only from cases,
 * case_contacts and accounts. The scope is always part of the SQL WHERE. docs/signal-lists.md.
 */
import type { AccessScope } from "../domain/casework/access.js";
import type { CaseStatus } from "../domain/casework/case-status.js";
import { VsvError } from "../domain/errors.js";
import { nameCondition, readSearchText } from "./person-search.js";
import type { PersonRef } from "./pseudonym.js";
import type { ContactDetails, SignalList, SignalSource } from "../domain/signal-row.js";
import type { TargetGroup } from "../domain/target-group.js";
import type { Sql } from "./sql.js";

/** What an actor may see (src/domain/casework/access.ts `accessScope`); the row-level security policies hold it too. */
export type SignalScope = AccessScope;

export const SIGNAL_SORTS = ["age", "-age", "name", "-name", "institution", "deregistration_date", "-deregistration_date", "listed_since", "last_contact"] as const;
export type SignalSort = (typeof SIGNAL_SORTS)[number];
export const DEFAULT_SIGNAL_SORT: SignalSort = "-deregistration_date";

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export interface SignalQuery {
  readonly list: SignalList;
  readonly region?: string;
  readonly institution?: string;
  /** CBS municipality code (four digits). */
  readonly municipality?: string;
  readonly level?: string;
  /** true: only persons with a contact moment in their case; false: only those without. */
  readonly contacted?: boolean;
  /**
   * Part of the family or given names, the start of a person reference, a birth date, or part of the institution's or
   * programme's name or code (never the person number: person-search.ts finds by number).
   */
  readonly search?: string;
  readonly sort?: SignalSort;
  /** 1-based. */
  readonly page?: number;
  readonly pageSize?: number;
}

export interface ReadOptions {
  /**
   * With the person's case (status, officer, contacts) — default true. Schools see the signal lists only, not the
   * region's case work: the route passes false for them, and `case` is then always null and `contacted` unknown.
   */
  readonly includeCases?: boolean;
}

/** The person's case in the row's region: the open one, else the most recent. */
export interface SignalCase {
  readonly id: number;
  readonly status: CaseStatus;
  readonly officer_id: number | null;
  readonly officer_name: string | null;
  /** YYYY-MM-DD of the latest contact moment; null when there is none. */
  readonly last_contact_on: string | null;
  readonly next_step_due: string | null;
}

/**
 * One row of a list as the API returns it. No person number: `person_ref` stands for the person. Its address and
 * contact details (ContactDetails) come from DUO's A04/A14 or the register; phone and e-mail never from DUO.
 */
export interface SignalItem extends ContactDetails {
  readonly person_ref: PersonRef;
  readonly list: SignalList;
  readonly source: SignalSource;
  readonly teljaar: string;
  readonly report_month: string | null;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly birth_date: string | null;
  readonly age: number | null;
  readonly municipality_code: string | null;
  readonly municipality_name: string | null;
  readonly region: string;
  readonly institution: string | null;
  readonly institution_name: string | null;
  readonly location: string | null;
  readonly programme: string | null;
  readonly programme_name: string | null;
  readonly level: string | null;
  readonly leerweg: string | null;
  readonly listed_since: string | null;
  readonly deregistration_date: string | null;
  readonly reason: string | null;
  readonly absence_statutory: boolean | null;
  readonly absence_non_statutory: boolean | null;
  /** Target-group list: the group (vso, pro, entree, mbo2_bol, vsv; docs/target-group.md); null on the other lists. */
  readonly target_group: TargetGroup | null;
  /** Absence reports recorded for this person in this region. */
  readonly absence_reports: number;
  readonly case: SignalCase | null;
}

export interface SignalPage {
  /** The latest teljaar and report month among the list's rows in scope (null when there are none). */
  readonly teljaar: string | null;
  readonly report_month: string | null;
  /** Where the rows in scope come from: one source, `mixed` when regions differ, null when there are none. */
  readonly source: SignalSource | "mixed" | null;
  readonly total: number;
  readonly page: number;
  readonly page_size: number;
  readonly items: SignalItem[];
}

/** Collects `$n` parameters while a WHERE clause is built. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A school sees its students' rows, never the target-group list: that is the Doorstroompunt's task (docs/target-group.md). */
function scopeClause(p: Params, scope: SignalScope): string {
  return `(s.region = ANY(${p.add([...scope.regions])}::text[]) OR (s.institution = ANY(${p.add([...scope.institutions])}::text[]) AND s.list <> 'target_group'))`;
}

/** `%text%` for ILIKE, with the pattern characters of the text itself taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE of a list query without the case filter: list, scope, and the row filters asked for. */
function listWhere(p: Params, scope: SignalScope, q: SignalQuery): string {
  const parts = [`s.list = ${p.add(q.list)}`, scopeClause(p, scope)];
  if (q.region !== undefined) parts.push(`s.region = ${p.add(q.region)}`);
  if (q.institution !== undefined) parts.push(`s.institution = ${p.add(q.institution)}`);
  if (q.municipality !== undefined) parts.push(`s.municipality_code = ${p.add(q.municipality)}`);
  if (q.level !== undefined) parts.push(`s.level = ${p.add(q.level)}`);
  const search = q.search?.trim();
  if (search) {
    // A reference's start (p3744) or a birth date (1-3-2006) is looked up as such; any other text is part of the
    // family or given names (each word the start of a name word: "jan de v"), or of the school's or programme's name or code.
    const read = readSearchText(search);
    if (read?.kind === "reference") parts.push(`s.person_ref LIKE ${p.add(`${read.prefix}%`)}`);
    else if (read?.kind === "birth_date") parts.push(`s.birth_date = ${p.add(read.date)}::date`);
    else {
      const like = p.add(likePattern(search));
      const names = read?.kind === "name" ? ` OR (${nameCondition(read.tokens, (v) => p.add(v))})` : "";
      parts.push(`(s.institution_name ILIKE ${like} OR s.institution ILIKE ${like} OR s.programme_name ILIKE ${like} OR s.programme ILIKE ${like} OR s.family_name ILIKE ${like} OR s.given_names ILIKE ${like}${names})`);
    }
  }
  return parts.join(" AND ");
}

/** The family name without its voorvoegsels (`de Vries` → `vries`): how Dutch lists sort names. */
const NAME_KEY = `lower(regexp_replace(family_name, '^([a-z'']+ )+', ''))`;

const ORDER: Readonly<Record<SignalSort, string>> = {
  age: "age ASC NULLS LAST",
  "-age": "age DESC NULLS LAST",
  name: `${NAME_KEY} ASC NULLS LAST, lower(given_names) ASC NULLS LAST`,
  "-name": `${NAME_KEY} DESC NULLS LAST, lower(given_names) DESC NULLS LAST`,
  institution: "institution_name ASC NULLS LAST, institution ASC NULLS LAST",
  deregistration_date: "deregistration_date ASC NULLS LAST",
  "-deregistration_date": "deregistration_date DESC NULLS LAST",
  listed_since: "listed_since ASC NULLS LAST",
  // never contacted first, then the longest ago
  last_contact: "last_contact_on ASC NULLS FIRST",
};

/**
 * The rows of `source` (a relation of signals rows, possibly with more columns) with their person's case in the
 * row's region (the open one, else the most recent), its officer and last contact moment, and the number of absence
 * reports for the person in that region. Looked up row by row through indexes (cases_person_region,
 * case_contacts_case, absence_reports_person), so the cost follows the rows asked for, not the size of the tables.
 */
function withCases(source: string, includeCases: boolean): string {
  if (!includeCases) {
    return `SELECT s.*, NULL::bigint AS case_id, NULL::text AS case_status, NULL::bigint AS case_officer_id, NULL::text AS case_officer_name,
         NULL::date AS last_contact_on, NULL::date AS case_next_step_due, coalesce(ab.n, 0) AS absence_reports
  FROM ${source} s
  LEFT JOIN LATERAL (SELECT count(*) AS n FROM absence_reports a WHERE a.person_ref = s.person_ref AND a.region = s.region) ab ON true`;
  }
  return `SELECT s.*, pc.id AS case_id, pc.status AS case_status, pc.officer_id AS case_officer_id, acc.display_name AS case_officer_name,
         lc.last_contact_on, pc.next_step_due AS case_next_step_due, coalesce(ab.n, 0) AS absence_reports
  FROM ${source} s
  LEFT JOIN LATERAL (
    SELECT c.id, c.status, c.officer_id, c.next_step_due FROM cases c
    WHERE c.person_ref = s.person_ref AND c.region = s.region
    ORDER BY (c.closed_at IS NULL) DESC, c.opened_at DESC, c.id DESC LIMIT 1
  ) pc ON true
  LEFT JOIN accounts acc ON acc.id = pc.officer_id
  LEFT JOIN LATERAL (SELECT max(contact_on) AS last_contact_on FROM case_contacts cc WHERE cc.case_id = pc.id) lc ON true
  LEFT JOIN LATERAL (SELECT count(*) AS n FROM absence_reports a WHERE a.person_ref = s.person_ref AND a.region = s.region) ab ON true`;
}

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${column.replace(/^.*\./, "")}`;

const ITEM_COLUMNS = `person_ref, list, source, teljaar, report_month, family_name, given_names,
  street, house_number, postcode, residence, phone, email, ${date("birth_date")}, age,
  municipality_code, municipality_name, region, institution, institution_name, location, programme, programme_name, level, leerweg,
  listed_since, ${date("deregistration_date")}, reason, absence_statutory, absence_non_statutory, target_group, absence_reports,
  case_id, case_status, case_officer_id, case_officer_name, to_char(last_contact_on, 'YYYY-MM-DD') AS case_last_contact_on,
  to_char(case_next_step_due, 'YYYY-MM-DD') AS case_next_step_due`;

type ItemRow = Omit<SignalItem, "case"> & {
  case_id: number | null;
  case_status: CaseStatus | null;
  case_officer_id: number | null;
  case_officer_name: string | null;
  case_last_contact_on: string | null;
  case_next_step_due: string | null;
  total?: number;
};

function toItem(r: ItemRow): SignalItem {
  const { case_id, case_status, case_officer_id, case_officer_name, case_last_contact_on, case_next_step_due, total: _total, ...rest } = r;
  return {
    ...rest,
    case:
      case_id === null
        ? null
        : { id: case_id, status: case_status!, officer_id: case_officer_id, officer_name: case_officer_name, last_contact_on: case_last_contact_on, next_step_due: case_next_step_due },
  };
}

function pageOf(q: SignalQuery): { page: number; pageSize: number } {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw new VsvError("BAD_PAGE", `Page ${page} is not valid: pages are numbered from 1`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new VsvError("BAD_PAGE_SIZE", `Page size ${pageSize} is not valid: use 1 to ${MAX_PAGE_SIZE}`);
  }
  return { page, pageSize };
}

/** One page of a list within `scope`, filtered and sorted as asked. An empty scope returns nothing. */
export async function listSignals(sql: Sql, scope: SignalScope, q: SignalQuery, options: ReadOptions = {}): Promise<SignalPage> {
  const { page, pageSize } = pageOf(q);
  const found = await querySignals(sql, scope, q, options, { limit: pageSize, offset: (page - 1) * pageSize });
  return { ...found, page, page_size: pageSize };
}

/** Every row of a list within `scope` matching the filters, up to `max` (for a download). */
export async function allSignals(sql: Sql, scope: SignalScope, q: Omit<SignalQuery, "page" | "pageSize">, options: ReadOptions = {}, max = 100_000) {
  return querySignals(sql, scope, q, options, { limit: max, offset: 0 });
}

async function querySignals(
  sql: Sql,
  scope: SignalScope,
  q: SignalQuery,
  options: ReadOptions,
  window: { limit: number; offset: number },
): Promise<Omit<SignalPage, "page" | "page_size">> {
  const includeCases = options.includeCases ?? true;
  const p = new Params();
  const where = listWhere(p, scope, q);
  const sort = q.sort ?? DEFAULT_SIGNAL_SORT;
  const order = `${ORDER[sort]}, ${NAME_KEY} ASC NULLS LAST, person_ref, region`;
  // Sorting and filtering on the row's own columns: page the signal rows first, then look up the cases of that page
  // only. Only "contacted" and "last contact" need every row's case first.
  const needsCases = includeCases && (q.contacted !== undefined || sort === "last_contact");
  let text: string;
  let countText: string;
  if (!needsCases) {
    text = `WITH page AS (SELECT s.*, count(*) OVER () AS total FROM signals s WHERE ${where} ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset})
      SELECT ${ITEM_COLUMNS}, total FROM (${withCases("page", includeCases)}) items ORDER BY ${order}`;
    countText = `SELECT count(*) AS total FROM signals s WHERE ${where}`;
  } else {
    const contactFilter = q.contacted === undefined ? "" : `WHERE last_contact_on IS ${q.contacted ? "NOT " : ""}NULL`;
    const items = `WITH items AS (SELECT * FROM (${withCases(`(SELECT * FROM signals s WHERE ${where})`, includeCases)}) x ${contactFilter})`;
    text = `${items} SELECT ${ITEM_COLUMNS}, count(*) OVER () AS total FROM items ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset}`;
    countText = `${items} SELECT count(*) AS total FROM items`;
  }
  const rows = await sql.query<ItemRow>(text, p.values);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && window.offset > 0) {
    const [counted] = await sql.query<{ total: number }>(countText, p.values);
    total = counted?.total ?? 0;
  }
  const about = await listAbout(sql, scope, q);
  return { ...about, total, items: rows.map(toItem) };
}

/** Teljaar, report month and source of the list's rows in scope (and in the region or institution asked for). */
async function listAbout(sql: Sql, scope: SignalScope, q: SignalQuery): Promise<Pick<SignalPage, "teljaar" | "report_month" | "source">> {
  const p = new Params();
  const where = listWhere(p, scope, { list: q.list, ...(q.region !== undefined ? { region: q.region } : {}), ...(q.institution !== undefined ? { institution: q.institution } : {}) });
  const [about] = await sql.query<{ teljaar: string | null; report_month: string | null; sources: number; source: SignalSource | null }>(
    `SELECT max(teljaar) AS teljaar, max(report_month) AS report_month, count(DISTINCT source) AS sources, min(source) AS source FROM signals s WHERE ${where}`,
    p.values,
  );
  return {
    teljaar: about?.teljaar ?? null,
    report_month: about?.report_month ?? null,
    source: !about || about.sources === 0 ? null : about.sources === 1 ? about.source : "mixed",
  };
}

/**
 * Every list row of one person that `sql`'s scope reaches (possible list first), with case and absence reports. The
 * caller also checks each row with `mayTouch` before showing it.
 */
export async function signalsOfPerson(sql: Sql, ref: PersonRef, options: ReadOptions = {}): Promise<SignalItem[]> {
  const p = new Params();
  const items = withCases(`(SELECT * FROM signals s WHERE s.person_ref = ${p.add(ref)})`, options.includeCases ?? true);
  const rows = await sql.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM (${items}) items ORDER BY list DESC, region`, p.values);
  return rows.map(toItem);
}

export interface SignalSummaryRow {
  readonly region: string;
  readonly list: SignalList;
  readonly source: SignalSource | "mixed";
  readonly teljaar: string;
  readonly report_month: string | null;
  readonly total: number;
  /** Persons whose case has a contact moment; null when cases are not included (schools). */
  readonly contacted: number | null;
  readonly not_contacted: number | null;
}

/** Counts per region and list within `scope`, for the page header (aggregates, no person data). */
export async function signalSummary(sql: Sql, scope: SignalScope, options: ReadOptions = {}): Promise<{ rows: SignalSummaryRow[] }> {
  const includeCases = options.includeCases ?? true;
  const p = new Params();
  const items = withCases(`(SELECT * FROM signals s WHERE ${scopeClause(p, scope)})`, includeCases);
  const rows = await sql.query<{ region: string; list: SignalList; sources: number; source: SignalSource; teljaar: string; report_month: string | null; total: number; contacted: number }>(
    `WITH items AS (${items})
     SELECT region, list, count(DISTINCT source) AS sources, min(source) AS source, max(teljaar) AS teljaar, max(report_month) AS report_month,
            count(*) AS total, count(last_contact_on) AS contacted
     FROM items GROUP BY region, list ORDER BY region, list DESC`,
    p.values,
  );
  return {
    rows: rows.map((r) => ({
      region: r.region,
      list: r.list,
      source: r.sources > 1 ? "mixed" : r.source,
      teljaar: r.teljaar,
      report_month: r.report_month,
      total: r.total,
      contacted: includeCases ? r.contacted : null,
      not_contacted: includeCases ? r.total - r.contacted : null,
    })),
  };
}
