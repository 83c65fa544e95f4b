/**
 * Persons (issue 16, parts 2 and 3): POST /api/v1/persons/search finds young people in the actor's scope over every
 * signal list and the actor's cases — by name, reference (prefix), BSN or onderwijsnummer, school or birth date, the
 * search in the body only (a name or number never travels in a URL) — and GET /api/v1/persons/{personRef} is the
 * person page: contact details, school history, lists, cases with contacts and history, absence reports and one
 * timeline. Officers and coordinators see their regions, school users their institutions' rows (no cases);
 * analysts and administrators are refused. Every person returned is an audit `read` entry; a search that finds
 * nobody still writes one. docs/casework.md, "Person page"; docs/signal-lists.md, "Search".
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { accessScope, mayTouch } from "../../domain/casework/access.js";
import { personTimeline } from "../../domain/casework/person-timeline.js";
import type { ProcessingActivity } from "../../domain/casework/processing-activities.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import { ageOn, parseIsoDate } from "../../domain/dates.js";
import { isVsvError } from "../../domain/errors.js";
import { listAbsenceReports } from "../../store/absence-reports.js";
import { getCaseDetail, listCases } from "../../store/case-queries.js";
import { HISTORY_KINDS, type PersonHistoryEntry, personHistory } from "../../store/person-history.js";
import { onePerMonth } from "../../domain/person-history.js";
import { personContact } from "../../store/person-page.js";
import { searchPersons } from "../../store/person-search.js";
import type { PersonRef } from "../../store/pseudonym.js";
import { signalsOfPerson } from "../../store/signals.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { casePersonProblem, dateParam, isoDateIn, schoolReport, todayOf } from "../casework/case-answers.js";
import { PersonPage, PersonParams, PersonSearchBody, PersonSearchPage } from "../contract/casework-persons.js";
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, json } from "../contract/responses.js";
import { badParam } from "../problem.js";

const PERSONS = "/persons";

/** Officers, coordinators and school users; analysts and administrators are refused (and logged). */
async function personReader(ctx: CaseworkContext, request: FastifyRequest): Promise<Actor> {
  const actor = requireActor(request);
  if (isRegionalRole(actor.role) || actor.role === "school_user") return actor;
  throw await ctx.deny(
    request,
    { activity: "case_work", subjectKind: "person", details: { route: request.routeOptions.url } },
    forbidden("Personen zoeken en bekijken is voor trajectbegeleiders, coördinatoren en schoolgebruikers: analisten zien totalen, beheerders beheren accounts"),
  );
}

/** Schools look at their students under their duty of care; regional roles find and follow them up (RMC task). */
function activityOf(actor: Actor): ProcessingActivity {
  return actor.role === "school_user" ? "school_signal_list" : "case_work";
}

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? isoDateIn(v) : isoDateIn(new Date(v)));

