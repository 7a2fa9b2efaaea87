import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { connectDb } from "~/utils/db.server";
import { listCities } from "~models/city.server";

export const meta: MetaFunction = () => [{ title: "Cities · Inclusive Cities planner" }];

const MEMBERSHIP_LABELS: Record<string, string> = {
  founder: "Founder city",
  "phase-two": "Phase two",
  associate: "Associate member",
};

export async function loader() {
  await connectDb();
  return json({ cities: await listCities() });
}

export default function CitiesPage() {
  const { cities } = useLoaderData<typeof loader>();
  const cityName = new Map(cities.map((city) => [city.slug, city.name]));
  return (
    <>
      <h1>Cities</h1>
      <p className="lede">The cities of the programme, where the work sits in each council, and their learning partners.</p>
      {cities.length === 0 ? (
        <div className="empty-state">
          <h2>No cities yet</h2>
          <p>Run <code>npm run seed</code> to load the programme's cities.</p>
        </div>
      ) : (
        <div className="grid">
          {cities.map((city) => (
            <article className="card" key={city.id}>
              <h2 style={{ marginTop: 0, fontSize: "var(--font-size-l)" }}>{city.name}</h2>
              <p className="cluster">
                <span className="badge">{MEMBERSHIP_LABELS[city.membership]}</span>
                <span className="badge badge--neutral">{city.nation}</span>
              </p>
              <dl className="definition-list">
                {city.department ? (
                  <>
                    <dt>Department</dt>
                    <dd>{city.department}</dd>
                  </>
                ) : null}
                {city.sponsorRole ? (
                  <>
                    <dt>Sponsor</dt>
                    <dd>{city.sponsorRole}</dd>
                  </>
                ) : null}
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
