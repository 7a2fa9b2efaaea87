import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ViewerTimeZone } from "~/agenda/components/viewer-time-zone";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { ItineraryWarnings } from "~/exchanges/components/itinerary-warnings";
import { AssignRoomForm, HotelForm, RoomForm } from "~/exchanges/components/lodging-forms";
import { HotelList } from "~/exchanges/components/lodging-section";
import { SegmentForm } from "~/exchanges/components/segment-form";
import { TimeZoneList } from "~/exchanges/components/time-zone-list";
import { DelegateTravelTable, SegmentList } from "~/exchanges/components/travel-section";
import { SAVE_HOTEL_INTENT } from "~/exchanges/hotel-form";
import type { ItineraryActionData } from "~/exchanges/itinerary-answers.server";
import { handleItineraryAction } from "~/exchanges/itinerary-actions.server";
import { requireItineraryExchange } from "~/exchanges/itinerary-exchange.server";
import { loadItineraryPage } from "~/exchanges/itinerary-page.server";
import itineraryStyles from "~/exchanges/itinerary.css";
import { ASSIGN_ROOM_INTENT, SAVE_ROOM_INTENT } from "~/exchanges/room-forms";
import { SAVE_SEGMENT_INTENT } from "~/exchanges/segment-form";
import { readForm } from "~/forms/form-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: itineraryStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Itinerary · ${data?.exchange.title ?? "Learning exchange"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const exchange = await requireItineraryExchange(person, params.conveningId);
  const viewerZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  return json(await loadItineraryPage(person, exchange, new URL(request.url), viewerZone), {
    headers: { "Cache-Control": "private, no-store" },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const exchange = await requireItineraryExchange(person, params.conveningId);
  return handleItineraryAction(person, exchange, await readForm(request));
}

export default function ItineraryPage() {
  const { exchange, viewer, delegates, segments, hotels, warnings, choices, editing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ItineraryActionData | undefined;
  const replyFor = (intent: string, target: string) =>
    actionData?.intent === intent && actionData.target === (target || "new") ? actionData.result : null;
  const id = exchange.id;
  const segmentValues = editing.segment ?? editing.newSegment;
  const segmentTarget = String(editing.segment?.segmentId ?? "");
  const hotelTarget = String(editing.hotel?.hotelId ?? "");
  const roomTarget = String(editing.room?.roomId ?? "");
  return (
    <article className="itinerary-page">
      <ViewerTimeZone serverZone={viewer.zone} />
      <p className="no-print">
        <Link to={`/convenings/${id}`}>← {exchange.title}</Link>
      </p>
      <header className="page-heading">
        <div>
          <h1>Itinerary</h1>
          <p className="lede">
            {exchange.title}: {exchange.dateRange}
          </p>
        </div>
        <p className="cluster no-print">
          <Link className="button button--quiet" to={`/convenings/${id}/rooming`}>
            Printable rooming lists
          </Link>
          <a className="button button--quiet" href={`/convenings/${id}/rooming.csv`} download>
            Rooming lists as CSV
          </a>
          <Link className="button button--quiet" to={`/convenings/${id}/packs`}>
            Delegate packs
          </Link>
        </p>
      </header>
      <p>
        The programme runs from the first session ({exchange.firstSession}) to the last ({exchange.lastSession}); the
        exchange's nights are {exchange.nights}. Times are local to each place
        {viewer.zone ? ", with your own time beside them where it differs" : ""}.
      </p>
      {viewer.isManager ? null : <p className="notice">You see your own city's delegates only.</p>}
      {viewer.isOpen ? null : (
        <p className="notice notice--warning">This exchange was cancelled: its itinerary can no longer be changed.</p>
      )}
      <TimeZoneList zones={choices.timeZones} />

      <section aria-labelledby="warnings-title" id="warnings">
        <h2 id="warnings-title">{`Warnings (${warnings.length})`}</h2>
        <ItineraryWarnings warnings={warnings} />
      </section>

      <section aria-labelledby="travel-title" id="travel">
        <h2 id="travel-title">Travel</h2>
        <DelegateTravelTable delegates={delegates} conveningId={id} canAddTravel={viewer.canAddTravel} />
        <h3>By segment</h3>
        <SegmentList segments={segments} conveningId={id} />
        {viewer.canAddTravel ? (
          <section aria-labelledby="segment-form" className="card no-print">
            <h3 id="segment-form">{editing.segment ? "Change a segment" : "Add travel"}</h3>
            <SegmentForm
              key={segmentTarget || "new"}
              values={segmentValues}
              lastResult={replyFor(SAVE_SEGMENT_INTENT, segmentTarget)}
              choices={{
                exchange: exchange.span,
                travellers: choices.travellers,
                travelSessions: choices.travelSessions,
                canBookForEveryone: viewer.canBookForEveryone,
                defaultTimeZone: choices.defaultTimeZone,
              }}
              cancelHref={editing.segment ? `/convenings/${id}/itinerary#segment-${segmentTarget}` : undefined}
            />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="lodging-title" id="lodging">
        <h2 id="lodging-title">Lodging</h2>
        <HotelList hotels={hotels} conveningId={id} canManage={viewer.canManageHotels} />
        {viewer.canAssignRooms ? (
          <section aria-labelledby="assign-form" className="card no-print">
            <h3 id="assign-form">Put a delegate in a room</h3>
            <AssignRoomForm
              lastResult={replyFor(ASSIGN_ROOM_INTENT, "new")}
              rooms={choices.rooms}
              delegates={choices.travellers}
            />
          </section>
        ) : null}
        {viewer.canManageHotels && hotels.length > 0 ? (
          <section aria-labelledby="room-form" className="card no-print">
            <h3 id="room-form">{editing.room ? "Change a room" : "Add a room"}</h3>
            <RoomForm
              key={roomTarget || "new"}
              values={editing.room ?? {}}
              lastResult={replyFor(SAVE_ROOM_INTENT, roomTarget)}
              hotels={hotels.map((hotel) => ({ value: hotel.id, label: hotel.name }))}
              cancelHref={editing.room ? `/convenings/${id}/itinerary#room-${roomTarget}` : undefined}
            />
          </section>
        ) : null}
        {viewer.canManageHotels ? (
          <section aria-labelledby="hotel-form" className="card no-print">
            <h3 id="hotel-form">{editing.hotel ? "Change a hotel" : "Add a hotel"}</h3>
            <HotelForm
              key={hotelTarget || "new"}
              values={editing.hotel ?? {}}
              lastResult={replyFor(SAVE_HOTEL_INTENT, hotelTarget)}
              exchange={exchange.span}
              defaultTimeZone={choices.defaultTimeZone}
              cancelHref={editing.hotel ? `/convenings/${id}/itinerary#hotel-${hotelTarget}` : undefined}
            />
          </section>
        ) : null}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: {
          title: "No itinerary here",
          body: "Itineraries exist for learning exchanges only, and this address has none.",
          link: { to: "/convenings", label: "See the convenings" },
        },
      }}
    />
  );
}
