/**
 * An NL Design System table with a caption; numeric columns right-aligned. Every column header sorts (a button in
 * the header, `aria-sort` on the sorted one), a table of more than SEARCH_FROM rows gets a search field, and when the
 * table is wider than its container the container scrolls and becomes a focusable, named region (keyboard users can
 * scroll it; WCAG 2.1.1). Sorting and searching only reorder and filter the rows the API gave.
 */
import { isValidElement, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { t } from "../text.js";

export interface Column<R> {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  readonly render: (row: R) => ReactNode;
  /** Marks the column whose cells name the row (rendered as row headers). */
  readonly rowHeader?: boolean;
  /** What the column sorts by (default: the text the cell shows, read as a Dutch number in numeric columns). */
  readonly sortValue?: (row: R) => string | number | null;
  /** false: the header does not sort (e.g. a column of buttons). */
  readonly sortable?: boolean;
}

/** Tables longer than this get a search field. */
export const SEARCH_FROM = 20;

/** The text a cell shows: strings, numbers and the children of elements (links, strong…). */
export function textOf(node: ReactNode): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

/** "1.234" → 1234, "−2,5%" → -2.5, "+3 (…)" → 3; "x", "<5", "–" → null (no number shown). */
export function dutchNumber(text: string): number | null {
  const m = /^\s*([+−-]?)(\d[\d.]*)(,\d+)?/.exec(text);
  if (!m) return null;
  const n = Number(`${m[2]!.replaceAll(".", "")}${m[3] ? `.${m[3].slice(1)}` : ""}`);
  return m[1] === "−" || m[1] === "-" ? -n : n;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
const collator = new Intl.Collator("nl-NL", { numeric: true, sensitivity: "base" });

type Sort = { readonly key: string; readonly ascending: boolean };

function sortKey<R>(c: Column<R>, row: R): string | number | null {
  if (c.sortValue) return c.sortValue(row);
  const text = textOf(c.render(row)).trim();
  if (c.numeric) return dutchNumber(text);
  return text === "" || text === "–" || text === "x" ? null : text;
}

/** Rows in sorted order; rows without a value stay last both ways. */
function sorted<R>(rows: readonly R[], c: Column<R>, ascending: boolean): R[] {
  const keyed = rows.map((r, i) => ({ r, i, k: sortKey(c, r) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const d = typeof a.k === "number" && typeof b.k === "number" ? a.k - b.k : collator.compare(String(a.k), String(b.k));
    return (ascending ? d : -d) || a.i - b.i;
  });
  return keyed.map((x) => x.r);
}

/** Whether the element is wider than it shows (then it scrolls), kept up to date as it or its content resizes. */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(check);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, [ref]);
  return overflows;
}

export function DataTable<R>({ caption, columns, rows, rowKey, testId, pinned }: {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, i: number) => string;
  testId?: string;
  /** Rows that stay on top whatever the sort or search (e.g. the Netherlands above its regions). */
  pinned?: (row: R) => boolean;
}) {
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(wrap);
  const [sort, setSort] = useState<Sort | null>(null);
  const [query, setQuery] = useState("");
  const searchable = rows.length > SEARCH_FROM;
  const needle = fold(query.trim());

  const shown = useMemo(() => {
    const top = pinned ? rows.filter(pinned) : [];
    const rest = pinned ? rows.filter((r) => !pinned(r)) : rows;
    const filtered = searchable && needle
      ? rest.filter((r) => fold(columns.map((c) => textOf(c.render(r))).join(" ")).includes(needle))
      : rest;
    const c = sort && columns.find((x) => x.key === sort.key);
    return [...top, ...(c ? sorted(filtered, c, sort.ascending) : filtered)];
  }, [rows, columns, sort, needle, searchable, pinned]);

  const sortedColumn = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const status = [
    searchable ? (shown.length === 0 && needle ? t.table.none(query.trim()) : t.table.found(shown.length, rows.length)) : "",
    sortedColumn ? t.table.sortedBy(sortedColumn.label, sort!.ascending) : "",
  ].filter(Boolean).join(" ");

  return (
    <div className="vsv-table" data-testid={testId}>
      {searchable ? (
        <div className="utrecht-form-field vsv-table__search vsv-no-print">
          <label className="utrecht-form-label" htmlFor={`${id}-q`}>
            {t.table.search}<span className="vsv-visually-hidden">: {caption}</span>
          </label>
          <p className="utrecht-form-field-description vsv-hint" id={`${id}-hint`}>{t.table.searchHint}</p>
          <input id={`${id}-q`} type="search" className="utrecht-textbox utrecht-textbox--html-input" value={query} autoComplete="off"
            aria-describedby={`${id}-hint ${id}-status`} aria-controls={`${id}-table`} onChange={(e) => setQuery(e.target.value)} />
        </div>
      ) : null}
      <p className={searchable ? "utrecht-paragraph vsv-table__status vsv-no-print" : "vsv-visually-hidden"} id={`${id}-status`} role="status">{status}</p>
      <div ref={wrap} className="utrecht-table-container utrecht-table-container--overflow-inline vsv-table-wrap"
        {...(overflows ? { tabIndex: 0, role: "region", "aria-label": caption } : {})}>
        <table id={`${id}-table`} className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map((c) => {
                const current = sort?.key === c.key ? sort : null;
                return (
                  <th key={c.key} scope="col" aria-sort={current ? (current.ascending ? "ascending" : "descending") : undefined}
                    className={`utrecht-table__header-cell${c.numeric ? " utrecht-table__header-cell--numeric-column" : ""}`}>
                    {c.sortable === false ? c.label : (
                      // The arrow is CSS content with empty alternative text: seen, not read, not in the header's text.
                      <button type="button" className="vsv-sort vsv-sort--table" onClick={() => setSort({ key: c.key, ascending: current ? !current.ascending : true })}>
                        {c.label}
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map((r, i) => (
              <tr key={rowKey(r, i)} className="utrecht-table__row">
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className="utrecht-table__header-cell">
                      {c.render(r)}
                    </th>
                  ) : (
                    <td key={c.key} className={`utrecht-table__cell${c.numeric ? " utrecht-table__cell--numeric-data" : ""}`}>
                      {c.render(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
