/**
 * Shared by the steering routes (issue 6, parts 5 and 6): turning the stores' refusals into problem answers (409
 * with the current version for a stale one), and answering JSON or a download with the JSON's type checked.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { isVsvError } from "../domain/errors.js";
import { SteeringError, StaleVersion } from "../store/steering-errors.js";
import { type ExportTable, send } from "./export.js";
import { Problem, problemBody } from "./problem.js";

/** Answers a store refusal as problem+json; `current` is added to a 409 for a stale version. Rethrows anything else. */
export async function sendSteeringError(reply: FastifyReply, request: FastifyRequest, e: unknown, current: () => Promise<Record<string, unknown>>): Promise<never> {
  const send = (p: Problem, extra: Record<string, unknown> = {}) => reply.status(p.status).header("Content-Language", "nl").type("application/problem+json").send({ ...problemBody(p, request.url), ...extra });
  if (e instanceof StaleVersion) {
    await send(new Problem(409, "Intussen gewijzigd", e.message), { current_version: e.current, ...(await current()) });
  } else if (e instanceof SteeringError) {
    if (e.code.endsWith("_NOT_FOUND")) await send(new Problem(404, "Niet gevonden", e.message));
    else if (e.code === "PROGRAMME_EXISTS") await send(new Problem(409, "Bestaat al", e.message));
    else await send(new Problem(400, "Ongeldige wijziging", e.message));
  } else if (isVsvError(e)) {
    await send(new Problem(400, "Ongeldige wijziging", e.message));
  } else {
    throw e;
  }
  return undefined as never;
}

/**
 * The JSON answer, or the same table as a download (src/server/export.ts). Typed as the JSON so that the route's
 * response schema checks it; a download is a text or bytes the serializer passes through.
 */
export function answer<T>(request: FastifyRequest, reply: FastifyReply, json: T, table: () => ExportTable): Promise<T> {
  return send(request, reply, json, table) as Promise<T>;
}
