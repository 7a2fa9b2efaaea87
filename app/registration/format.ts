// Formatting convening dates for registration pages: wall-clock time at the place.
import { DateTime } from "luxon";
import { formatLocalTime } from "~/domain/local-time";

export function formatRange(startsAt: string | Date, endsAt: string | Date, zone: string): string {
  const start = DateTime.fromJSDate(new Date(startsAt), { zone });
  const end = DateTime.fromJSDate(new Date(endsAt), { zone });
  const days = start.hasSame(end, "day")
    ? start.toFormat("cccc d LLLL yyyy")
    : `${start.toFormat("d LLLL")} – ${end.toFormat("d LLLL yyyy")}`;
  // When the clocks change during the convening, say so: 09:00 EDT – 17:00 EST.
  const times =
    start.offset === end.offset
      ? `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}`
      : `${formatLocalTime(start.toJSDate(), zone)} – ${formatLocalTime(end.toJSDate(), zone)}`;
  return `${days}, ${times} (${zone.replace(/_/g, " ")} time)`;
}

/** Which limit put a registration on the waitlist: the city's places, the total capacity, or people ahead. */
export type WaitlistReason = "city-full" | "total-full" | "queue";

/** What the registering rep is told when the person went to the waitlist: the limit that is full, named. */
export function waitlistMessage(
  personName: string,
  reason: WaitlistReason,
  capacity: number | null,
  { isOwnCity = true }: { isOwnCity?: boolean } = {},
): string {
  const then = `so ${personName} is on the waitlist and will move up automatically if a place frees up.`;
  if (reason === "total-full")
    return `All ${capacity === null ? "" : `${capacity} `}places at the convening are taken (the city still has places of its own), ${then}`;
  if (reason === "queue")
    return `Other people are already waiting for a place, so ${personName} is on the waitlist behind them and will move up automatically in turn.`;
  // A manager registers people of any city: "your city" would be theirs, not the person's.
  return `${isOwnCity ? "Your" : `${personName}'s`} city's places are taken, ${then}`;
}

/** The register page's banner: the rep's city's places, and the total capacity when that is what is full. */
export function placesBanner(
  city: { name: string; places: number | null; held: number },
  total: { capacity: number | null; held: number },
): string {
  const isTotalFull = total.capacity !== null && total.held >= total.capacity;
  const totalFull = `all ${total.capacity} place${total.capacity === 1 ? "" : "s"} at the convening are taken, so people join the waitlist in the order they are registered.`;
  if (city.places === null)
    return isTotalFull
      ? `${city.name} has no per-city limit at this convening, but ${totalFull}`
      : `${city.name} has no per-city limit at this convening.`;
  const free = Math.max(0, city.places - city.held);
  const counts = `${city.name} has ${city.places} place${city.places === 1 ? "" : "s"}: ${city.held} taken, ${free} free.`;
  if (isTotalFull && free > 0) return `${counts} But ${totalFull}`;
  return `${counts} When they are taken, people join the waitlist in the order they are registered.`;
}
