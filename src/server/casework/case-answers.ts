/**
 * What the case, absence and workload routes share: parameters (person reference, dates, regions), the date in the
 * Netherlands, and turning the store's refusals (src/store/case-errors.ts) into answers — 404 for what is not in
 * scope, 409 for a stale version (with the current case) or an open case that exists, 400 for bad values.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Static } from "typebox";
import { parseRmcRegio } from "../../domain/codes.js";
import type { ProcessingActivity } from "../../domain/casework/processing-activities.js";
import { isVsvError } from "../../domain/errors.js";
import type { AbsenceReport } from "../../store/absence-reports.js";
import { CaseAlreadyOpen, VersionConflict, isCaseError } from "../../store/case-errors.js";
import { getCaseDetail } from "../../store/case-queries.js";
import type { PersonRef } from "../../store/pseudonym.js";
import { Problem, badParam, notFound, problemBody } from "../problem.js";
import { requestTime } from "../auth/plugin.js";
import type { CaseworkContext } from "./context.js";
import type { CaseConflictBody } from "../contract/casework-cases.js";

const dutchDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in the Netherlands at `at` (YYYY-MM-DD): what "today" means for due dates and contacts. */
export function isoDateIn(at: Date): string {
  return dutchDate.format(at);
}

/** The date in the Netherlands at the request's time (the app's clock): what overdue and no-contact count from. */
export function todayOf(request: FastifyRequest): string {
  return isoDateIn(requestTime(request));
}

/** A real calendar date (not 2024-02-30), or 400 naming the parameter. */
export function dateParam(name: string, text: string): string {
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) throw badParam(name, `"${text}" is geen datum: gebruik JJJJ-MM-DD`);
  return text;
}

/** An RMC region from a parameter, or 400 naming it. */
export function regionParam(name: string, text: string): string {
  try {
    return parseRmcRegio(text);
  } catch (e) {
    throw badParam(name, (e as Error).message);
  }
}

/** The 404 for a person outside the actor's scope (or unknown: the answer does not tell which). */
export function casePersonProblem(): Problem {
  return notFound("Er is geen persoon met deze referentie in uw bereik: kies een persoon uit uw signaallijst of dossiers");
}

/** An absence report as a school sees it: without the region's case (schools see no case work). */
export function schoolReport(r: AbsenceReport): Omit<AbsenceReport, "case_id"> {
  const { case_id: _case, ...rest } = r;
  return rest;
}

/** What a 409 on a case adds to the problem (checked against its documented schema). */
type ConflictExtra = Pick<Static<typeof CaseConflictBody>, "current_version" | "case" | "existing_case_id">;

function send(reply: FastifyReply, request: FastifyRequest, problem: Problem, extra: ConflictExtra): FastifyReply {
  return reply.status(problem.status).header("Content-Language", "nl").type("application/problem+json").send({ ...problemBody(problem, request.url), ...extra });
}

export interface RefusalContext {
  readonly activity?: ProcessingActivity;
  /** Who the refused request was about, for the `denied` entry of a person not in scope. */
  readonly persons?: readonly PersonRef[];
  readonly region?: string;
  /** The case is named by a `case_id` in the body (not the path): an unknown one is a bad parameter. */
  readonly caseIdParam?: boolean;
}

/**
 * Answers a refusal of the store, or rethrows what is not one. A stale version answers 409 with `current_version`
 * and the current `case` (which is a read of the case, so it is logged as one).
 */
export async function sendCaseError(ctx: CaseworkContext, request: FastifyRequest, reply: FastifyReply, e: unknown, refused: RefusalContext = {}): Promise<FastifyReply> {
  const activity = refused.activity ?? "case_work";
  const route = request.routeOptions.url;
  if (e instanceof VersionConflict) {
    const current = await getCaseDetail(ctx.personSql(request), e.current.id);
    await ctx.audit(request, { action: "read", activity, subjectKind: "case", persons: [e.current.person_ref], region: e.current.region, details: { route, case_id: e.current.id, conflict: true } });
    return send(reply, request, new Problem(409, "Dossier is intussen gewijzigd", e.message), { current_version: e.currentVersion, case: current?.case ?? e.current });
  }
  if (e instanceof CaseAlreadyOpen) {
    // Telling that (and where) the person has an open case is itself a read of their data.
    await ctx.audit(request, { action: "read", activity, subjectKind: "case", ...(refused.persons ? { persons: refused.persons } : {}), ...(refused.region ? { region: refused.region } : {}), details: { route, case_id: e.existingCaseId, already_open: true } });
    return send(reply, request, new Problem(409, "Er is al een open dossier", e.message), { existing_case_id: e.existingCaseId });
  }
  if (isCaseError(e)) {
    switch (e.code) {
      case "CASE_NOT_FOUND":
        throw refused.caseIdParam ? badParam("case_id", e.message) : notFound(e.message);
      case "REPORT_NOT_FOUND":
        throw notFound(e.message);
      case "PERSON_NOT_LISTED":
        throw await ctx.deny(
          request,
          { activity, subjectKind: "person", ...(refused.persons ? { persons: refused.persons } : {}), ...(refused.region ? { region: refused.region } : {}), details: { route, reason: e.code } },
          notFound(e.message),
        );
      case "OFFICER_NOT_IN_REGION":
        throw badParam("officer_id", e.message);
      case "CASE_MISMATCH":
        throw badParam("case_id", e.message);
      case "CASE_CLOSED":
        throw new Problem(409, "Dossier is afgesloten", e.message);
      case "STATUS_CHANGE_REFUSED":
      case "CLOSE_REFUSED":
      case "HANDOVER_REFUSED":
      case "OUTCOME_REFUSED":
        throw new Problem(409, "Niet mogelijk voor dit dossier", e.message);
    }
  }
  if (isVsvError(e) && e.code === "BAD_HOURS") throw badParam("hours", e.message);
  throw e;
}
