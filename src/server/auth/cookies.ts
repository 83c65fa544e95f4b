/** The session cookie `vsv_session`: HttpOnly, SameSite=Strict, Path=/, Secure behind HTTPS (docs/auth.md). */
import type { FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "vsv_session";

/** The value of one cookie from the Cookie header, or undefined. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value.length > 0 ? value : undefined;
    }
  }
  return undefined;
}

/**
 * A browser-session cookie (no Max-Age): it goes when the browser closes, and the server ends the session itself
 * after 30 idle minutes or 12 hours whatever the browser keeps.
 */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  // Replaces the clearing cookie the auth plugin sets when the request came with an ended session's cookie.
  reply.removeHeader("set-cookie");
  reply.header("set-cookie", `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`);
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.header("set-cookie", `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? "; Secure" : ""}`);
}
