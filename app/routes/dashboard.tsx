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
import { ACTION_STATUSES } from "~/domain/vocabulary/follow-ups";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { statusLabel } from "~/follow-ups/action-words";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: data?.filter.description
      ? pageTitle(matches, "dashboard.pageTitleFiltered", { filter: data.filter.description })
      : pageTitle(matches, "dashboard.pageTitle"),
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const decision = canSeeDashboard(person);
  if (!decision.ok) throw forbidden(decision.reason);
  const words = await translateRequest(request);
  const dashboard = await loadDashboard({ search: new URL(request.url).searchParams, words });
  return json(dashboard);
}

export default function DashboardPage() {
  const data = useLoaderData<typeof loader>();
  const { totals, filter } = data;
  const t = useT();
  const navigation = useNavigation();
  const isFiltering = navigation.state === "loading" && navigation.location.pathname === "/dashboard";
  const exportQuery = new URLSearchParams(
    Object.entries(filter.values).filter(([key, value]) => value && !filter.errors[key as keyof typeof filter.errors]),
  ).toString();
  return (
    <>
      <div className="page-heading">
        <h1>
          {t("dashboard.title")}
          {filter.description ? (
            <>
              : <ContentLang>{filter.description}</ContentLang>
            </>
          ) : null}
        </h1>
        <p className="cluster">
          <a
            className="button button--quiet"
            href={`/actions/export.csv${exportQuery ? `?${exportQuery}` : ""}`}
            download
          >
            {filter.scope ? t("dashboard.downloadThese") : t("dashboard.downloadAll")}
          </a>
        </p>
      </div>
      <Form method="get" className="filters card" aria-label={t("dashboard.filter.label")}>
        <div className="filters__grid">
          <FilterSelect
            name="city"
            label={t("dashboard.filter.city")}
            value={filter.values.city}
            error={filter.errors.city}
            options={[
              { value: "", label: t("dashboard.filter.everyCity") },
              ...filter.options.cities.map((city) => ({ value: city.slug, label: city.name })),
            ]}
          />
          <FilterSelect
            name="phase"
            label={t("dashboard.filter.phase")}
            value={filter.values.phase}
            error={filter.errors.phase}
            options={[
              { value: "", label: t("dashboard.filter.everyPhase") },
              ...filter.options.phases.map((phase) => ({ value: String(phase.number), label: phase.name })),
            ]}
          />
          <FilterSelect
            name="convening"
            label={t("dashboard.filter.convening")}
            value={filter.values.convening}
            error={filter.errors.convening}
            options={[
              { value: "", label: t("dashboard.filter.everyConvening") },
              ...filter.options.convenings.map((convening) => ({ value: convening.id, label: convening.title })),
            ]}
          />
        </div>
        <p className="cluster">
          <button type="submit" className="button" aria-disabled={isFiltering || undefined}>
            {isFiltering ? t("dashboard.filter.showing") : t("dashboard.filter.show")}
          </button>
          {filter.scope || Object.keys(filter.errors).length > 0 ? (
            <Link to="/dashboard">{t("dashboard.filter.clear")}</Link>
          ) : null}
        </p>
      </Form>
      <ul className="action-stats" aria-label={t("dashboard.stats.label")}>
        <li className="action-stat" data-stat="all">
          <span className="action-stat__number">{totals.all}</span> {t("dashboard.stats.actions")}
        </li>
        <li className="action-stat action-stat--error" data-stat="overdue">
          <span className="action-stat__number">{totals.overdue}</span> {t("dashboard.stats.overdue")}
        </li>
        <li className="action-stat action-stat--warning" data-stat="due-soon">
          <span className="action-stat__number">{totals.dueSoon}</span> {t("dashboard.stats.dueSoon")}
        </li>
        {ACTION_STATUSES.map((status) => (
          <li className="action-stat" data-stat={status} key={status}>
            <span className="action-stat__number">{totals[status]}</span> {statusLabel(t, status).toLowerCase()}
          </li>
        ))}
      </ul>

      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">{t("dashboard.overdue", { count: totals.overdue })}</h2>
        {data.overdue.length === 0 ? (
          <p>{t("dashboard.nothingOverdue")}</p>
        ) : (
          <ActionTable
            caption={
              totals.overdue > data.overdue.length
                ? t("dashboard.mostOverdue", { count: data.overdue.length })
                : t("dashboard.overdueCaption")
            }
            rows={data.overdue}
          />
        )}
      </section>
      <section aria-labelledby="soon-title">
        <h2 id="soon-title">{t("dashboard.dueSoon", { count: totals.dueSoon })}</h2>
        {data.dueSoon.length === 0 ? (
          <p>{t("dashboard.nothingDueSoon")}</p>
        ) : (
          <ActionTable caption={t("dashboard.dueSoonCaption")} rows={data.dueSoon} />
        )}
      </section>

      <section aria-labelledby="quiet-title">
        <h2 id="quiet-title">{t("dashboard.quiet", { count: data.quietCities.length })}</h2>
        {data.quietCities.length === 0 ? (
          <p>{t("dashboard.noneQuiet", { day: data.staleSinceText })}</p>
        ) : (
          <ul className="cluster action-quiet">
            {data.quietCities.map((city) => (
              <li key={city.id}>
                <Link to={`/cities/${city.slug}/plan`} lang="en-GB">
                  {city.name}
                </Link>
                <span className="muted">
                  {" "}
                  (
                  {city.total === 0
                    ? t("dashboard.quietNone")
                    : t("dashboard.quietSome", { count: city.total, day: data.staleSinceText })}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">{t("dashboard.chart.title")}</h2>
        <p className="muted" id="themes-chart">
          {t("dashboard.twoThemes")}
        </p>
        <ThemeStatusChart rows={data.themeRows} titleId="themes-chart" />
        <TableScroll labelledBy="themes-table-caption">
          <table>
            <caption id="themes-table-caption">{t("dashboard.themesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.theme")}</th>
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
        <h2 id="cities-title">{t("dashboard.byCity")}</h2>
        <TableScroll labelledBy="cities-table-caption">
          <table>
            <caption id="cities-table-caption">{t("dashboard.citiesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("actions.table.city")}</th>
                <th scope="col">{t("dashboard.overdueColumn")}</th>
                <th scope="col">{t("dashboard.dueSoonColumn")}</th>
                <StatusHeadings />
              </tr>
            </thead>
            <tbody>
              {data.cityRows.map((city) => (
                <tr key={city.id}>
                  <th scope="row">
                    <Link to={`/cities/${city.slug}/plan`} lang="en-GB">
                      {city.name}
                    </Link>
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
  const t = useT();
  return ACTION_STATUSES.map((status) => (
    <th scope="col" key={status}>
      {statusLabel(t, status)}
    </th>
  ));
}

function StatusCells({ counts }: { counts: Record<(typeof ACTION_STATUSES)[number], number> }) {
  return ACTION_STATUSES.map((status) => <td key={status}>{counts[status]}</td>);
}
