// The costs of a learning exchange as CSV for the funder: managers get every city and the
// exchange's totals, a city representative their own city's lines and totals.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePerson } from "~/accounts/auth.server";
import { costsCsv } from "~/exchanges/costs-csv";
import { loadCostsPage } from "~/exchanges/costs-page.server";
import { requireExchange } from "~/exchanges/delegate.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const exchange = await requireExchange(person, params.conveningId);
  const csv = costsCsv(await loadCostsPage(person, exchange));
  const slug =
    exchange.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "exchange";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="costs-${slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
