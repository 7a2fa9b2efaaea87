// The Travel section: a line per delegate (how they get there and back, with a link to add
// travel for them), then every segment with its times at each end, who is on it and, where the
// viewer may see it, the booking reference; edit and delete where the travel policy allows.
import { Form, Link } from "@remix-run/react";
import { TableScroll } from "~/components/table-scroll";
import type { ItineraryPage } from "~/exchanges/itinerary-page.server";
import { DELETE_SEGMENT_INTENT } from "~/exchanges/segment-form";
import type { MomentView } from "~/exchanges/travel-view";
import { PendingButton } from "./pending-button";

// The page's data holds no Dates, so its JSON has the same shape.
type Segment = ItineraryPage["segments"][number];
type DelegateLine = ItineraryPage["delegates"][number];

function Moment({ moment }: { moment: MomentView }) {
  return (
    <>
      <time dateTime={moment.iso}>{moment.placeTime}</time>
      {moment.viewerTime ? <span className="muted"> ({moment.viewerTime} your time)</span> : null}
    </>
  );
}

export function DelegateTravelTable({
  delegates,
  conveningId,
  canAddTravel,
}: {
  delegates: DelegateLine[];
  conveningId: string;
  canAddTravel: boolean;
}) {
  if (delegates.length === 0) return <p className="muted">No delegates hold a place yet.</p>;
  return (
    <TableScroll labelledBy="by-delegate-title">
      <table className="itinerary-table">
        <caption id="by-delegate-title">By delegate</caption>
        <thead>
          <tr>
            <th scope="col">Delegate</th>
            <th scope="col">Arrives</th>
            <th scope="col">Leaves</th>
            <th scope="col">Travel</th>
            <th scope="col">Rooms</th>
          </tr>
        </thead>
        <tbody>
          {delegates.map((delegate) => (
            <tr key={delegate.personId} id={`delegate-${delegate.personId}`}>
              <th scope="row">
                {/* Their delegate page: the same people (the programme team, their city's representatives) see it. */}
                <Link to={`/convenings/${conveningId}/delegates/${delegate.personId}`}>{delegate.name}</Link>{" "}
                <span className="muted">({delegate.cityName})</span>
              </th>
              <td>
                {delegate.arrival ? (
                  <Moment moment={delegate.arrival} />
                ) : (
                  <span className="badge badge--warning">No way there</span>
                )}
              </td>
              <td>
                {delegate.departure ? (
                  <Moment moment={delegate.departure} />
                ) : (
                  <span className="badge badge--warning">No way back</span>
                )}
              </td>
              <td>
                <ul className="plain-list">
                  {delegate.segments.map((segment) => (
                    <li key={segment.id}>
                      <a href={`#segment-${segment.id}`}>{segment.label}</a>
                    </li>
                  ))}
                </ul>
                {canAddTravel ? (
                  <Link to={`?for=${delegate.personId}#segment-form`}>
                    Add travel<span className="visually-hidden"> for {delegate.name}</span>
                  </Link>
                ) : null}
              </td>
              <td>
                {delegate.rooms.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <ul className="plain-list">
                    {delegate.rooms.map((room) => (
                      <li key={room.roomId}>
                        <a href={`#room-${room.roomId}`}>
                          {room.roomLabel}, {room.hotelName}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Travellers({ segment }: { segment: Segment }) {
  if (segment.isForEveryone) return <>Everyone on the exchange</>;
  const names = segment.travellers.map(
    (traveller) => `${traveller.name}${traveller.isComing ? ` (${traveller.cityName})` : " (no longer coming)"}`,
  );
  const others = segment.otherTravellers;
  return (
    <>
      {names.join(", ")}
      {others > 0 ? ` and ${others} delegate${others === 1 ? "" : "s"} of other cities` : ""}
    </>
  );
}

export function SegmentList({ segments, conveningId }: { segments: Segment[]; conveningId: string }) {
  if (segments.length === 0) return <p className="muted">No travel yet.</p>;
  return (
    <ol className="segment-list">
      {segments.map((segment) => (
        <li key={segment.id} id={`segment-${segment.id}`} className="card segment">
          <h4 className="segment__title">
            <span className="badge badge--neutral">{segment.modeLabel}</span> {segment.service}{" "}
            <span className="segment__way">
              {segment.departs.place} → {segment.arrives.place}
            </span>
          </h4>
          <dl className="definition-list segment__details">
            <dt>Departs</dt>
            <dd>
              <Moment moment={segment.departs} />
            </dd>
            <dt>Arrives</dt>
            <dd>
              <Moment moment={segment.arrives} /> <span className="muted">· {segment.duration}</span>
            </dd>
            <dt>Who</dt>
            <dd>
              <Travellers segment={segment} />
            </dd>
            {segment.bookingReference ? (
              <>
                <dt>Booking reference</dt>
                <dd>
                  <code>{segment.bookingReference}</code>
                </dd>
              </>
            ) : null}
            {segment.session ? (
              <>
                <dt>On the agenda</dt>
                <dd>
                  <Link to={`/convenings/${conveningId}#session-${segment.session.id}`}>{segment.session.title}</Link>
                </dd>
              </>
            ) : null}
          </dl>
          {segment.canEdit ? (
            <div className="cluster no-print">
              <Link to={`?segment=${segment.id}#segment-form`}>
                Edit<span className="visually-hidden"> {segment.label}</span>
              </Link>
              <Form method="post">
                <input type="hidden" name="segmentId" value={segment.id} />
                <PendingButton
                  intent={DELETE_SEGMENT_INTENT}
                  target={["segmentId", segment.id]}
                  pendingText="Deleting…"
                >
                  Delete<span className="visually-hidden"> {segment.label}</span>
                </PendingButton>
              </Form>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
