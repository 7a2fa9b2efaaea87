// "Calendar subscriptions": the person's private feed link (shown once, rotatable) and the
// public feeds anyone can subscribe to.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { confirmationNeeded, type Confirmation } from "~/forms/confirmation";
import { ConfirmButton, ConfirmationView } from "~/components/confirm-dialog";
import { SubscribeLinks } from "~/calendar/components/subscribe-links";
import { webcalUrl, welshFeedUrl } from "~/calendar/subscribe-urls";
import { useT } from "~/i18n/use-t";
import { getEnv } from "~/utils/env.server";
import { getCityById, listCities } from "~models/city.server";
import { getCalendarTokenCreatedAt, revokeCalendarToken, rotateCalendarToken } from "~models/person.server";

export const meta: MetaFunction = () => [{ title: "Calendar subscriptions · Inclusive Cities planner" }];

// The page may show a secret feed URL: never cache it, never leak it in a Referer.
const PRIVATE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
export const headers: HeadersFunction = () => PRIVATE_HEADERS;

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const appUrl = getEnv().APP_URL;
  const [createdAt, cities, ownCity] = await Promise.all([
    getCalendarTokenCreatedAt(person.id),
    listCities(),
    person.cityId ? getCityById(person.cityId) : Promise.resolve(null),
  ]);
  return json(
    {
      hasPersonalFeed: createdAt !== null,
      personalFeedCreatedAt: createdAt ? createdAt.toISOString() : null,
      programmeFeedUrl: `${appUrl}/calendar/programme.ics`,
      ownCity: ownCity ? { name: ownCity.name, feedUrl: `${appUrl}/calendar/cities/${ownCity.slug}.ics` } : null,
      cityFeeds: cities.map((city) => ({ name: city.name, feedUrl: `${appUrl}/calendar/cities/${city.slug}.ics` })),
    },
    { headers: PRIVATE_HEADERS },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const formData = await readForm(request);
  switch (formData.get("intent")) {
    case ROTATE_FEED_INTENT: {
      // The first link replaces nothing; replacing one is final, so it asks first.
      const hasFeed = (await getCalendarTokenCreatedAt(person.id)) !== null;
      const confirm = hasFeed ? confirmationNeeded(formData, REPLACE_FEED_CONFIRMATION) : null;
      return confirm ? askFirst(confirm) : rotateFeed(person.id);
    }
    case REVOKE_FEED_INTENT: {
      const confirm = confirmationNeeded(formData, TURN_OFF_FEED_CONFIRMATION);
      return confirm ? askFirst(confirm) : turnOffFeed(person.id);
    }
  }
  return json({ token: null, feedUrl: null, revoked: false, confirm: null }, { status: 400, headers: PRIVATE_HEADERS });
}

// The personal feed form: two buttons, each an intent with its own function.
const ROTATE_FEED_INTENT = "rotate";
const REVOKE_FEED_INTENT = "revoke";

const REPLACE_FEED_CONFIRMATION: Confirmation = {
  title: "Replace your personal feed link?",
  message:
    "Your current link stops working at once, and calendars subscribed with it stop updating until you give them " +
    "the new link. Replacing is final: the old link cannot be brought back.",
  yesLabel: "Yes, replace my link",
  noLabel: "No, keep my link",
  fields: { intent: ROTATE_FEED_INTENT },
};

const TURN_OFF_FEED_CONFIRMATION: Confirmation = {
  title: "Turn off your personal feed?",
  message:
    "Your link stops working at once and calendars subscribed with it stop updating. It cannot be turned back on: " +
    "you can only create a new link later and add that to your calendar again.",
  yesLabel: "Yes, turn off my feed",
  noLabel: "No, keep it",
  fields: { intent: REVOKE_FEED_INTENT },
};

/** Nothing changed yet: the page shows what would happen and asks. */
function askFirst(confirm: Confirmation) {
  return json({ token: null, feedUrl: null, revoked: false, confirm }, { headers: PRIVATE_HEADERS });
}

/** A new secret link (the first, or one replacing a leaked link, which stops working at once). */
async function rotateFeed(personId: string) {
  const token = await rotateCalendarToken(personId);
  return json(
    { token, feedUrl: `${getEnv().APP_URL}/calendar/me/${token}.ics`, revoked: false, confirm: null },
    { headers: PRIVATE_HEADERS },
  );
}

async function turnOffFeed(personId: string) {
  await revokeCalendarToken(personId);
  return json({ token: null, feedUrl: null, revoked: true, confirm: null }, { headers: PRIVATE_HEADERS });
}

function PersonalFeedForm({ hasFeed, isBusy }: { hasFeed: boolean; isBusy: boolean }) {
  if (!hasFeed) {
    return (
      <Form method="post" className="cluster">
        <button type="submit" name="intent" value={ROTATE_FEED_INTENT} className="button" disabled={isBusy}>
          Create my personal feed link
        </button>
      </Form>
    );
  }
  return (
    <div className="cluster">
      <ConfirmButton
        confirmation={REPLACE_FEED_CONFIRMATION}
        label="Get a new link (the old one stops working)"
        className="button"
        disabled={isBusy}
      />
      <ConfirmButton confirmation={TURN_OFF_FEED_CONFIRMATION} label="Turn off my personal feed" disabled={isBusy} />
    </div>
  );
}

