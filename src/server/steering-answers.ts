/**
 * Shared by the steering routes (issue 6, parts 5 and 6): turning the stores' refusals into problem answers (409
 * with the current version for a stale one), and the write check of a signed-in actor.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { isVsvError } from "../domain/errors.js";
import { SteeringError, StaleVersion } from "../store/steering-errors.js";
import { Problem, problemBody } from "./problem.js";

/** Answers a store refusal as problem+json; `current` is added to a 409 for a stale version. Rethrows anything else. */
export function sendSteeringError(reply: FastifyReply, request: FastifyRequest, e: unknown, current: () => Promise<Record<string, unknown>>): Promise<FastifyReply> | FastifyReply {
  const send = (p: Problem, extra: Record<string, unknown> = {}) => reply.status(p.status).type("application/problem+json").send({ ...problemBody(p, request.url), ...extra });
  if (e instanceof StaleVersion) {
    return current().then((c) => send(new Problem(409, "Intussen gewijzigd", e.message), { current_version: e.current, ...c }));
  }
  if (e instanceof SteeringError) {
    if (e.code.endsWith("_NOT_FOUND")) return send(new Problem(404, "Niet gevonden", e.message));
    if (e.code === "PROGRAMME_EXISTS") return send(new Problem(409, "Bestaat al", e.message));
    return send(new Problem(400, "Ongeldige wijziging", e.message));
  }
  if (isVsvError(e)) return send(new Problem(400, "Ongeldige wijziging", e.message));
  throw e;
}

export const versionSchema = { type: "integer", minimum: 1, description: "The version you read (optimistic concurrency): 409 with the current one when it is stale" } as const;
