/**
 * GET /api/v1/signals and /api/v1/signals/summary: the signal lists of the actor's regions (officers and
 * coordinators) or institutions (school users), as JSON pages or a CSV download. Every person returned is one
 * audit entry (read, or export for CSV) in the person's region; analysts and administrators are refused, as is a
 * region or institution outside the actor's scope (both logged as denied). docs/signal-lists.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parseBrin, parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import { CASE_STATUS_LABELS } from "../../domain/casework/case-status.js";
import type { ProcessingActivity } from "../../domain/casework/processing-activities.js";
import { accessScope, mayTouch } from "../../domain/casework/access.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SIGNAL_SORT,
  MAX_PAGE_SIZE,
  SIGNAL_SORTS,
  type SignalItem,
  type SignalList,
  type SignalQuery,
  type SignalSort,
  allSignals,
  listSignals,
  signalSummary,
} from "../../store/signals.js";
import { SIGNAL_LISTS } from "../../domain/signal-row.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { type Cell, toCsv } from "../export.js";
import { badParam } from "../problem.js";
import { ok, query } from "../schemas.js";

interface SignalQueryString {
  list?: SignalList;
  region?: string;
  institution?: string;
  municipality?: string;
  level?: string;
  contacted?: boolean;
  search?: string;
  sort?: SignalSort;
  page?: number;
  pageSize?: number;
  format?: "json" | "csv";
}

const ROUTE = "/signals";
/** A download holds at most this many rows (a region's list is far smaller). */
const MAX_EXPORT_ROWS = 100_000;

const yesNo = (v: boolean | null): Cell => (v === null ? null : v ? "ja" : "nee");

/** The CSV columns with their Dutch headers (the same labels as the web app; docs/signal-lists.md). */
const CSV_COLUMNS: readonly (readonly [header: string, value: (i: SignalItem) => Cell])[] = [
  ["Referentie", (i) => i.person_ref],
  ["Lijst", (i) => (i.list === "possible" ? "mogelijk vsv" : "definitief vsv")],
  ["Bron", (i) => (i.source === "duo" ? "DUO" : "berekend")],
  ["Teljaar", (i) => i.teljaar],
  ["Rapportagemaand", (i) => i.report_month],
  ["Achternaam", (i) => i.family_name],
  ["Voornamen", (i) => i.given_names],
  ["Geboortedatum", (i) => i.birth_date],
  ["Leeftijd", (i) => i.age],
  ["Gemeentecode", (i) => i.municipality_code],
  ["Woongemeente", (i) => i.municipality_name],
  ["RMC-regio", (i) => i.region],
  ["BRIN", (i) => i.institution],
  ["Instelling", (i) => i.institution_name],
  ["Vestiging of locatie", (i) => i.location],
  ["Opleidingscode", (i) => i.programme],
  ["Opleiding", (i) => i.programme_name],
  ["Niveau", (i) => i.level],
  ["Leerweg", (i) => i.leerweg],
  ["Op de lijst sinds", (i) => i.listed_since],
  ["Datum uitschrijving", (i) => i.deregistration_date],
  ["Reden", (i) => i.reason],
  ["Verzuimmelding wettelijk", (i) => yesNo(i.absence_statutory)],
  ["Verzuimmelding niet-wettelijk", (i) => yesNo(i.absence_non_statutory)],
  ["Verzuimmeldingen", (i) => i.absence_reports],
];
/** Case columns: for regional roles only (schools do not see the region's case work). */
const CASE_COLUMNS: readonly (readonly [header: string, value: (i: SignalItem) => Cell])[] = [
  ["Dossier", (i) => i.case?.id ?? null],
  ["Dossierstatus", (i) => (i.case ? CASE_STATUS_LABELS[i.case.status] : null)],
  ["Trajectbegeleider", (i) => i.case?.officer_name ?? null],
  ["Laatste contact", (i) => i.case?.last_contact_on ?? null],
  ["Volgende stap uiterlijk", (i) => i.case?.next_step_due ?? null],
];

function csvRows(items: readonly SignalItem[], withCases: boolean): Record<string, Cell>[] {
  const columns = withCases ? [...CSV_COLUMNS, ...CASE_COLUMNS] : CSV_COLUMNS;
  return items.map((i) => Object.fromEntries(columns.map(([header, value]) => [header, value(i)])));
}

function parsed<T>(name: string, text: string | undefined, parse: (t: string) => T): T | undefined {
  if (text === undefined) return undefined;
  try {
    return parse(text);
  } catch (e) {
    throw badParam(name, (e as Error).message);
  }
}