function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied.");
    } catch {
      // Clipboard access can be refused (e.g. insecure origin): select the text for Ctrl+C instead.
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      setStatus("Press Ctrl+C (or ⌘C) to copy the selected link.");
    }
  }
  return (
    <div className="field calendar-copy">
      <label htmlFor={id}>{label}</label>
      <div className="calendar-copy__row">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--quiet" onClick={copy}>
          Copy<span className="visually-hidden"> {label}</span>
        </button>
      </div>
      <p className="calendar-copy__status" role="status">
        {status}
      </p>
    </div>
  );
}

export default function CalendarSubscriptionsPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const isBusy = navigation.state === "submitting";
  const t = useT();
  const justIssued = result?.feedUrl ?? null;
  const hasFeed = justIssued !== null || (data.hasPersonalFeed && !result?.revoked);
  const createdOn = data.personalFeedCreatedAt
    ? new Date(data.personalFeedCreatedAt).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      })
    : null;

  return (
    <div className="calendar-page">
      <h1>Calendar subscriptions</h1>
      <p className="lede">
        Follow convenings in Outlook, Google Calendar or Apple Calendar. Subscribed calendars update themselves when
        dates, places or agendas change, and cancelled items are marked as cancelled.
      </p>

      <section className="card" aria-labelledby="personal-feed">
        <h2 id="personal-feed">Your personal calendar</h2>
        <p>
          The convenings and sessions you are registered for (with online joining links) and the follow-up actions you
          own, on their due dates.
        </p>
        {justIssued ? (
          <>
            <div className="notice notice--warning">
              <p>
                <strong>Copy this link now.</strong> It is shown only once. Anyone with it can see your calendar, so
                share it with no one. If it leaks, get a new link: the old one stops working at once.
              </p>
            </div>
            <CopyField id="personal-feed-url" label="Your personal feed link" value={justIssued} />
            <CopyField
              id="personal-feed-webcal"
              label="The same link for Apple Calendar and Outlook desktop (webcal)"
              value={webcalUrl(justIssued)}
            />
            <SubscribeLinks url={justIssued} name="My Inclusive Cities calendar" />
            <CopyField id="personal-feed-url-cy" label={t("feed.subscribeWelsh")} value={welshFeedUrl(justIssued)} />
            <p className="muted">{t("feed.subscribeWelshHint")}</p>
          </>
        ) : hasFeed ? (
          <p>
            You have a personal feed link{createdOn ? ` (created ${createdOn})` : ""}. For your safety it was shown only
            when it was made. If you have lost it, or think someone else has it, get a new link: the old one stops
            working at once.
          </p>
        ) : (
          <p>
            {result?.revoked
              ? "Your personal feed link has been turned off. To subscribe again, create a new link: the old one will not work again."
              : "You have no personal feed link yet."}
          </p>
        )}
        {result?.confirm ? (
          <ConfirmationView confirmation={result.confirm} />
        ) : (
          <PersonalFeedForm hasFeed={hasFeed} isBusy={isBusy} />
        )}
      </section>

      <section className="card" aria-labelledby="how-to">
        <h2 id="how-to">How to subscribe</h2>
        <dl className="calendar-howto">
          <dt>Outlook</dt>
          <dd>
            Outlook on the web: Calendar → Add calendar → Subscribe from web, paste the link, give it a name, Import.
            Outlook for Windows or Mac: Add calendar → From Internet, paste the link.
          </dd>
          <dt>Google Calendar</dt>
          <dd>
            On a computer: Other calendars → + → From URL, paste the link, Add calendar. It appears on your phone too.
            Google refreshes subscribed calendars only every few hours.
          </dd>
          <dt>Apple Calendar</dt>
          <dd>
            On a Mac: File → New Calendar Subscription, paste the link, choose “Auto-refresh: every hour”. On an iPhone
            or iPad: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.
          </dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="public-feeds">
        <h2 id="public-feeds">Public feeds</h2>
        <p>These hold no personal details and can be shared with partners who have no account.</p>
        <CopyField
          id="programme-feed-url"
          label="Whole programme: every convening and its sessions"
          value={data.programmeFeedUrl}
        />
        <SubscribeLinks url={data.programmeFeedUrl} name="Inclusive Cities programme" />
        {data.ownCity ? (
          <>
            <CopyField
              id="city-feed-url"
              label={`${data.ownCity.name}: convenings it hosts or takes part in`}
              value={data.ownCity.feedUrl}
            />
            <SubscribeLinks url={data.ownCity.feedUrl} name={`Inclusive Cities: ${data.ownCity.name}`} />
          </>
        ) : null}
        <details className="calendar-cities">
          <summary>Feeds for every city</summary>
          <ul>
            {data.cityFeeds.map((city) => (
              <li key={city.feedUrl}>
                <a href={webcalUrl(city.feedUrl)}>
                  {city.name}
                  <span className="visually-hidden"> calendar feed (webcal)</span>
                </a>{" "}
                <span className="muted">{city.feedUrl}</span>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}
