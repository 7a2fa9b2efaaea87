// A delegate's itinerary as the page and the printed pack show it: their travel, hotels, whom to
// call and the local emergency numbers, then the exchange day by day. Times are each place's local
// time, with the delegate's home time beside them where the clocks differ.
import type { ReactNode } from "react";
import type {
  DelegateItinerary,
  ItineraryDay,
  ItineraryEntry,
  ItineraryMoment,
  ItinerarySegment,
} from "~/exchanges/my-itinerary-view";

type Level = 2 | 3;

function Heading({ level, id, children }: { level: Level | 4; id?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

function Moment({ moment, homeLabel }: { moment: ItineraryMoment; homeLabel: string | null }) {
  return (
    <>
      {moment.local}
      {moment.home && homeLabel ? <span className="home-time">{` (${homeLabel}: ${moment.home})`}</span> : null}
    </>
  );
}

function SegmentLines({ segment, homeLabel }: { segment: ItinerarySegment; homeLabel: string | null }) {
  return (
    <dl className="definition-list itinerary-segment">
      <dt>Departs</dt>
      <dd>
        {segment.departs.place}, <Moment moment={segment.departs} homeLabel={homeLabel} />
      </dd>
      <dt>Arrives</dt>
      <dd>
        {segment.arrives.place}, <Moment moment={segment.arrives} homeLabel={homeLabel} />
      </dd>
      {segment.bookingReference ? (
        <>
          <dt>Booking reference</dt>
          <dd>{segment.bookingReference}</dd>
        </>
      ) : null}
    </dl>
  );
}

const segmentTitle = (segment: ItinerarySegment) =>
  `${[segment.modeLabel, segment.service].filter(Boolean).join(" ")}: ${segment.departs.place} → ${segment.arrives.place}`;

/** Travel, hotels, contacts and emergency numbers: what a delegate looks up in a hurry. */
export function ItineraryEssentials({ itinerary, level }: { itinerary: DelegateItinerary; level: Level }) {
  const id = itinerary.exchange.id;
  const homeLabel = itinerary.home?.label ?? null;
  return (
    <div className="itinerary-essentials">
      <section aria-labelledby={`travel-${id}`} className="card">
        <Heading level={level} id={`travel-${id}`}>
          Your travel
        </Heading>
        {itinerary.travel.length === 0 ? (
          <p className="muted">No travel booked for you yet: the programme team adds it here.</p>
        ) : (
          <ol className="plain-list itinerary-travel">
            {itinerary.travel.map((segment) => (
              <li key={segment.id}>
                <p className="itinerary-entry__title">
                  {segmentTitle(segment)}
                  {segment.isForEveryone ? <span className="muted"> (with the whole group)</span> : null}
                </p>
                <SegmentLines segment={segment} homeLabel={homeLabel} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`hotels-${id}`} className="card">
        <Heading level={level} id={`hotels-${id}`}>
          {itinerary.hotels.length > 1 ? "Your hotels" : "Your hotel"}
        </Heading>
        {itinerary.hotels.length === 0 ? (
          <p className="muted">No hotel room for you yet: the programme team adds it here.</p>
        ) : (
          <ul className="plain-list">
            {itinerary.hotels.map((hotel) => (
              <li key={hotel.id}>
                <p className="itinerary-entry__title">{hotel.name}</p>
                <dl className="definition-list">
                  {hotel.address ? (
                    <>
                      <dt>Address</dt>
                      <dd>{hotel.address}</dd>
                    </>
                  ) : null}
                  <dt>Stay</dt>
                  <dd>{hotel.stay}</dd>
                  <dt>Room</dt>
                  <dd>{hotel.room ?? "To be confirmed"}</dd>
                  <dt>Sharing with</dt>
                  <dd>{hotel.sharingWith || "Nobody: the room is yours"}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`emergency-${id}`} className="card">
        <Heading level={level} id={`emergency-${id}`}>
          Emergency numbers
        </Heading>
        {itinerary.emergency.known.map((country) => (
          <div key={country.country} className="emergency">
            <p>
              <strong>{country.countryName}</strong> <span className="muted">({country.places.join(", ")})</span>
            </p>
            <p className="emergency__numbers">
              Police, fire, ambulance:{" "}
              {country.emergency.map((number, index) => (
                <span key={number}>
                  {index > 0 ? " or " : ""}
                  <a href={`tel:${number.replace(/\s/g, "")}`} className="emergency__number">
                    {number}
                  </a>
                </span>
              ))}
            </p>
            {country.other.length > 0 ? (
              <ul className="plain-list">
                {country.other.map((line) => (
                  <li key={line.number}>
                    <a href={`tel:${line.number.replace(/\s/g, "")}`}>{line.number}</a>: {line.label}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
        {itinerary.emergency.unknownPlaces.length > 0 ? (
          <p className="muted">
            No numbers on record for {itinerary.emergency.unknownPlaces.join(", ")}: ask the programme team.
          </p>
        ) : null}
      </section>
      <section aria-labelledby={`contacts-${id}`} className="card">
        <Heading level={level} id={`contacts-${id}`}>
          Who to contact
        </Heading>
        {itinerary.contacts.length === 0 ? (
          <p className="muted">The programme team has no contact on record.</p>
        ) : (
          <ul className="plain-list">
            {itinerary.contacts.map((contact) => (
              <li key={contact.email}>
                {contact.name} <span className="muted">({contact.role})</span>:{" "}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Entry({
  entry,
  homeLabel,
  withDescriptions,
}: {
  entry: ItineraryEntry;
  homeLabel: string | null;
  withDescriptions: boolean;
}) {
  if (entry.kind === "travel")
    return (
      <>
        <p className="itinerary-entry__title">{segmentTitle(entry.segment)}</p>
        <SegmentLines segment={entry.segment} homeLabel={homeLabel} />
      </>
    );
  if (entry.kind === "session")
    return (
      <>
        <p className="itinerary-entry__when">
          {entry.local}
          {entry.home && homeLabel ? <span className="home-time">{` (${homeLabel}: ${entry.home})`}</span> : null}
        </p>
        <p className="itinerary-entry__title">
          {entry.title} <span className="muted">· {entry.kindLabel}</span>
        </p>
        {entry.where ? <p className="muted">{entry.where}</p> : null}
        {withDescriptions && entry.description ? (
          <p className="itinerary-entry__description">{entry.description}</p>
        ) : null}
      </>
    );
  return (
    <p className="itinerary-entry__title">
      {entry.kind === "check-in" ? "Check in" : "Check out"}: {entry.hotelName}
      {entry.address ? <span className="muted"> · {entry.address}</span> : null}
    </p>
  );
}

/** The exchange day by day; in print each day starts a page. */
export function ItineraryDays({
  itinerary,
  days,
  level,
  withDescriptions = false,
}: {
  itinerary: DelegateItinerary;
  days: ItineraryDay[];
  level: Level | 4;
  /** The pack prints what each session is about; the phone page keeps to when and where. */
  withDescriptions?: boolean;
}) {
  const homeLabel = itinerary.home?.label ?? null;
  if (days.length === 0) return <p className="muted">Nothing on the agenda yet.</p>;
  return (
    <>
      {days.map((day) => (
        <section
          key={day.key}
          className="itinerary-day"
          aria-labelledby={`day-${itinerary.exchange.id}-${itinerary.delegate.personId}-${day.key}`}
        >
          <Heading level={level} id={`day-${itinerary.exchange.id}-${itinerary.delegate.personId}-${day.key}`}>
            {day.heading}
          </Heading>
          {day.place ? <p className="itinerary-day__place">In {day.place}</p> : null}
          <ol className="plain-list itinerary-day__entries">
            {day.entries.map((entry) => (
              <li key={entry.key} className={`itinerary-entry itinerary-entry--${entry.kind}`}>
                <Entry entry={entry} homeLabel={homeLabel} withDescriptions={withDescriptions} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
