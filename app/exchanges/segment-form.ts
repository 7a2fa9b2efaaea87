// The travel segment form: mode, carrier and number, from and to with the zone of each end, the
// departure and arrival as wall-clock times at their own ends, who travels, the private booking
// reference and the agenda's travel leg it belongs to. A local time that does not exist (the clocks
// jump forward) is refused at its field; one that happens twice is read as the first, and said so.
import { z } from "zod";
import type { TravelSegmentInput, TravelSegmentRecord } from "~models/travel-segment.server";
import { chosenTimeZone } from "~/domain/exchanges/time-zone-choices";
import { exchangeDays, formatDay, formatMoment, type ExchangeSpan } from "~/domain/exchanges/exchange-days";
import { instantToWallClock, wallClockToInstant } from "~/domain/local-time";
import { TRAVEL_MODE_LABELS, TRAVEL_MODES } from "~/domain/vocabulary/travel";
import { checkbox, checkboxes, choice, optionalChoice, requiredText, text, tooLong } from "~/forms/fields";
import type { FormFields } from "~/forms/schema-form";

export const SAVE_SEGMENT_INTENT = "save-segment";
export const DELETE_SEGMENT_INTENT = "delete-segment";

export const TRAVEL_MODE_OPTIONS = TRAVEL_MODES.map((value) => ({ value, label: TRAVEL_MODE_LABELS[value] }));

const LIMITS = { carrier: 80, number: 40, place: 160, bookingReference: 40 };
const MAX_JOURNEY_MS = 3 * 86_400_000;
// Travel a fortnight either side of the exchange is a typo in a date, not a plan.
const MAX_DAYS_AROUND_EXCHANGE = 14;

export const ZONE_CHOICE_MESSAGE = "Choose the time zone from the list, for example Europe/London or America/New_York";

/** A zone field: one of the IANA zones on offer, spelled as the list spells it. */
export function zoneField(required: string) {
  return text().superRefine((zone, context) => {
    if (zone === "") context.addIssue({ code: z.ZodIssueCode.custom, message: required });
    else if (!chosenTimeZone(zone)) context.addIssue({ code: z.ZodIssueCode.custom, message: ZONE_CHOICE_MESSAGE });
  });
}

type Ends = {
  fromTimeZone: string;
  departDate: string;
  departTime: string;
  toTimeZone: string;
  arriveDate: string;
  arriveTime: string;
};
type Issue = { path: string[]; message: string };

function readEnd(date: string, time: string, typedZone: string, what: "departure" | "arrival") {
  const zone = chosenTimeZone(typedZone);
  if (!zone) return { instant: null, issue: null, note: null };
  const result = wallClockToInstant(date, time, zone);
  if (!result.ok)
    return {
      instant: null,
      issue: result.reason === "invalid-format" ? `Enter the ${what} as a date and a 24-hour time` : result.message,
      note: null,
    };
  return { instant: result.instant, issue: null, note: result.offsetNote ?? null };
}

/** The segment's instants from the local times at each end, with the problems and notes to tell. */
function segmentTimes(value: Ends, exchange: ExchangeSpan) {
  const issues: Issue[] = [];
  const departure = readEnd(value.departDate, value.departTime, value.fromTimeZone, "departure");
  const arrival = readEnd(value.arriveDate || value.departDate, value.arriveTime, value.toTimeZone, "arrival");
  if (departure.issue) issues.push({ path: ["departTime"], message: departure.issue });
  if (arrival.issue) issues.push({ path: ["arriveTime"], message: arrival.issue });
  const [departsAt, arrivesAt] = [departure.instant, arrival.instant];
  if (departsAt && arrivesAt) {
    const fromZone = chosenTimeZone(value.fromTimeZone)!;
    const toZone = chosenTimeZone(value.toTimeZone)!;
    if (arrivesAt <= departsAt)
      issues.push({
        path: ["arriveTime"],
        message: `The arrival (${formatMoment(arrivesAt, toZone)}) must be after the departure (${formatMoment(departsAt, fromZone)}, which is ${formatMoment(departsAt, toZone)} at the arrival)`,
      });
    else if (arrivesAt.getTime() - departsAt.getTime() > MAX_JOURNEY_MS)
      issues.push({ path: ["arriveTime"], message: "A segment can last at most 3 days: check the arrival date" });
  }
  if (departsAt) {
    const margin = MAX_DAYS_AROUND_EXCHANGE * 86_400_000;
    const days = exchangeDays(exchange);
    if (
      departsAt.getTime() < exchange.startsAt.getTime() - margin ||
      departsAt.getTime() > exchange.endsAt.getTime() + margin
    )
      issues.push({
        path: ["departDate"],
        message: `The departure is more than ${MAX_DAYS_AROUND_EXCHANGE} days from the exchange (${formatDay(days.first)} to ${formatDay(days.last)}): check the date`,
      });
  }
  const notes = [departure.note && `Departure: ${departure.note}`, arrival.note && `Arrival: ${arrival.note}`];
  return { departsAt, arrivesAt, issues, notes: notes.filter((note): note is string => Boolean(note)) };
}

