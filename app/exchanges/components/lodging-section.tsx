// The Lodging section's hotels: each with its stay, rooming-list links, and its rooms with who is
// in them (with whether each agreed to share); edit, delete and take-out buttons where allowed.
import { Form, Link } from "@remix-run/react";
import { TableScroll } from "~/components/table-scroll";
import { DELETE_HOTEL_INTENT } from "~/exchanges/hotel-form";
import type { HotelView, RoomView } from "~/exchanges/lodging-view";
import { DELETE_ROOM_INTENT, UNASSIGN_ROOM_INTENT } from "~/exchanges/room-forms";
import { PendingButton } from "./pending-button";

function Occupants({ hotel, room }: { hotel: HotelView; room: RoomView }) {
  if (room.occupants.length === 0 && room.otherOccupants === 0) return <span className="muted">Empty</span>;
  return (
    <ul className="plain-list">
      {room.occupants.map((occupant) => (
        <li key={occupant.personId} className="cluster occupant">
          <span>
            {occupant.name}
            {occupant.cityName ? <span className="muted"> ({occupant.cityName})</span> : null}
            {occupant.sharingConsent ? <span className="muted"> · agreed to share</span> : null}
          </span>
          {occupant.canRemove ? (
            <Form method="post" className="no-print">
              <input type="hidden" name="hotelId" value={hotel.id} />
              <input type="hidden" name="personId" value={occupant.personId} />
              <PendingButton
                intent={UNASSIGN_ROOM_INTENT}
                target={["personId", occupant.personId]}
                pendingText="Taking out…"
              >
                Take out
                <span className="visually-hidden">
                  {" "}
                  {occupant.name} of room {room.label}
                </span>
              </PendingButton>
            </Form>
          ) : null}
        </li>
      ))}
      {room.otherOccupants > 0 ? (
        <li className="muted">
          {room.otherOccupants} delegate{room.otherOccupants === 1 ? "" : "s"} of other cities
        </li>
      ) : null}
    </ul>
  );
}

export function HotelList({
  hotels,
  conveningId,
  canManage,
}: {
  hotels: HotelView[];
  conveningId: string;
  canManage: boolean;
}) {
  if (hotels.length === 0) return <p className="muted">No hotels yet.</p>;
  return (
    <>
      {hotels.map((hotel) => (
        <section
          key={hotel.id}
          id={`hotel-${hotel.id}`}
          className="card hotel"
          aria-labelledby={`hotel-${hotel.id}-title`}
        >
          <h3 id={`hotel-${hotel.id}-title`}>{hotel.name}</h3>
          {hotel.address ? <p>{hotel.address}</p> : null}
          <p>
            {hotel.stay} <span className="muted">({hotel.timeZone})</span>
          </p>
          <p className="cluster no-print">
            <Link to={`/convenings/${conveningId}/rooming?hotel=${hotel.id}`}>
              Printable rooming list<span className="visually-hidden"> for {hotel.name}</span>
            </Link>
            <a href={`/convenings/${conveningId}/rooming.csv?hotel=${hotel.id}`} download>
              Rooming list as CSV<span className="visually-hidden"> for {hotel.name}</span>
            </a>
            {canManage ? (
              <Link to={`?hotel=${hotel.id}#hotel-form`}>
                Edit<span className="visually-hidden"> {hotel.name}</span>
              </Link>
            ) : null}
          </p>
          {hotel.rooms.length === 0 ? (
            <p className="muted">No rooms yet.</p>
          ) : (
            <TableScroll labelledBy={`hotel-${hotel.id}-rooms`}>
              <table className="itinerary-table">
                <caption id={`hotel-${hotel.id}-rooms`}>Rooms at {hotel.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Room</th>
                    <th scope="col">Sleeps</th>
                    <th scope="col">Who</th>
                    {canManage ? (
                      <th scope="col" className="no-print">
                        Change
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {hotel.rooms.map((room) => (
                    <tr key={room.id} id={`room-${room.id}`}>
                      <th scope="row">{room.label}</th>
                      <td>
                        {room.capacity}
                        {room.isOverCapacity ? <span className="badge badge--error"> Over capacity</span> : null}
                      </td>
                      <td>
                        <Occupants hotel={hotel} room={room} />
                      </td>
                      {canManage ? (
                        <td className="no-print">
                          <div className="cluster">
                            <Link to={`?room=${room.id}#room-form`}>
                              Edit<span className="visually-hidden"> room {room.label}</span>
                            </Link>
                            <Form method="post">
                              <input type="hidden" name="hotelId" value={hotel.id} />
                              <input type="hidden" name="roomId" value={room.id} />
                              <PendingButton
                                intent={DELETE_ROOM_INTENT}
                                target={["roomId", room.id]}
                                pendingText="Deleting…"
                              >
                                Delete<span className="visually-hidden"> room {room.label}</span>
                              </PendingButton>
                            </Form>
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {canManage ? (
            <Form method="post" className="no-print">
              <input type="hidden" name="hotelId" value={hotel.id} />
              <PendingButton
                intent={DELETE_HOTEL_INTENT}
                target={["hotelId", hotel.id]}
                pendingText="Deleting…"
                className="button button--danger"
              >
                Delete {hotel.name} and its rooms
              </PendingButton>
            </Form>
          ) : null}
        </section>
      ))}
    </>
  );
}
