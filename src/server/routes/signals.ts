/**
 * GET /api/v1/signals and /api/v1/signals/summary: the signal lists of the actor's regions (officers and
 * coordinators) or institutions (school users), as JSON pages or a CSV download. Every person returned is one
 * audit entry (read, or export for CSV) in the person's region; analysts and administrators are refused, as is a
 * region or institution outside the actor's scope (both logged as denied). docs/signal-lists.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static } from "typebox";
import { parseBrin, parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import { CASE_STATUS_LABELS } from "../../domain/casework/case-status.js";
import { fieldLabel } from "../../domain/labels/fields.js";
import { targetGroupLabel } from "../../domain/labels/target-group.js";
import type { ProcessingActivity } from "../../domain/casework/processing-activities.js";
import { accessScope, mayTouch } from "../../domain/casework/access.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_SIGNAL_SORT, type SignalItem, type SignalList, type SignalQuery, allSignals, listSignals, signalSummary } from "../../store/signals.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { CSV_CONTENT_TYPE, type Cell, toCsv } from "../export.js";
import { badParam } from "../problem.js";
import { jsonOrCsv } from "../contract/casework.js";
import { SignalPage, SignalQuery as SignalQuerySchema, SignalSearch, SignalSummary } from "../contract/casework-signals.js";
import { FORBIDDEN, NOT_SIGNED_IN, json } from "../contract/responses.js";

/** The filters of a list, from the URL (GET) or the body (POST …/search). */
type SignalFilters = Static<typeof SignalSearch>;

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
  [fieldLabel("street"), (i) => i.street],
  [fieldLabel("house_number"), (i) => i.house_number],
  [fieldLabel("postcode"), (i) => i.postcode],
  [fieldLabel("residence"), (i) => i.residence],
  [fieldLabel("phone"), (i) => i.phone],
  [fieldLabel("email"), (i) => i.email],
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
  ["Doelgroep", (i) => (i.target_group ? targetGroupLabel(i.target_group) : null)],
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

/** The processing activity of the actor's use of the lists: the RMC task, the new law's target group, or the school's duty of care. */
function activityOf(actor: Actor, list?: SignalList): ProcessingActivity {
  if (list === "target_group") return "target_group_list";
  return actor.role === "school_user" ? "school_signal_list" : "signal_list";
}

/** Officers, coordinators and school users; any other role is refused (and logged). */
async function listReader(ctx: CaseworkContext, request: FastifyRequest, route: string | undefined): Promise<Actor> {
  const actor = requireActor(request);
  if (isRegionalRole(actor.role) || actor.role === "school_user") return actor;
  throw await ctx.deny(
    request,
    { activity: "signal_list", subjectKind: "signal_list", details: { route } },
    forbidden("Signaallijsten zijn voor trajectbegeleiders, coördinatoren en schoolgebruikers: analisten zien totalen, beheerders beheren accounts"),
  );
}

const SEARCH_ROUTE = `${ROUTE}/search`;
const LIST_ANSWERS = { 200: jsonOrCsv(SignalPage, "Een pagina van de signaallijst, of met format=csv alle regels als download"), ...NOT_SIGNED_IN, ...FORBIDDEN } as const;

