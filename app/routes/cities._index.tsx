import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { connectDb } from "~/utils/db.server";
import { listCities, listCityContacts } from "~models/city.server";
import { getPeopleByIds } from "~models/person.server";
import { membershipText, nationText } from "~/cities/words";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { useIntl } from "react-intl";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "cities.index.title") }];

export async function loader(_args: LoaderFunctionArgs) {
  await connectDb();
  const [cities, contacts] = await Promise.all([listCities(), listCityContacts()]);
  const people = await getPeopleByIds(
    [...contacts.values()]
      .flatMap((contact) => [contact.sponsorPersonId, contact.leadPersonId])
      .filter((id): id is string => Boolean(id)),
  );
  const nameOf = (id: string | null | undefined) => (id ? (people.get(id)?.name ?? null) : null);
  return json({
    cities: cities.map((city) => {
      const contact = contacts.get(city.id);
      return {
        ...city,
        sponsorName: nameOf(contact?.sponsorPersonId),
        leadName: nameOf(contact?.leadPersonId),
        taskforceSize: contact?.taskforceSize ?? 0,
      };
    }),
  });
}

export default function CitiesPage() {
  const { cities } = useLoaderData<typeof loader>();
  const cityName = new Map(cities.map((city) => [city.slug, city.name]));
  const t = useT();
  const intl = useIntl();
  return (
    <>
      <h1>{t("cities.index.title")}</h1>
      <p className="lede">{t("cities.index.lede")}</p>
      {cities.length === 0 ? (
        <div className="empty-state">
          <h2>{t("cities.index.emptyTitle")}</h2>
          <p>{intl.formatMessage({ id: "cities.index.emptyText" }, { code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
      ) : (
        <div className="grid">
          {cities.map((city) => (
            <article className="card city-card" key={city.id}>
              <h2 style={{ marginTop: 0, fontSize: "var(--font-size-l)" }}>
                <Link to={`/cities/${city.slug}`}>
                  <ContentLang>{city.name}</ContentLang>
                </Link>
              </h2>
              <p className="cluster">
                <span className="badge">{membershipText(t, city.membership)}</span>
                <span className="badge badge--neutral">{nationText(t, city.nation)}</span>
              </p>
              <dl className="definition-list definition-list--stacked">
                {city.department ? (
                  <>
                    <dt>{t("cities.department")}</dt>
                    <dd>
                      <ContentLang>{city.department}</ContentLang>
                    </dd>
                  </>
                ) : null}
                {city.sponsorRole || city.sponsorName ? (
                  <>
                    <dt>{t("cities.sponsor")}</dt>
                    <dd>
                      <ContentLang>{[city.sponsorName, city.sponsorRole].filter(Boolean).join(", ")}</ContentLang>
                    </dd>
                  </>
                ) : null}
                {city.leadName ? (
                  <>
                    <dt>{t("cities.operationalLead")}</dt>
                    <dd>
                      <ContentLang>{city.leadName}</ContentLang>
                    </dd>
                  </>
                ) : null}
                <dt>{t("cities.taskforce")}</dt>
                <dd>{t("cities.memberCount", { count: city.taskforceSize })}</dd>
                {city.learningPartnerSlug ? (
                  <>
                    <dt>{t("cities.learningPartner")}</dt>
                    <dd>
                      <ContentLang>{cityName.get(city.learningPartnerSlug) ?? city.learningPartnerSlug}</ContentLang>
                    </dd>
                  </>
                ) : null}
              </dl>
            </article>
          ))}
        </div>
      )}
    </>
  );
}
