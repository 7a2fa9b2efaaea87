// The costs page as CSV for the funder: one row per cost line, then each city's totals and the
// exchange's, per currency and category (never converted). RFC 4180 quoting and formula-safe
// cells come from the one CSV writer.
import { toCsv } from "~/domain/follow-ups/csv";
import type { CostsPage } from "./costs-page.server";
import type { TotalsView } from "./delegate-costs.server";

const HEADER = ["Row", "City", "Delegate", "Category", "Description", "Currency", "Amount"];

function totalRows(kind: string, city: string, totals: TotalsView): string[][] {
  return totals.flatMap((total) => [
    ...total.byCategory.map((part) => [kind, city, "", part.label, "", total.currency, part.amountText]),
    [kind, city, "", "All categories", "", total.currency, total.totalText],
  ]);
}

export function costsCsv(page: CostsPage): string {
  const rows: string[][] = [];
  for (const city of page.cities)
    for (const delegate of city.delegates)
      for (const line of delegate.lines)
        rows.push([
          "Cost",
          city.cityName,
          delegate.name,
          line.categoryLabel,
          line.description,
          line.currency,
          line.amountText,
        ]);
  for (const city of page.cities) rows.push(...totalRows("City total", city.cityName, city.totals));
  if (page.exchangeTotals) rows.push(...totalRows("Exchange total", "All cities", page.exchangeTotals));
  return toCsv(HEADER, rows);
}
