// The rooming list as CSV for a hotel (?hotel=<id>), or for every hotel with a hotel column:
// managers get every delegate, a city representative their own city's.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePerson } from "~/accounts/auth.server";
import { roomingCsv } from "~/domain/exchanges/rooming-list";
import { requireItineraryExchange } from "~/exchanges/itinerary-exchange.server";
import { loadRoomingLists } from "~/exchanges/rooming.server";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "exchange";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const exchange = await requireItineraryExchange(person, params.conveningId);
  const hotelId = new URL(request.url).searchParams.get("hotel");
  const hotels = await loadRoomingLists(person, exchange, hotelId);
  const csv = roomingCsv(
    hotels.flatMap((hotel) => hotel.rows),
    { withHotel: !hotelId },
  );
  const name = hotelId && hotels[0] ? slug(hotels[0].name) : slug(exchange.title);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rooming-${name}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
