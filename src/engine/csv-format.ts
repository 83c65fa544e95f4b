/** Writing CSV as the register exchange format wants it: RFC 4180, comma-separated, `\n` line ends. */

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: empty for null/undefined, quoted only when it must be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}
