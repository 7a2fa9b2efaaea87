import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { MEMBERSHIP_LABELS } from "~/domain/vocabulary/cities";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { connectDb } from "~/utils/db.server";
import { listCities, listCityContacts } from "~models/city.server";
import { getPeopleByIds } from "~models/person.server";

export const meta: MetaFunction = () => [{ title: "Cities · Inclusive Cities planner" }];

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
  return (
    <>
      <h1>Cities</h1>
      <p className="lede">
        The cities of the programme, where the work sits in each council, and their learning partners.
      </p>
      {cities.length === 0 ? (
        <div className="empty-state">
          <h2>No cities yet</h2>
          <p>
            Run <code>npm run seed</code> to load the programme's cities.
          </p>
        </div>
      ) : (
        <div className="grid">
          {cities.map((city) => (
            <article className="card city-card" key={city.id}>
              <h2 style={{ marginTop: 0, fontSize: "var(--font-size-l)" }}>
                <Link to={`/cities/${city.slug}`}>{city.name}</Link>
              </h2>
              <p className="cluster">
                <span className="badge">
                  {(MEMBERSHIP_LABELS as Record<string, string>)[city.membership] ?? city.membership}
                </span>
                <span className="badge badge--neutral">{city.nation}</span>
              </p>
              <dl className="definition-list definition-list--stacked">
                {city.department ? (
                  <>
                    <dt>Department</dt>
                    <dd>{city.department}</dd>
                  </>
                ) : null}
                {city.sponsorRole || city.sponsorName ? (
                  <>
                    <dt>Sponsor</dt>
                    <dd>{[city.sponsorName, city.sponsorRole].filter(Boolean).join(", ")}</dd>
                  </>
                ) : null}
                {city.leadName ? (
                  <>
                    <dt>Operational lead</dt>
                    <dd>{city.leadName}</dd>
                  </>
                ) : null}
                <dt>Taskforce</dt>
                <dd>
                  {city.taskforceSize} member{city.taskforceSize === 1 ? "" : "s"}
                </dd>
                {city.learningPartnerSlug ? (
                  <>
                    <dt>Learning partner</dt>
                    <dd>{cityName.get(city.learningPartnerSlug) ?? city.learningPartnerSlug}</dd>
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