export function personRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    `${PERSONS}/search`,
    {
      schema: {
        summary: "Personen zoeken in uw bereik: op naam, referentie, BSN of onderwijsnummer, school of geboortedatum",
        description:
          "Zoekt over alle signaallijsten (mogelijk vsv, definitief vsv, doelgroep) en uw dossiers; één resultaat per persoon. " +
          "De zoektekst gaat in de body, nooit in een URL. Negen cijfers zijn een BSN of onderwijsnummer: gezocht via de persoonsreferentie, het nummer wordt niet bewaard of gelogd. " +
          "Elke gevonden persoon wordt gelogd als raadpleging; een zoekopdracht zonder resultaat ook (één regel).",
        tags: ["casework"],
        body: PersonSearchBody,
        response: { 200: json(PersonSearchPage, "Een pagina gevonden personen"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      // A name or number in a URL ends up in browser history, proxy and server logs: refused before anything is read.
      if (request.url.includes("?")) {
        throw badParam("text", "zoekgegevens (een naam of nummer) horen niet in de URL: stuur ze in de body van POST /api/v1/persons/search, zonder queryparameters");
      }
      const actor = await personReader(ctx, request);
      const route = request.routeOptions.url;
      const school = actor.role === "school_user";
      const scope = accessScope(actor);
      const q = request.body;
      const birthDate = q.birth_date === undefined ? undefined : dateParam("birth_date", q.birth_date);
      const page = q.page ?? 1;
      const pageSize = q.pageSize;
      let result;
      try {
        result = await searchPersons(
          ctx.personSql(request),
          ctx.key,
          scope,
          { ...(q.text !== undefined ? { text: q.text } : {}), ...(birthDate !== undefined ? { birthDate } : {}), ...(q.school !== undefined ? { school: q.school } : {}), page, ...(pageSize !== undefined ? { pageSize } : {}) },
          { includeCases: !school, today: todayOf(request) },
        );
      } catch (e) {
        if (isVsvError(e) && e.code === "EMPTY_SEARCH") throw badParam("text", e.message);
        throw e;
      }
      // What was asked, never the text itself: how it was read (a name, a reference, a person number) and which filters.
      const details = { route, by: result.by, filters: { birth_date: birthDate !== undefined, school: q.school !== undefined }, page, page_size: result.page_size, found: result.total };
      const activity = activityOf(actor);
      if (result.items.length === 0) {
        const region = !school && actor.regions.length === 1 ? actor.regions[0]! : null;
        await ctx.audit(request, { action: "read", activity, subjectKind: "person", region, details: { ...details, persons: 0 } });
      }
      // One entry per person and region the person was found in (almost always one), so that region's coordinator sees it.
      const byRegion = new Map<string | null, PersonRef[]>();
      for (const item of result.items) {
        const regions = school ? item.regions : item.regions.filter((r) => (actor.regions as readonly string[]).includes(r));
        for (const r of regions.length ? regions : [null]) byRegion.set(r, [...(byRegion.get(r) ?? []), item.person_ref]);
      }
      for (const [region, persons] of byRegion) await ctx.audit(request, { action: "read", activity, subjectKind: "person", persons, region, details });
      return result;
    },
  );

  app.get(
    `${PERSONS}/:personRef`,
    {
      schema: {
        summary: "De persoonspagina: contactgegevens, schoolloopbaan, signaallijsten, dossiers, verzuimmeldingen en één tijdlijn",
        description:
          "Trajectbegeleiders en coördinatoren zien regels, dossiers en meldingen van hun regio's; schoolgebruikers de regels en meldingen van hun scholen (geen dossiers). " +
          "404 als niets ervan in uw bereik is. Gelogd als raadpleging van de persoon.",
        tags: ["casework"],
        params: PersonParams,
        response: { 200: json(PersonPage, "De persoon"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND },
      },
    },
    async (request) => {
      const actor = await personReader(ctx, request);
      const school = actor.role === "school_user";
      const activity = activityOf(actor);
      const ref = request.params.personRef;
      const route = request.routeOptions.url;
      const scope = accessScope(actor);
      const today = todayOf(request);
      // One transaction for every read: one scope to set, one consistent picture.
      const read = await ctx.personSql(request).transaction(async (db) => {
        const signals = (await signalsOfPerson(db, ref, { includeCases: !school })).filter((s) => mayTouch(scope, "signal", s));
        const summaries = school ? [] : (await listCases(db, { regions: scope.regions, status: "all", personRef: ref, today, limit: 1000 })).rows;
        const cases = [];
        for (const c of summaries) {
          const detail = await getCaseDetail(db, c.id);
          if (detail) cases.push({ case: detail.case, contacts: detail.contacts, events: detail.events });
        }
        const reports = (await listAbsenceReports(db, { scope, personRef: ref, limit: 1000 })).rows.filter((r) => mayTouch(scope, "absence_report", r));
        const contact = signals.length > 0 ? await personContact(db, ref) : null;
        const history = signals.length > 0 || cases.length > 0 ? onePerMonth(await personHistory(db, ref)) : [];
        return { signals, cases, reports, contact, history };
      });
      const { signals, cases, reports, contact, history } = read;
      if (signals.length === 0 && cases.length === 0 && reports.length === 0) {
        throw await ctx.deny(request, { activity, subjectKind: "person", persons: [ref], details: { route } }, casePersonProblem());
      }
      const regions = [...new Set([...signals.map((s) => s.region), ...cases.map((c) => c.case.region), ...reports.map((r) => r.region)])];
      const counts = { signals: signals.length, cases: cases.length, absence_reports: reports.length, history: history.length, contact: contact !== null };
      for (const region of regions) await ctx.audit(request, { action: "read", activity, subjectKind: "person", persons: [ref], region, details: { route, ...counts } });

      const named = signals.find((s) => s.family_name !== null) ?? cases.map((c) => c.case).find((c) => c.family_name !== null) ?? reports.find((r) => r.family_name !== null);
      const birth = signals.find((s) => s.birth_date !== null)?.birth_date ?? null;
      const byKind = Object.fromEntries(HISTORY_KINDS.map((k) => [k, history.filter((h) => h.kind === k).map(({ kind: _kind, ...h }) => h)])) as Record<
        (typeof HISTORY_KINDS)[number],
        Omit<PersonHistoryEntry, "kind">[]
      >;
      const timeline = personTimeline({
        history,
        signals,
        cases: cases.map((c) => ({
          id: c.case.id,
          region: c.case.region,
          opened_on: asDate(c.case.opened_at)!,
          closed_on: asDate(c.case.closed_at),
          closed_reason: c.case.closed_reason,
          contacts: c.contacts,
          events: c.events.map((e) => ({ on: asDate(e.at)!, kind: e.kind, details: e.details })),
        })),
        absence: reports,
      });
      return {
        person_ref: ref,
        family_name: named?.family_name ?? null,
        given_names: named?.given_names ?? null,
        birth_date: birth,
        age: birth ? ageOn(parseIsoDate(birth), parseIsoDate(today)) : null,
        contact,
        signals,
        history: byKind,
        months_on_possible_list: new Set(byKind.signal_month.filter((h) => h.from_date).map((h) => h.from_date!.slice(0, 7))).size,
        cases,
        absence_reports: school ? reports.map(schoolReport) : reports,
        timeline,
      };
    },
  );
}

