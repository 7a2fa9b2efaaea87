import { parseWithZod } from "@conform-to/zod/v3";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { hotelFormSchema } from "./hotel-form";
import { assignRoomSchema, roomFormSchema } from "./room-forms";

// The 2018 exchange: 21 to 25 May in America/New_York, so the nights of 21–24 May.
const exchange = {
  startsAt: new Date("2018-05-21T13:00:00Z"),
  endsAt: new Date("2018-05-25T20:00:00Z"),
  timeZone: "America/New_York",
};

function submit<T extends z.ZodTypeAny>(schema: T, fields: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  const submission = parseWithZod(formData, { schema });
  if (submission.status === "success") return { value: submission.value as z.output<T>, errors: {} };
  return {
    value: null,
    errors: Object.fromEntries(Object.entries(submission.error ?? {}).map(([name, messages]) => [name, messages?.[0]])),
  };
}

const hotel = {
  hotelId: "",
  name: "Omni William Penn",
  address: "530 William Penn Place, Pittsburgh",
  timeZone: "America/New_York",
  checkInDate: "2018-05-21",
  checkOutDate: "2018-05-25",
};

describe("the hotel form", () => {
  it("saves a stay within the exchange", () => {
    expect(submit(hotelFormSchema({ exchange }), hotel).value).toEqual({
      hotelId: "",
      hotel: {
        name: "Omni William Penn",
        address: "530 William Penn Place, Pittsburgh",
        timeZone: "America/New_York",
        checkInDate: "2018-05-21",
        checkOutDate: "2018-05-25",
      },
    });
  });

  it("refuses nights outside the exchange at the day that makes them, until they are said to be meant", () => {
    const early = { ...hotel, checkInDate: "2018-05-20", checkOutDate: "2018-05-27" };
    expect(submit(hotelFormSchema({ exchange }), early).errors).toEqual({
      checkInDate:
        "The night of 20 May 2018 is outside the exchange (21–25 May 2018). Tick “Nights outside the exchange are meant” to keep it.",
      checkOutDate:
        "The nights of 25–26 May 2018 are outside the exchange (21–25 May 2018). Tick “Nights outside the exchange are meant” to keep them.",
    });
    expect(submit(hotelFormSchema({ exchange }), { ...early, areNightsOutsideMeant: "on" }).errors).toEqual({});
  });

  it("refuses a check-out before check-in, a zone not on the list and a missing name", () => {
    expect(
      submit(hotelFormSchema({ exchange }), { ...hotel, name: " ", timeZone: "Pittsburgh", checkOutDate: "2018-05-21" })
        .errors,
    ).toEqual({
      name: "Enter the hotel's name",
      timeZone: "Choose the time zone from the list, for example Europe/London or America/New_York",
      checkOutDate: "Check-out must be after check-in",
    });
  });
});

describe("the room forms", () => {
  it("reads how many a room sleeps, from 1 to 12", () => {
    expect(submit(roomFormSchema, { hotelId: "h", roomId: "", label: "1201", capacity: "2" }).value).toEqual({
      hotelId: "h",
      roomId: "",
      room: { label: "1201", capacity: 2 },
    });
    expect(submit(roomFormSchema, { hotelId: "h", roomId: "", label: "1201", capacity: "0" }).errors).toEqual({
      capacity: "Enter how many people the room sleeps, from 1 to 12",
    });
  });

  it("offers only the page's rooms and delegates", () => {
    const schema = assignRoomSchema({ roomIds: ["r1"], personIds: ["p1"] });
    expect(submit(schema, { roomId: "r2", personId: "p2" }).errors).toEqual({
      roomId: "Choose a room",
      personId: "Choose a delegate",
    });
    expect(submit(schema, { roomId: "r1", personId: "p1", sharingConsent: "on" }).value).toEqual({
      roomId: "r1",
      personId: "p1",
      sharingConsent: true,
    });
  });
});
