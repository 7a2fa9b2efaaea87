import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ConveningCard } from "~/convenings/components/convening-card";
import { formatDateRange } from "~/domain/local-time";
import { getOptionalPerson } from "~/accounts/auth.server";
import { canPlanConvenings, canReadDrafts } from "~/convenings/policy";
import { connectDb } from "~/utils/db.server";
import { listCities } from "~models/city.server";
import { listConvenings } from "~models/queries/convening-lists.server";
import { hasAttentionQueue } from "~/attention/policy";
import { loadAttentionQueue } from "~/attention/queue.server";
import { AttentionQueue } from "~/attention/components/attention-queue";
import { FORMAT_LOCALE } from "~/domain/languages";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export async function loader({ request }: LoaderFunctionArgs) {
  await connectDb();
  const person = await getOptionalPerson(request);
  const { language, t } = await translateRequest(request);
  const [convenings, cities, attention] = await Promise.all([
    listConvenings({ includeDrafts: canReadDrafts(person) }),
    listCities(),
    hasAttentionQueue(person) ? loadAttentionQueue(person) : null,
  ]);
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const now = Date.now();
  const toCard = (convening: (typeof convenings)[number]) => ({
    id: convening.id,
    title: convening.title,
    kind: convening.kind,
    status: convening.status,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
    where: convening.hostCityId
      ? t("home.hostedBy", { city: cityName.get(convening.hostCityId) ?? "" })
      : convening.places.map((place) => place.name).join(", "),
  });
  return json({
    signedIn: Boolean(person),
    canCreate: canPlanConvenings(person),
    attention: attention
      ? {
          ...attention,
          scope:
            person?.role === "manager"
              ? t("home.scopeProgramme")
              : (cities.find((city) => city.id === person?.cityId)?.name ?? t("home.scopeYourCity")),
        }
      : null,
    upcoming: convenings.filter((convening) => convening.endsAt.getTime() >= now).map(toCard),
    recent: convenings
      .filter((convening) => convening.endsAt.getTime() < now)
      .reverse()
      .slice(0, 3)
      .map(toCard),
  });
}

export default function HomePage() {
  const { signedIn, canCreate, upcoming, recent, attention } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lede">{t("home.lede")}</p>
      <p className="cluster">
        {!signedIn ? (
          <Link className="button" to="/login">
            {t("home.signIn")}
          </Link>
        ) : null}
        {canCreate ? (
          <Link className="button" to="/convenings/new">
            {t("home.newConvening")}
          </Link>
        ) : null}
        <Link to="/convenings?when=all">{t("home.allConvenings")}</Link>
      </p>
      {attention ? <AttentionQueue {...attention} /> : null}
      <h2>{t("home.comingUp")}</h2>
      {upcoming.length === 0 ? (
        <div className="empty-state">
          <h2>{t("home.nothingScheduled")}</h2>
          <p>{t("home.nothingScheduledBody")}</p>
        </div>
      ) : (
        <div className="grid">
          {upcoming.map((convening) => (
            <ConveningCard key={convening.id} convening={convening} />
          ))}
        </div>
      )}
      {recent.length > 0 ? (
        <>
          <h2>{t("home.recentlyHeld")}</h2>
          <div className="grid">
            {recent.map((convening) => (
              <ConveningCard key={convening.id} convening={convening} />
            ))}
          </div>
          <p>
            <Link to="/convenings?when=past">{t("home.allPast")}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