/** The processing activity of the actor's use of the lists: the RMC task, or the school's duty of care. */
function activityOf(actor: Actor): ProcessingActivity {
  return actor.role === "school_user" ? "school_signal_list" : "signal_list";
}

/** Officers, coordinators and school users; any other role is refused (and logged). */
async function listReader(ctx: CaseworkContext, request: FastifyRequest, route: string | undefined): Promise<Actor> {
  const actor = requireActor(request);
  if (isRegionalRole(actor.role) || actor.role === "school_user") return actor;
  throw await ctx.deny(
    request,
    { activity: "signal_list", subjectKind: "signal_list", details: { route } },
    forbidden("Signal lists are for regional officers, coordinators and school users: analysts see aggregates, administrators manage accounts"),
  );
}

const FILTERS = {
  list: { type: "string", enum: [...SIGNAL_LISTS], default: "possible", description: "possible: the possible vsv'ers of the latest report month; definitive: the vsv'ers of the last teljaar" },
  region: { type: "string", description: "RMC region 01-41 (must be one of yours)" },
  institution: { type: "string", description: "BRIN (school users: one of yours)" },
  municipality: { type: "string", description: "CBS municipality code of residence, e.g. 0363" },
  level: { type: "string", maxLength: 40, description: "MBO-1 … MBO-4, VMBO, HAVO-VWO, VO-ONDERBOUW, PRO, VSO" },
  contacted: { type: "boolean", description: "true: persons whose case has a contact moment; false: those without (not for school users)" },
  search: { type: "string", minLength: 1, maxLength: 100, description: "Part of the family name or of the institution's or programme's name or code" },
  sort: { type: "string", enum: [...SIGNAL_SORTS], default: DEFAULT_SIGNAL_SORT, description: "last_contact: never contacted first, then the longest ago (not for school users)" },
  page: { type: "integer", minimum: 1, default: 1 },
  pageSize: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  format: { type: "string", enum: ["json", "csv"], default: "json", description: "csv: every matching row (not one page) as a download, logged as an export" },
} as const;
const { search: searchSchema, ...GET_FILTERS } = FILTERS;
const querystring = query(GET_FILTERS);
const searchBody = query({ ...GET_FILTERS, search: searchSchema });

const SEARCH_ROUTE = `${ROUTE}/search`;
const ANSWER =
  "{teljaar, report_month, source, total, page, page_size, items:[{person_ref, list, source, teljaar, report_month, family_name, given_names, birth_date, age, " +
  "municipality_code, municipality_name, region, institution, institution_name, location, programme, programme_name, level, leerweg, listed_since, " +
  "deregistration_date, reason, absence_statutory, absence_non_statutory, absence_reports, case:{id, status, officer_id, officer_name, last_contact_on, next_step_due}|null}]}";

