/** An NL Design System table with a caption; numeric columns right-aligned. */
import type { ReactNode } from "react";

export interface Column<R> {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  readonly render: (row: R) => ReactNode;
  /** Marks the column whose cells name the row (rendered as row headers). */
  readonly rowHeader?: boolean;
}

export function DataTable<R>({ caption, columns, rows, rowKey }: { caption: string; columns: readonly Column<R>[]; rows: readonly R[]; rowKey: (row: R, i: number) => string }) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline vsv-table-wrap">
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`utrecht-table__header-cell${c.numeric ? " utrecht-table__header-cell--numeric-column" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r, i) => (
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
  );
}
