// The costs of a learning exchange per delegate and city, with totals per city and for the
// exchange in each currency: managers see every city, a city representative their own.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { TableScroll } from "~/components/table-scroll";
import { CostTotals, NotConvertedNote } from "~/exchanges/components/cost-totals";
import { loadCostsPage } from "~/exchanges/costs-page.server";
import { requireExchange } from "~/exchanges/delegate.server";
import { formatRange } from "~/registration/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Costs · ${data?.convening.title ?? "Exchange"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const exchange = await requireExchange(person, params.conveningId);
  const page = await loadCostsPage(person, exchange);
  return json({
    convening: {
      id: exchange.id,
      title: exchange.title,
      dates: formatRange(exchange.startsAt, exchange.endsAt, exchange.timeZone),
    },
    ...page,
  });
}

export default function CostsPage() {
  const { convening, cities, exchangeTotals } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
      </p>
      <div className="page-heading">
        <h1>Costs</h1>
        <a className="button button--quiet" href={`/convenings/${convening.id}/costs.csv`} download>
          Download CSV
        </a>
      </div>
      <p className="lede">
        {convening.title}: {convening.dates}
      </p>
      <NotConvertedNote />
      {exchangeTotals ? (
        <section aria-labelledby="exchange-totals-title">
          <h2 id="exchange-totals-title">The exchange</h2>
          <CostTotals totals={exchangeTotals} label="Cost totals for the exchange" />
        </section>
      ) : null}
      {cities.length === 0 ? (
        <div className="empty-state">
          <h2>No delegates yet</h2>
          <p>Costs are recorded on each delegate's page once they have a place.</p>
        </div>
      ) : (
        cities.map((city) => (
          <section key={city.cityId ?? "none"} aria-labelledby={`city-${city.cityId ?? "none"}`} className="card">
            <h2 id={`city-${city.cityId ?? "none"}`} style={{ marginTop: 0 }}>
              {city.cityName}
            </h2>
            <CostTotals totals={city.totals} label={`Cost totals for ${city.cityName}`} />
            <TableScroll label={`${city.cityName} costs by delegate`} hint={false}>
              <table className="table-stack">
                <thead>
                  <tr>
                    <th scope="col">Delegate</th>
                    <th scope="col">For</th>
                    <th scope="col">Description</th>
                    <th scope="col">Amount</th>
                  </tr>
                </thead>
                <tbody>
                  {city.delegates.flatMap((delegate) => {
                    const name = delegate.isDelegate ? (
                      <Link to={`/convenings/${convening.id}/delegates/${delegate.personId}`}>{delegate.name}</Link>
                    ) : (
                      <>
                        {delegate.name} <span className="muted">(no longer has a place)</span>
                      </>
                    );
                    if (delegate.lines.length === 0)
                      return [
                        <tr key={delegate.personId}>
                          <td>{name}</td>
                          <td colSpan={3} data-label="Costs">
                            No costs recorded
                          </td>
                        </tr>,
                      ];
                    return delegate.lines.map((line) => (
                      <tr key={line.id}>
                        <td>{name}</td>
                        <td data-label="For">{line.categoryLabel}</td>
                        <td data-label="Description">{line.description || "—"}</td>
                        <td data-label="Amount">{line.amount}</td>
                      </tr>
                    ));
                  })}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))
      )}
    </>
  );
}