export function signalRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  /** One answer for both ways of asking: GET with filters in the URL, POST with a name search in the body. */
  async function answer(request: FastifyRequest, reply: FastifyReply, q: SignalFilters) {
    const route = request.routeOptions.url;
    const actor = await listReader(ctx, request, route);
    const list = q.list ?? "possible";
    const activity = activityOf(actor, list);
    const school = actor.role === "school_user";
    // The target group is the Doorstroompunt's task under the new law, not the school's duty of care (docs/target-group.md).
    if (school && list === "target_group") {
      throw await ctx.deny(request, { activity, subjectKind: "signal_list", details: { route, list } }, forbidden("De doelgroeplijst van het Doorstroompunt is voor trajectbegeleiders en coördinatoren: kies als school de lijst mogelijke of definitieve vsv'ers"));
    }
    const region = parsed("region", q.region, parseRmcRegio);
    const institution = parsed("institution", q.institution, (t) => parseBrin(t.trim().toUpperCase()));
    const municipality = parsed("municipality", q.municipality, parseGemeenteCode);
    const scope = accessScope(actor);
    if (region !== undefined && !school && !mayTouch(scope, "signal", { region })) {
      throw await ctx.deny(request, { activity, subjectKind: "signal_list", region, details: { route, list } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
    }
    if (institution !== undefined && school && !mayTouch(scope, "signal", { institution })) {
      throw await ctx.deny(
        request,
        { activity, subjectKind: "signal_list", details: { route, list, institution } },
        forbidden(`School ${institution} is niet een van uw scholen (${actor.institutions.join(", ")}): kies een van die`),
      );
    }
    if (school && q.contacted !== undefined) throw badParam("contacted", "schoolgebruikers zien de signaallijsten zonder de dossiers van de regio: laat dit filter weg");
    if (school && q.sort === "last_contact") throw badParam("sort", "schoolgebruikers zien de signaallijsten zonder de dossiers van de regio: sorteer op iets anders");

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
      const file = `vsv-signaallijst-${list === "possible" ? "mogelijk" : list === "target_group" ? "doelgroep" : "definitief"}-${result.report_month ?? result.teljaar ?? "leeg"}`;
      return reply
        .type(CSV_CONTENT_TYPE)
        .header("Content-Disposition", `attachment; filename="${file}.csv"`)
        .send(toCsv({ file, title: "Signaallijst", rows: csvRows(result.items, !school) }));
    }
    return result;
  }

  app.get(
    ROUTE,
    {
      schema: {
        summary: "De signaallijst van uw regio('s) of school(s): mogelijke vsv'ers van de laatste rapportagemaand of definitieve vsv'ers",
        description:
          "Trajectbegeleiders en coördinatoren zien de lijsten van hun regio's, schoolgebruikers de regels van hun scholen (zonder dossiers). " +
          "Elke getoonde persoon wordt gelogd (Logboek dataverwerkingen). Zoeken op naam gaat niet via de URL: gebruik POST /signals/search.",
        tags: ["casework"],
        querystring: SignalQuerySchema,
        response: LIST_ANSWERS,
      },
    },
    async (request, reply) => {
      // A name in a URL ends up in browser history, proxy and server logs: refused before anything is read.
      if (new URLSearchParams(request.url.split("?")[1] ?? "").has("search")) {
        throw badParam("search", "een zoekterm (het kan een naam zijn) hoort niet in de URL: stuur dezelfde filters met de zoekterm in de body van POST /api/v1/signals/search");
      }
      return answer(request, reply, request.query);
    },
  );

  app.post(
    SEARCH_ROUTE,
    {
      schema: {
        summary: "De signaallijst met een zoekterm op naam, school of opleiding: de filters van GET /signals in de body",
        description:
          "Hetzelfde antwoord als GET /signals (een JSON-pagina of een CSV-download). De zoekterm kan een achternaam zijn en gaat daarom in de body, nooit in een URL. " +
          "Gelogd als raadpleging, zonder de zoekterm.",
        tags: ["casework"],
        body: SignalSearch,
        response: LIST_ANSWERS,
      },
    },
    async (request, reply) => answer(request, reply, request.body),
  );

  app.get(
    `${ROUTE}/summary`,
    {
      schema: {
        summary: "Aantallen op de signaallijsten in uw bereik, per regio en lijst, benaderd of niet (voor de paginakop)",
        description: "contacted en not_contacted zijn null voor schoolgebruikers.",
        tags: ["casework"],
        response: { 200: json(SignalSummary, "Aantallen per regio en lijst"), ...NOT_SIGNED_IN, ...FORBIDDEN },
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