export type SegmentFormOptions = {
  exchange: ExchangeSpan;
  /** The delegates this person may put on a segment. */
  travellerIds: string[];
  /** The agenda's travel legs a segment may belong to. */
  travelSessionIds: string[];
  canBookForEveryone: boolean;
};

/** The segment form for one exchange and one person's choices. */
export function segmentFormSchema(options: SegmentFormOptions) {
  return z
    .object({
      segmentId: text(),
      revision: text(),
      mode: choice(TRAVEL_MODES, "Choose how they travel"),
      carrier: text({ max: LIMITS.carrier, tooLong: tooLong("Carrier", LIMITS.carrier) }),
      number: text({ max: LIMITS.number, tooLong: tooLong("Number", LIMITS.number) }),
      fromPlace: requiredText("Enter where it departs from", {
        max: LIMITS.place,
        tooLong: tooLong("From", LIMITS.place),
      }),
      fromTimeZone: zoneField("Choose the time zone where it departs"),
      departDate: text(),
      departTime: text(),
      toPlace: requiredText("Enter where it arrives", { max: LIMITS.place, tooLong: tooLong("To", LIMITS.place) }),
      toTimeZone: zoneField("Choose the time zone where it arrives"),
      arriveDate: text(),
      arriveTime: text(),
      personIds: checkboxes(options.travellerIds, "Choose delegates from the list"),
      isForEveryone: checkbox(),
      bookingReference: text({
        max: LIMITS.bookingReference,
        tooLong: tooLong("Booking reference", LIMITS.bookingReference),
      }),
      sessionId: optionalChoice(options.travelSessionIds, "Choose a travel leg of the agenda"),
    })
    .superRefine((value, context) => {
      const issue = ({ path, message }: Issue) => context.addIssue({ code: z.ZodIssueCode.custom, path, message });
      if (value.isForEveryone && !options.canBookForEveryone)
        issue({ path: ["isForEveryone"], message: "Only the programme team books travel for everyone" });
      else if (!value.isForEveryone && value.personIds.length === 0)
        issue({ path: ["personIds"], message: "Choose who travels on it, or make it for everyone" });
      segmentTimes(value, options.exchange).issues.forEach(issue);
    })
    .transform((value) => {
      const times = segmentTimes(value, options.exchange);
      const segment: TravelSegmentInput = {
        mode: value.mode,
        carrier: value.carrier,
        number: value.number,
        from: { place: value.fromPlace, timeZone: chosenTimeZone(value.fromTimeZone)! },
        to: { place: value.toPlace, timeZone: chosenTimeZone(value.toTimeZone)! },
        departsAt: times.departsAt!,
        arrivesAt: times.arrivesAt!,
        personIds: value.isForEveryone ? [] : value.personIds,
        isForEveryone: value.isForEveryone,
        bookingReference: value.bookingReference,
        sessionId: value.sessionId || null,
      };
      return { segmentId: value.segmentId, revision: Number(value.revision), segment, notes: times.notes };
    });
}

/** The form's values for an existing segment, times as wall-clock at each end, by field name. */
export function segmentFormValues(
  segment: TravelSegmentRecord,
  options: { withBookingReference: boolean },
): FormFields {
  const departs = instantToWallClock(segment.departsAt, segment.from.timeZone);
  const arrives = instantToWallClock(segment.arrivesAt, segment.to.timeZone);
  return {
    segmentId: segment.id,
    revision: String(segment.revision),
    mode: segment.mode,
    carrier: segment.carrier,
    number: segment.number,
    fromPlace: segment.from.place,
    fromTimeZone: segment.from.timeZone,
    departDate: departs.date,
    departTime: departs.time,
    toPlace: segment.to.place,
    toTimeZone: segment.to.timeZone,
    arriveDate: arrives.date,
    arriveTime: arrives.time,
    personIds: segment.personIds,
    isForEveryone: segment.isForEveryone ? "on" : "",
    bookingReference: options.withBookingReference ? segment.bookingReference : "",
    sessionId: segment.sessionId ?? "",
  };
}

/** Deleting a segment names it by id. */
export const deleteSegmentSchema = z.object({ segmentId: z.string({ required_error: "Choose a segment" }) });
