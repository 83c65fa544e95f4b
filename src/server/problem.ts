/**
 * Errors as application/problem+json (RFC 9457, NL GOV API Design Rules): type, title, status, detail,
 * instance and, for bad parameters, invalid_params naming each parameter and what is allowed.
 */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams: readonly InvalidParam[] = [],
  ) {
    super(detail);
    this.name = "Problem";
  }
}

const TYPES: Record<number, string> = {
  400: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1",
  401: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.2",
  403: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4",
  404: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5",
  406: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.7",
  409: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.10",
  429: "https://datatracker.ietf.org/doc/html/rfc6585#section-4",
  500: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.1",
  503: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.4",
};

export function problemBody(p: Problem, instance: string) {
  return {
    type: TYPES[p.status] ?? "about:blank",
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance,
    ...(p.invalidParams.length ? { invalid_params: p.invalidParams } : {}),
  };
}

/** A bad query or path parameter: 400 naming it and saying what is allowed. */
export function badParam(name: string, reason: string): Problem {
  return new Problem(400, "Ongeldige parameter", `Parameter "${name}": ${reason}`, [{ name, reason }]);
}

export function notFound(detail: string): Problem {
  return new Problem(404, "Niet gevonden", detail);
}

export function noData(reason: string | undefined): Problem {
  return new Problem(
    503,
    "Geen cijfers beschikbaar",
    `${reason ?? "No figures are computed"}: run \`npm start\` (or \`vsv import register <folder>\` and \`vsv compute\`) and restart the server`,
  );
}
