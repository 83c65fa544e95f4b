import { describe, expect, it } from "vitest";
import { CSRF_HEADER, csrfMiddleware } from "../../src/web/api/client.js";
import { problemMessage } from "../../src/web/api/problem.js";

type OnRequest = (options: { request: Request }) => Request | undefined;

function through(method: string, token: string): Request {
  const onRequest = csrfMiddleware(() => token).onRequest as unknown as OnRequest;
  const request = new Request("http://localhost/api/v1/cases/1", { method });
  return onRequest({ request }) ?? request;
}

describe("the web client's CSRF middleware", () => {
  it.each(["POST", "PATCH", "PUT", "DELETE"])("adds the session's token to a %s", (method) => {
    expect(through(method, "token-123").headers.get(CSRF_HEADER)).toBe("token-123");
  });

  it.each(["GET", "HEAD", "OPTIONS"])("leaves a %s without it", (method) => {
    expect(through(method, "token-123").headers.get(CSRF_HEADER)).toBeNull();
  });

  it("sends no empty header when signed out", () => {
    expect(through("POST", "").headers.get(CSRF_HEADER)).toBeNull();
  });
});

describe("an error answer in words for the user", () => {
  const english = "This case is closed and kept as a record: open a new case for this person instead";

  it("shows the server's Dutch title and a Dutch explanation, never the developer's detail", () => {
    const message = problemMessage(409, { status: 409, title: "Dossier is afgesloten", detail: english }, { problemJson: true });
    expect(message).toContain("Dossier is afgesloten");
    expect(message).not.toContain(english);
    expect(message).not.toContain("POST");
  });

  it.each([400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 418])("never returns the raw detail for status %i", (status) => {
    const message = problemMessage(status, { status, title: "Titel", detail: english, invalid_params: [{ name: "version", reason: "must be integer" }] }, { problemJson: true, language: "en" });
    expect(message).not.toContain(english);
    expect(message).not.toContain("must be integer");
    expect(message.length).toBeGreaterThan(10);
  });

  it("uses no title from an answer that is not problem+json (a proxy's English error page)", () => {
    const message = problemMessage(502, { title: "Bad Gateway" }, { problemJson: false });
    expect(message).not.toContain("Bad Gateway");
    expect(message).toMatch(/server/);
  });

  it("shows the detail only when the answer says it is Dutch (Content-Language: nl)", () => {
    const dutch = "De regionale doelen tellen op tot 120, 3 meer dan het landelijke doel 117: verlaag ze samen met 3";
    expect(problemMessage(400, { title: "Ongeldige parameter", detail: dutch }, { problemJson: true, language: "nl" })).toBe(`Ongeldige parameter. ${dutch}`);
    expect(problemMessage(400, { title: "Ongeldige parameter", detail: dutch }, { problemJson: true })).not.toContain(dutch);
  });

  it("falls back to a generic Dutch message that names the status", () => {
    expect(problemMessage(418, "I'm a teapot", { problemJson: false })).toBe(
      "Er ging iets mis (foutcode 418). Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
    );
  });
});
