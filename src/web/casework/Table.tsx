/**
 * The closed part's tables: a caption, column headers with scope, optional sortable headers (a button in the
 * header that sets the sort in the URL; the header carries aria-sort), and paging links below.
 */
import type { ReactNode } from "react";
import { Link, setQuery } from "../router.js";
import { ct } from "./text.js";

export interface CwColumn<R> {
  readonly key: string;
  readonly label: string;
  readonly render: (row: R) => ReactNode;
  readonly rowHeader?: boolean;
  readonly numeric?: boolean;
  /** The API's sort key: ascending is `sort`, descending `-sort`. */
  readonly sort?: string;
  /** Only this direction can be sorted on (e.g. the API sorts institutions ascending only). */
  readonly sortOnly?: "asc";
}

export interface SortState {
  /** The current sort as the API takes it (`age`, `-age`), or "" for the default. */
  readonly value: string;
  /** The URL parameter holding it. */
  readonly param: string;
}

function ariaSort(col: CwColumn<unknown>, sort: SortState | undefined): "ascending" | "descending" | undefined {
  if (!col.sort || !sort) return undefined;
  if (sort.value === col.sort) return "ascending";
  if (sort.value === `-${col.sort}`) return "descending";
  return undefined;
}

export function CwTable<R>({ caption, columns, rows, rowKey, sort, testId }: {
  caption: string;
  columns: readonly CwColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, i: number) => string;
  sort?: SortState;
  testId?: string;
}) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline vsv-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color" data-testid={testId}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => {
              const dir = ariaSort(c as CwColumn<unknown>, sort);
              const next = c.sort ? (dir === "ascending" && !c.sortOnly ? `-${c.sort}` : c.sort) : "";
              return (
                <th key={c.key} scope="col" aria-sort={c.sort && sort ? (dir ?? "none") : undefined}
                  className={`utrecht-table__header-cell${c.numeric ? " utrecht-table__header-cell--numeric-column" : ""}`}>
                  {c.sort && sort ? (
                    <button type="button" className="vsv-sort" onClick={() => setQuery({ [sort.param]: next, pagina: null })}>
                      {c.label}
                      <span aria-hidden="true" className="vsv-sort__mark">{dir === "ascending" ? " ▲" : dir === "descending" ? " ▼" : " ⇅"}</span>
                    </button>
                  ) : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r, i) => (
            <tr key={rowKey(r, i)} className="utrecht-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className="utrecht-table__header-cell">{c.render(r)}</th>
                ) : (
                  <td key={c.key} className={`utrecht-table__cell${c.numeric ? " utrecht-table__cell--numeric-data" : ""}`}>{c.render(r)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Pagina 2 van 7" with previous / next links that set ?pagina= (every page is a URL). */
export function Pager({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(window.location.search);
    if (p <= 1) q.delete("pagina");
    else q.set("pagina", String(p));
    const s = q.toString();
    return `${window.location.pathname}${s ? `?${s}` : ""}`;
  };
  return (
    <nav className="utrecht-pagination vsv-pager" aria-label={ct.pager.label}>
      {page > 1 ? (
        <Link href={href(page - 1)} className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev">{ct.pager.previous}</Link>
      ) : null}
      <span className="vsv-pager__where">{ct.pager.page(page, pages)}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next" rel="next">{ct.pager.next}</Link>
      ) : null}
    </nav>
  );
}

/** The page number in ?pagina= (1 when absent or not a number). */
export function pageOf(q: URLSearchParams): number {
  const n = Number(q.get("pagina"));
  return Number.isInteger(n) && n > 0 ? n : 1;
}
