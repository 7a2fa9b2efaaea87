import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ConveningCard } from "~/convenings/components/convening-card";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import { formatDateRange } from "~/domain/local-time";
import { getOptionalPerson } from "~/accounts/auth.server";
import { canPlanConvenings, canReadDrafts } from "~/convenings/policy";
import { connectDb } from "~/utils/db.server";
import { listCities } from "~models/city.server";
import { listConvenings } from "~models/queries/convening-lists.server";
import { CONVENING_KINDS, type ConveningKind } from "~/domain/vocabulary/convenings";
import { FilterSelect } from "~/components/filter-select";
import { FORMAT_LOCALE } from "~/domain/languages";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";
import { conveningKindText, frameworkTitleText } from "~/i18n/vocabulary";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "convenings.list.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const { language, t } = await translateRequest(request);
  const params = new URL(request.url).searchParams;
  const kind = (CONVENING_KINDS as readonly string[]).includes(params.get("kind") ?? "")
    ? (params.get("kind") as ConveningKind)
    : null;
  const phase = params.get("phase") === "1" ? 1 : params.get("phase") === "2" ? 2 : null;
  const theme = (THEME_CODES as readonly string[]).includes(params.get("theme") ?? "") ? params.get("theme") : null;
  const when = params.get("when") === "past" ? "past" : params.get("when") === "all" ? null : "upcoming";
  const hostCityId = params.get("hostCityId") || null;
  const [convenings, cities] = await Promise.all([
    listConvenings({ includeDrafts: canReadDrafts(person), kind, phase, theme, when, hostCityId }),
    listCities(),
  ]);
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const cards = convenings.map((convening) => ({
    id: convening.id,
    title: convening.title,
    kind: convening.kind,
    status: convening.status,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
    where: convening.hostCityId
      ? t("convenings.card.hostedBy", { city: cityName.get(convening.hostCityId) ?? t("convenings.card.aCity") })
      : convening.places.map((place) => place.name).join(", ") || t("convenings.card.noPlace"),
  }));
  return json({
    convenings: when === "past" ? cards.reverse() : cards,
    cities: cities.map((city) => ({ id: city.id, name: city.name })),
    filters: {
      kind: kind ?? "",
      phase: phase ? String(phase) : "",
      theme: theme ?? "",
      when: when ?? "all",
      hostCityId: hostCityId ?? "",
    },
    canCreate: canPlanConvenings(person),
  });
}

export default function ConveningsPage() {
  const { convenings, cities, filters, canCreate } = useLoaderData<typeof loader>();
  const t = useT();
  const heading =
    filters.when === "past"
      ? t("convenings.list.headingPast")
      : filters.when === "all"
        ? t("convenings.list.headingAll")
        : t("convenings.list.headingUpcoming");
  return (
    <>
      <div className="page-heading">
        <h1>{heading}</h1>
        {canCreate ? (
          <Link className="button" to="/convenings/new">
            {t("convenings.list.newConvening")}
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters card" aria-label={t("convenings.list.filters")}>
        <div className="filters__grid">
          <FilterSelect
            name="when"
            label={t("convenings.list.when")}
            value={filters.when}
            options={[
              { value: "upcoming", label: t("convenings.list.whenUpcoming") },
              { value: "past", label: t("convenings.list.whenPast") },
              { value: "all", label: t("convenings.list.whenAll") },
            ]}
          />
          <FilterSelect
            name="kind"
            label={t("convenings.list.kind")}
            value={filters.kind}
            options={[
              { value: "", label: t("convenings.list.anyKind") },
              ...CONVENING_KINDS.map((value) => ({ value, label: conveningKindText(t, value) })),
            ]}
          />
          <FilterSelect
            name="phase"
            label={t("convenings.list.phase")}
            value={filters.phase}
            options={[
              { value: "", label: t("convenings.list.anyPhase") },
              { value: "1", label: t("convenings.list.phaseOne") },
              { value: "2", label: t("convenings.list.phaseTwo") },
            ]}
          />
          <FilterSelect
            name="hostCityId"
            label={t("convenings.list.hostCity")}
            value={filters.hostCityId}
            options={[
              { value: "", label: t("convenings.list.anyHost") },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
          <FilterSelect
            name="theme"
            label={t("convenings.list.theme")}
            value={filters.theme}
            options={[
              { value: "", label: t("convenings.list.anyTheme") },
              ...THEME_CODES.map((code) => ({ value: code, label: `${code}: ${frameworkTitleText(t, code)}` })),
            ]}
          />
        </div>
        <button type="submit" className="button">
          {t("convenings.list.show")}
        </button>
      </Form>
      <p className="muted" role="status">
        {t("convenings.list.count", { count: convenings.length })}
      </p>
      {convenings.length === 0 ? (
        <div className="empty-state">
          <h2>{t("convenings.list.noneMatch")}</h2>
          <p>{t("convenings.list.noneMatchBody")}</p>
        </div>
      ) : (
        <div className="grid">
          {convenings.map((convening) => (
            <ConveningCard key={convening.id} convening={convening} />
          ))}
        </div>
      )}
    </>
  );
}
