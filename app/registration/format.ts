// Formatting convening dates for registration pages: wall-clock time at the place.
import { DateTime } from "luxon";

export function formatRange(startsAt: string | Date, endsAt: string | Date, zone: string): string {
  const start = DateTime.fromJSDate(new Date(startsAt), { zone });
  const end = DateTime.fromJSDate(new Date(endsAt), { zone });
  const days = start.hasSame(end, "day") ? start.toFormat("cccc d LLLL yyyy") : `${start.toFormat("d LLLL")} – ${end.toFormat("d LLLL yyyy")}`;
  return `${days}, ${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")} (${zone.replace(/_/g, " ")} time)`;
}
