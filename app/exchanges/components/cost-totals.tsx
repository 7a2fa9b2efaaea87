// Totals of costs, one row per currency with each category and the sum: currencies are never
// converted, so a total in two currencies is two rows, and the table says so.
import { TableScroll } from "~/components/table-scroll";
import { COST_CATEGORIES, COST_CATEGORY_LABELS } from "~/domain/vocabulary/delegate-costs";

export type TotalRow = {
  currency: string;
  total: string;
  byCategory: Array<{ category: string; amount: string }>;
};

export function CostTotals({ totals, label }: { totals: TotalRow[]; label: string }) {
  if (totals.length === 0) return <p className="muted">No costs recorded.</p>;
  return (
    <TableScroll label={label} hint={false}>
      <table className="table-stack">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            {COST_CATEGORIES.map((category) => (
              <th scope="col" key={category}>
                {COST_CATEGORY_LABELS[category]}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.currency}>
              <th scope="row">{row.currency}</th>
              {COST_CATEGORIES.map((category) => (
                <td key={category} data-label={COST_CATEGORY_LABELS[category]}>
                  {row.byCategory.find((part) => part.category === category)?.amount ?? "—"}
                </td>
              ))}
              <td data-label="Total">
                <strong>{row.total}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function NotConvertedNote() {
  return <p className="muted">Totals are per currency: amounts in different currencies are not converted.</p>;
}
