/**
 * HTML built from text that comes from elsewhere (the OpenAPI document): every interpolated value is escaped unless
 * it is itself built with `html`, so a summary with `<` or a crafted description can never add markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function fragment(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(fragment).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

/** A template whose values are escaped (strings, numbers), kept (Html) or joined (arrays); nothing for undefined, null, false. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += fragment(v) + strings[i + 1]!));
  return new Html(out);
}

export const EMPTY = new Html("");

/** Text with its `code spans` (Markdown backticks, as the route descriptions write them) shown as <code>. */
export function inline(text: string): Html {
  return new Html(
    text
      .split(/(`[^`]+`)/)
      .map((part) => (part.length > 2 && part.startsWith("`") && part.endsWith("`") ? `<code class="utrecht-code">${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
      .join(""),
  );
}

/** Text as paragraphs: a blank line starts a new one. */
export function prose(text: string | undefined): Html {
  if (!text?.trim()) return EMPTY;
  return html`${text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => html`<p class="utrecht-paragraph">${inline(p.trim())}</p>`)}`;
}

/** A value written as JSON in <code>; a non-empty string without its quotes, as it is typed in a query. */
export function codeValue(value: unknown): Html {
  return html`<code class="utrecht-code">${typeof value === "string" && value !== "" ? value : JSON.stringify(value)}</code>`;
}
