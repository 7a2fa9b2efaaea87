// The programme dashboard for managers: what is overdue or due soon across cities, which cities
// have gone quiet, and counts by theme and status (a chart with the same figures as a table).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { FilterSelect } from "~/components/filter-select";
import { ThemeStatusChart } from "~/follow-ups/components/action-chart";
import { ActionTable } from "~/follow-ups/components/action-list";
import { TableScroll } from "~/components/table-scroll";
import { loadDashboard } from "~/follow-ups/action-pages.server";
import { canSeeDashboard } from "~/follow-ups/policy";
import { formatDay } from "~/domain/follow-ups/action-rules";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "~/domain/vocabulary/follow-ups";
import { forbidden, requirePerson } from "~/accounts/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data?.filter.description
      ? `Dashboard: ${data.filter.description} · Inclusive Cities planner`
      : "Dashboard · Inclusive Cities planner",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const decision = canSeeDashboard(person);
  if (!decision.ok) throw forbidden(decision.reason);
  return json(await loadDashboard({ search: new URL(request.url).searchParams }));
}

export default function DashboardPage() {
  const data = useLoaderData<typeof loader>();
  const { totals, filter } = data;
  const navigation = useNavigation();
  const isFiltering = navigation.state === "loading" && navigation.location.pathname === "/dashboard";
  const exportQuery = new URLSearchParams(
    Object.entries(filter.values).filter(([key, value]) => value && !filter.errors[key as keyof typeof filter.errors]),
  ).toString();
  return (
    <>
      <div className="page-heading">
        <h1>
          Programme dashboard
          {filter.description ? `: ${filter.description}` : null}
        </h1>
        <p className="cluster">
          <a
            className="button button--quiet"
            href={`/actions/export.csv${exportQuery ? `?${exportQuery}` : ""}`}
            download
          >
            {filter.scope ? "Download these actions (CSV)" : "Download all actions (CSV)"}
          </a>
        </p>
      </div>
      <Form method="get" className="filters card" aria-label="Filter the dashboard">
        <div className="filters__grid">
          <FilterSelect
            name="city"
            label="City"
            value={filter.values.city}
            error={filter.errors.city}
            options={[
              { value: "", label: "Every city" },
              ...filter.options.cities.map((city) => ({ value: city.slug, label: city.name })),
            ]}
          />
          <FilterSelect
            name="phase"
            label="Phase"
            value={filter.values.phase}
            error={filter.errors.phase}
            options={[
              { value: "", label: "Every phase" },
              ...filter.options.phases.map((phase) => ({ value: String(phase.number), label: phase.name })),
            ]}
          />
          <FilterSelect
            name="convening"
            label="Convening"
            value={filter.values.convening}
            error={filter.errors.convening}
            options={[
              { value: "", label: "Every convening" },
              ...filter.options.convenings.map((convening) => ({ value: convening.id, label: convening.title })),
            ]}
          />
        </div>
        <p className="cluster">
          <button type="submit" className="button" aria-disabled={isFiltering || undefined}>
            {isFiltering ? "Showing…" : "Show actions"}
          </button>
          {filter.scope || Object.keys(filter.errors).length > 0 ? <Link to="/dashboard">Clear filters</Link> : null}
        </p>
      </Form>
      <ul className="action-stats" aria-label="Follow-up actions across the programme">
        <li className="action-stat" data-stat="all">
          <span className="action-stat__number">{totals.all}</span> actions
        </li>
        <li className="action-stat action-stat--error" data-stat="overdue">
          <span className="action-stat__number">{totals.overdue}</span> overdue
        </li>
        <li className="action-stat action-stat--warning" data-stat="due-soon">
          <span className="action-stat__number">{totals.dueSoon}</span> due within 7 days
        </li>
        {ACTION_STATUSES.map((status) => (
          <li className="action-stat" data-stat={status} key={status}>
            <span className="action-stat__number">{totals[status]}</span> {ACTION_STATUS_LABELS[status].toLowerCase()}
          </li>
        ))}
      </ul>

      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue ({totals.overdue})</h2>
        {data.overdue.length === 0 ? (
          <p>Nothing is overdue.</p>
        ) : (
          <ActionTable
            caption={
              totals.overdue > data.overdue.length
                ? `The ${data.overdue.length} most overdue; each city's plan lists the rest`
                : "Overdue actions, most overdue first"
            }
            rows={data.overdue}
          />
        )}
      </section>
      <section aria-labelledby="soon-title">
        <h2 id="soon-title">Due within 7 days ({totals.dueSoon})</h2>
        {data.dueSoon.length === 0 ? (
          <p>Nothing is due in the next 7 days.</p>
        ) : (
          <ActionTable caption="Due soon, earliest first" rows={data.dueSoon} />
        )}
      </section>

      <section aria-labelledby="quiet-title">
        <h2 id="quiet-title">Cities with no update in 60 days ({data.quietCities.length})</h2>
        {data.quietCities.length === 0 ? (
          <p>Every city has updated its plan since {formatDay(data.staleSince)}.</p>
        ) : (
          <ul className="cluster action-quiet">
            {data.quietCities.map((city) => (
              <li key={city.id}>
                <Link to={`/cities/${city.slug}/plan`}>{city.name}</Link>
                <span className="muted">
                  {" "}
                  (
                  {city.total === 0
                    ? "no actions"
                    : `${city.total} ${city.total === 1 ? "action" : "actions"}, none changed since ${formatDay(data.staleSince)}`}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">Actions by theme and status</h2>
        <p className="muted" id="themes-chart">
          An action tagged with two themes counts under both.
        </p>
        <ThemeStatusChart rows={data.themeRows} titleId="themes-chart" />
        <TableScroll labelledBy="themes-table-caption">
          <table>
            <caption id="themes-table-caption">Actions by framework theme and status</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <StatusHeadings />
              </tr>
            </thead>
            <tbody>
              {data.themeRows.map((row) => (
                <tr key={row.code ?? "none"}>
                  <th scope="row">{row.code ? `${row.code} ${row.title}` : row.title}</th>
                  <StatusCells counts={row.counts} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="cities-title">
        <h2 id="cities-title">By city</h2>
        <TableScroll labelledBy="cities-table-caption">
          <table>
            <caption id="cities-table-caption">Each city's actions by status</caption>
            <thead>
              <tr>
                <th scope="col">City</th>
                <th scope="col">Overdue</th>
                <th scope="col">Due soon</th>
                <StatusHeadings />
              </tr>
            </thead>
            <tbody>
              {data.cityRows.map((city) => (
                <tr key={city.id}>
                  <th scope="row">
                    <Link to={`/cities/${city.slug}/plan`}>{city.name}</Link>
                  </th>
                  <td>{city.overdue > 0 ? <strong className="action-overdue">{city.overdue}</strong> : 0}</td>
                  <td>{city.dueSoon}</td>
                  <StatusCells counts={city.counts} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}

/** The status columns both tables share, in the same order. */
function StatusHeadings() {
  return ACTION_STATUSES.map((status) => (
    <th scope="col" key={status}>
      {ACTION_STATUS_LABELS[status]}
    </th>
  ));
}

function StatusCells({ counts }: { counts: Record<(typeof ACTION_STATUSES)[number], number> }) {
  return ACTION_STATUSES.map((status) => <td key={status}>{counts[status]}</td>);
}
