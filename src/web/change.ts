/**
 * The change against last year always says which figure it is compared with: the API gives every row the teljaar
 * and stage it compared with (`previous_teljaar`, `previous_stage`), and the page writes "t.o.v. 2023-2024
 * (definitief)" — in the column header when every row compares with the same figure, else in each cell.
 */
import type { Column } from "./components/DataTable.js";
import { cell } from "./format.js";
import { t } from "./text.js";

/** What a row says about the figure it is compared with. */
interface Compared {
  readonly previous_teljaar?: string | null;
  readonly previous_stage?: string | null;
}

/** A row of figures with a change against the previous teljaar. */
export type ChangeRow = Compared & { readonly change?: number | null; readonly suppressed?: readonly string[] | null } & Record<string, unknown>;

/** "t.o.v. 2023-2024 (definitief)", or null when the row compares with nothing. */
export function comparedWith(row: Compared | null | undefined, fallback?: Compared | null): string | null {
  const teljaar = row?.previous_teljaar ?? fallback?.previous_teljaar;
  const stage = row?.previous_teljaar ? row.previous_stage : fallback?.previous_stage;
  if (!teljaar) return null;
  return t.change.against(teljaar, stage ? t.stage[stage] ?? stage : t.stageUnknown);
}

/**
 * The "change" column of a table of figures. `fallback`: the page's own figure, for rows an older API gives
 * without their previous teljaar (they are computed in the same request, against the same year).
 */
export function changeColumn<R extends ChangeRow>(rows: readonly R[], fallback?: Compared | null): Column<R> {
  const withChange = rows.filter((r) => r.change != null || r.suppressed?.includes("change"));
  const bases = new Set(withChange.map((r) => comparedWith(r, fallback) ?? ""));
  const shared = bases.size === 1 ? [...bases][0] || null : null;
  return {
    key: "change",
    label: shared ? t.change.columnAgainst(shared) : t.change.column,
    numeric: true,
    sortValue: (r) => (typeof r.change === "number" ? r.change : null),
    render: (r) => {
      const v = cell(r, "change", "signed");
      const basis = shared ? null : comparedWith(r, fallback);
      return basis && v !== "–" ? `${v} (${basis})` : v;
    },
  };
}
