// The hotel form: name, address, the hotel's zone, and the group's check-in and check-out days.
// Check-out must follow check-in; nights outside the exchange (an early arrival, or a mistyped
// date) are refused at their field until the manager says they are meant.
import { z } from "zod";
import type { HotelInput, HotelRecord } from "~models/hotel-stay.server";
import { chosenTimeZone } from "~/domain/exchanges/time-zone-choices";
import { exchangeDays, formatDays, nightsBetween, type ExchangeSpan } from "~/domain/exchanges/exchange-days";
import { nightsOutsideExchange } from "~/domain/exchanges/lodging-warnings";
import { formatDateRange } from "~/domain/local-time";
import { calendarDay, checkbox, text, title, tooLong } from "~/forms/fields";
import type { FormFields } from "~/forms/schema-form";
import { zoneField } from "./segment-form";

export const SAVE_HOTEL_INTENT = "save-hotel";
export const DELETE_HOTEL_INTENT = "delete-hotel";

const LIMITS = { name: 160, address: 300 };
const MAX_NIGHTS = 60;

/** The hotel form for one exchange: its nights decide which hotel nights need confirming. */
export function hotelFormSchema({ exchange }: { exchange: ExchangeSpan }) {
  return z
    .object({
      hotelId: text(),
      name: title("Enter the hotel's name", { max: LIMITS.name, tooLong: tooLong("Name", LIMITS.name) }),
      address: text({ max: LIMITS.address, tooLong: tooLong("Address", LIMITS.address) }),
      timeZone: zoneField("Choose the hotel's time zone"),
      checkInDate: calendarDay({ invalid: "Enter the check-in day", implausibleAs: "a check-in day" }),
      checkOutDate: calendarDay({ invalid: "Enter the check-out day", implausibleAs: "a check-out day" }),
      areNightsOutsideMeant: checkbox(),
    })
    .superRefine((value, context) => {
      const issue = (path: string, message: string) =>
        context.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value.checkInDate) || !/^\d{4}-\d{2}-\d{2}$/.test(value.checkOutDate)) return;
      if (value.checkOutDate <= value.checkInDate) return issue("checkOutDate", "Check-out must be after check-in");
      const nights = nightsBetween(value.checkInDate, value.checkOutDate);
      if (nights.length > MAX_NIGHTS) return issue("checkOutDate", `A stay can be at most ${MAX_NIGHTS} nights`);
      const outside = nightsOutsideExchange(exchange, value);
      if (outside.length === 0 || value.areNightsOutsideMeant) return;
      const dates = formatDateRange(exchange.startsAt, exchange.endsAt, exchange.timeZone);
      const tell = (nightsHere: string[]) =>
        `The ${nightsHere.length === 1 ? "night" : "nights"} of ${formatDays(nightsHere)} ${nightsHere.length === 1 ? "is" : "are"} outside the exchange (${dates}). Tick “Nights outside the exchange are meant” to keep ${nightsHere.length === 1 ? "it" : "them"}.`;
      // Nights before the exchange are fixed at check-in, those after it at check-out.
      const firstDay = exchangeDays(exchange).first;
      const early = outside.filter((night) => night < firstDay);
      const late = outside.filter((night) => night >= firstDay);
      if (early.length > 0) issue("checkInDate", tell(early));
      if (late.length > 0) issue("checkOutDate", tell(late));
    })
    .transform((value) => {
      const hotel: HotelInput = {
        name: value.name,
        address: value.address,
        timeZone: chosenTimeZone(value.timeZone)!,
        checkInDate: value.checkInDate,
        checkOutDate: value.checkOutDate,
      };
      return { hotelId: value.hotelId, hotel };
    });
}

export function hotelFormValues(hotel: HotelRecord): FormFields {
  return {
    hotelId: hotel.id,
    name: hotel.name,
    address: hotel.address,
    timeZone: hotel.timeZone,
    checkInDate: hotel.checkInDate,
    checkOutDate: hotel.checkOutDate,
  };
}

export const deleteHotelSchema = z.object({ hotelId: z.string({ required_error: "Choose a hotel" }) });
