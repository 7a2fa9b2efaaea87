import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TableScroll } from "~/components/table-scroll";
import { requireItineraryExchange } from "~/exchanges/itinerary-exchange.server";
import itineraryStyles from "~/exchanges/itinerary.css";
import { loadRoomingLists } from "~/exchanges/rooming.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: itineraryStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Rooming list · ${data?.exchange.title ?? "Learning exchange"}` },
];

// The rooming list a hotel's front desk needs, one hotel per printed page (?hotel=<id> for one).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const exchange = await requireItineraryExchange(person, params.conveningId);
  const hotelId = new URL(request.url).searchParams.get("hotel");
  const hotels = await loadRoomingLists(person, exchange, hotelId);
  return json(
    { exchange: { id: exchange.id, title: exchange.title }, hotels, hotelId },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export default function RoomingListPage() {
  const { exchange, hotels, hotelId } = useLoaderData<typeof loader>();
  const csv = `/convenings/${exchange.id}/rooming.csv${hotelId ? `?hotel=${hotelId}` : ""}`;
  return (
    <div className="rooming-page">
      <p className="no-print cluster">
        <Link to={`/convenings/${exchange.id}/itinerary#lodging`}>Back to the itinerary</Link>
        <a href={csv} download>
          Download as CSV
        </a>
        <span className="muted">Use your browser's Print command: each hotel starts a new page.</span>
      </p>
      {hotels.length === 0 ? <p>No hotels yet.</p> : null}
      {hotels.map((hotel) => (
        <section key={hotel.id} className="rooming-list" aria-labelledby={`rooming-${hotel.id}`}>
          <h2 id={`rooming-${hotel.id}`}>{`${hotel.name}: rooming list for ${exchange.title}`}</h2>
          <p>
            {hotel.address ? `${hotel.address} · ` : ""}
            {hotel.stay}
          </p>
          {hotel.rows.length === 0 ? (
            <p className="muted">Nobody has a room here yet.</p>
          ) : (
            <TableScroll label={`Rooming list for ${hotel.name}`}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">City</th>
                    <th scope="col">Room</th>
                    <th scope="col">Sharing with</th>
                    <th scope="col">Check-in</th>
                    <th scope="col">Check-out</th>
                  </tr>
                </thead>
                <tbody>
                  {hotel.rows.map((row) => (
                    <tr key={`${row.room}-${row.name}`}>
                      <td>{row.name}</td>
                      <td>{row.cityName}</td>
                      <td>{row.room}</td>
                      <td>{row.sharingWith}</td>
                      <td>{row.checkIn}</td>
                      <td>{row.checkOut}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
