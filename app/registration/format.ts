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