export function signalRoutes(app: FastifyInstance, ctx: CaseworkContext): void {
  /** One answer for both ways of asking: GET with filters in the URL, POST with a name search in the body. */
  async function answer(request: FastifyRequest, reply: FastifyReply, q: SignalQueryString) {
    const route = request.routeOptions.url;
    const actor = await listReader(ctx, request, route);
    const list = q.list ?? "possible";
    const activity = activityOf(actor);
    const school = actor.role === "school_user";
    const region = parsed("region", q.region, parseRmcRegio);
    const institution = parsed("institution", q.institution, (t) => parseBrin(t.trim().toUpperCase()));
    const municipality = parsed("municipality", q.municipality, parseGemeenteCode);
    const scope = accessScope(actor);
    if (region !== undefined && !school && !mayTouch(scope, "signal", { region })) {
      throw await ctx.deny(request, { activity, subjectKind: "signal_list", region, details: { route, list } }, forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`));
    }
    if (institution !== undefined && school && !mayTouch(scope, "signal", { institution })) {
      throw await ctx.deny(
        request,
        { activity, subjectKind: "signal_list", details: { route, list, institution } },
        forbidden(`Institution ${institution} is not one of your institutions (${actor.institutions.join(", ")})`),
      );
    }
    if (school && q.contacted !== undefined) throw badParam("contacted", "school users see the signal lists without the region's case work: leave it out");
    if (school && q.sort === "last_contact") throw badParam("sort", "school users see the signal lists without the region's case work: sort by another key");

    const filters: Omit<SignalQuery, "list" | "page" | "pageSize"> = {
      ...(region !== undefined ? { region } : {}),
      ...(institution !== undefined ? { institution } : {}),
      ...(municipality !== undefined ? { municipality } : {}),
      ...(q.level !== undefined ? { level: q.level } : {}),
      ...(q.contacted !== undefined ? { contacted: q.contacted } : {}),
      ...(q.search !== undefined ? { search: q.search } : {}),
      sort: q.sort ?? DEFAULT_SIGNAL_SORT,
    };
    const db = ctx.personSql(request);
    const options = { includeCases: !school };
    const csv = q.format === "csv";
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const result = csv
      ? { ...(await allSignals(db, scope, { list, ...filters }, options, MAX_EXPORT_ROWS)), page: 1, page_size: MAX_EXPORT_ROWS }
      : await listSignals(db, scope, { list, ...filters, page, pageSize }, options);

    // The filters as logged: what was asked, never person data (the search text could be a name: only whether there was one).
    const { search, ...logged } = filters;
    const details = { route, list, filters: { ...logged, search: search !== undefined }, page: csv ? null : page, page_size: csv ? null : pageSize, format: csv ? "csv" : "json" };
    const byRegion = new Map<string, SignalItem["person_ref"][]>();
    for (const item of result.items) byRegion.set(item.region, [...(byRegion.get(item.region) ?? []), item.person_ref]);
    const action = csv ? "export" : "read";
    if (byRegion.size === 0) {
      // Nobody returned: the request is still logged, once for each region it was about.
      for (const r of region !== undefined ? [region] : school ? [null] : actor.regions) {
        await ctx.audit(request, { action, activity, subjectKind: "signal_list", region: r, details: { ...details, persons: 0 } });
      }
    }
    for (const [r, persons] of byRegion) await ctx.audit(request, { action, activity, subjectKind: "person", persons, region: r, details });

    if (csv) {
      const file = `vsv-signaallijst-${list === "possible" ? "mogelijk" : "definitief"}-${result.report_month ?? result.teljaar ?? "leeg"}`;
      return reply
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", `attachment; filename="${file}.csv"`)
        .send(toCsv({ file, title: "Signaallijst", rows: csvRows(result.items, !school) }));
    }
    return result;
  }

  app.get<{ Querystring: SignalQueryString }>(
    ROUTE,
    {
      schema: {
        summary: "The signal list of your region(s) or institution(s): possible vsv'ers of the latest report month or definitive vsv'ers",
        description:
          "Regional officers and coordinators see their regions' lists, school users the rows of their institutions (without case work). " +
          "Every person returned is logged (Logboek dataverwerkingen). A search on a name is not taken in the URL: use POST /api/v1/signals/search. docs/signal-lists.md.",
        tags: ["casework"],
        querystring,
        response: ok(ANSWER),
      },
    },
    async (request, reply) => {
      // A name in a URL ends up in browser history, proxy and server logs: refused before anything is read.
      if (new URLSearchParams(request.url.split("?")[1] ?? "").has("search")) {
        throw badParam("search", "a search (it may be a name) is not taken in the URL: send the same filters with the search in the body of POST /api/v1/signals/search");
      }
      return answer(request, reply, request.query);
    },
  );

  app.post<{ Body: SignalQueryString }>(
    SEARCH_ROUTE,
    {
      schema: {
        summary: "The signal list with a search on name, school or programme: the filters of GET /api/v1/signals in the body",
        description:
          "The same answer as GET /api/v1/signals (JSON page or CSV download). The search text can be a family name, so it travels in the body, never in a URL. " +
          "A read: logged as one, without the search text.",
        tags: ["casework"],
        body: searchBody,
        response: ok(ANSWER),
      },
    },
    async (request, reply) => answer(request, reply, request.body),
  );

  app.get(
    `${ROUTE}/summary`,
    {
      schema: {
        summary: "Counts of the signal lists in your scope, per region and list, contacted or not (for the page header)",
        tags: ["casework"],
        response: ok("{rows:[{region, list, source, teljaar, report_month, total, contacted, not_contacted}]} (contacted and not_contacted are null for school users)"),
      },
    },
    async (request) => {
      const actor = await listReader(ctx, request, request.routeOptions.url);
      const school = actor.role === "school_user";
      const summary = await signalSummary(ctx.personSql(request), accessScope(actor), { includeCases: !school });
      for (const region of school ? [null] : actor.regions) {
        await ctx.audit(request, { action: "read", activity: activityOf(actor), subjectKind: "signal_list", region, details: { route: request.routeOptions.url, rows: summary.rows.length } });
      }
      return summary;
    },
  );
}
