/**
 * The one place an error answer becomes words for the user. The server's problem+json carries a Dutch `title` and,
 * with `Content-Language: nl` (every problem of this server), a Dutch `detail` that says what to do: the user sees
 * both. An answer that does not say it is Dutch (a proxy's error page, another server) shows the title and a Dutch
 * explanation per status instead — never a raw code or an English status line.
 */

export interface ProblemBody {
  readonly status?: number;
  readonly title?: string;
  readonly detail?: string;
  readonly invalid_params?: readonly { readonly name?: string; readonly reason?: string }[];
  readonly [key: string]: unknown;
}

/** What the user may do about an answer with this status, in Dutch. */
const BY_STATUS: Readonly<Record<number, string>> = {
  400: "Het verzoek klopt niet: controleer wat u hebt ingevuld en probeer het opnieuw.",
  401: "U bent niet (meer) ingelogd: log opnieuw in.",
  403: "U hebt geen toegang tot deze gegevens of handeling.",
  404: "Deze gegevens zijn niet gevonden.",
  406: "Deze gegevens zijn niet in dit formaat beschikbaar.",
  409: "De gegevens zijn intussen gewijzigd of dit kan nu niet: laad de pagina opnieuw en probeer het nog eens.",
  413: "Wat u stuurt is te groot.",
  414: "Het adres is te lang.",
  415: "Wat u stuurt heeft een formaat dat niet wordt geaccepteerd.",
  429: "Te veel verzoeken achter elkaar: wacht even en probeer het opnieuw.",
  500: "Er ging iets mis op de server. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
  502: "De server is even niet bereikbaar. Probeer het later opnieuw.",
  503: "De gegevens zijn nu niet beschikbaar. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
  504: "De server antwoordde niet op tijd. Probeer het later opnieuw.",
};

/** A network failure (no answer at all). */
export const NO_ANSWER_MESSAGE = "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.";

function generic(status: number): string {
  return `Er ging iets mis (foutcode ${status}). Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.`;
}

/** How an error answer came: as problem+json (whose title the server writes in Dutch), and in which language. */
export interface AnswerKind {
  readonly problemJson: boolean;
  /** The Content-Language of the answer ("" when none was given). */
  readonly language?: string;
}

/**
 * The Dutch message for an error answer. `title` is used only from a problem+json body; `detail` only when the answer
 * says it is Dutch, else the status's Dutch explanation stands in for it.
 */
export function problemMessage(status: number, body: unknown, kind: AnswerKind): string {
  const problem: ProblemBody = body && typeof body === "object" ? (body as ProblemBody) : {};
  const title = kind.problemJson && typeof problem.title === "string" ? problem.title.trim() : "";
  const dutch = kind.problemJson && /^nl\b/i.test(kind.language ?? "") && typeof problem.detail === "string" && problem.detail.trim() !== "";
  const explanation = dutch ? problem.detail!.trim() : BY_STATUS[status] ?? generic(status);
  return title ? `${title}. ${explanation}` : explanation;
}
