// Formatting convening dates for registration pages: wall-clock time at the place.
import { DateTime } from "luxon";
import { formatLocalTime } from "~/domain/local-time";
import type { Translate } from "~/i18n/translator";

/** The days and times at the place; with `t`, day and month names and the words in the reader's language. */
export function formatRange(
  startsAt: string | Date,
  endsAt: string | Date,
  zone: string,
  words?: { t: Translate; locale: string },
): string {
  const locale = words?.locale ?? "en-GB";
  const start = DateTime.fromJSDate(new Date(startsAt), { zone }).setLocale(locale);
  const end = DateTime.fromJSDate(new Date(endsAt), { zone }).setLocale(locale);
  const days = start.hasSame(end, "day")
    ? start.toFormat("cccc d LLLL yyyy")
    : `${start.toFormat("d LLLL")} – ${end.toFormat("d LLLL yyyy")}`;
  // When the clocks change during the convening, say so: 09:00 EDT – 17:00 EST.
  const times =
    start.offset === end.offset
      ? `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}`
      : `${formatLocalTime(start.toJSDate(), zone)} – ${formatLocalTime(end.toJSDate(), zone)}`;
  const zoneName = zone.replace(/_/g, " ");
  const range = `${days}, ${times}`;
  return words ? words.t("registration.zoneTime", { range, zone: zoneName }) : `${range} (${zoneName} time)`;
}

/** Which limit put a registration on the waitlist: the city's places, the total capacity, or people ahead. */
export type WaitlistReason = "city-full" | "total-full" | "queue";

/** What the registering rep is told when the person went to the waitlist: the limit that is full, named. */
export function waitlistMessage(
  t: Translate,
  personName: string,
  reason: WaitlistReason,
  capacity: number | null,
  { isOwnCity = true }: { isOwnCity?: boolean } = {},
): string {
  const then = t("registration.waitlist.then", { name: personName });
  if (reason === "total-full")
    return capacity === null
      ? t("registration.waitlist.totalFullNoCount", { then })
      : t("registration.waitlist.totalFull", { capacity, then });
  if (reason === "queue") return t("registration.waitlist.queue", { name: personName });
  // A manager registers people of any city: "your city" would be theirs, not the person's.
  return isOwnCity
    ? t("registration.waitlist.ownCityFull", { then })
    : t("registration.waitlist.personCityFull", { name: personName, then });
}

/** The register page's banner: the rep's city's places, and the total capacity when that is what is full. */
export function placesBanner(
  t: Translate,
  city: { name: string; places: number | null; held: number },
  total: { capacity: number | null; held: number },
): string {
  const isTotalFull = total.capacity !== null && total.held >= total.capacity;
  const totalFull = t("registration.banner.totalFull", { capacity: total.capacity ?? 0 });
  if (city.places === null)
    return isTotalFull
      ? t("registration.banner.noLimitButFull", { city: city.name, totalFull })
      : t("registration.banner.noLimit", { city: city.name });
  const free = Math.max(0, city.places - city.held);
  const counts = t("registration.banner.counts", { city: city.name, places: city.places, held: city.held, free });
  if (isTotalFull && free > 0) return t("registration.banner.countsButFull", { counts, totalFull });
  return t("registration.banner.countsThen", { counts });
}
