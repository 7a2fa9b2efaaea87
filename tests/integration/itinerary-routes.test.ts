// The itinerary of a learning exchange through its loader and action, as managers and city
// representatives use it: travel and lodging added at the fields, warnings, refusals kept at the
// field with what was typed, what a representative may see and change, and the rooming CSV.
import { describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/convenings.$conveningId.itinerary";
import { loader as roomingCsvLoader } from "../../app/routes/convenings.$conveningId.rooming[.]csv";
import { loader as roomingLoader } from "../../app/routes/convenings.$conveningId.rooming";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { addSession } from "../helpers/convenings";
import { Convening } from "../../models/convening.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";
import { postForm } from "../factories/convenings";
import { addDelegate, createExchange, hotelFields, returnFields, segmentFields } from "../factories/exchanges";
import { toastAfter } from "../factories/toast";
import { recordQueries } from "../helpers/queries";
import { body, load } from "../helpers/routes";

withTestDatabase();

async function setUp() {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff });
  const conveningId = await createExchange();
  const ada = await addDelegate(conveningId, bristol, "Ada Okafor");
  const bo = await addDelegate(conveningId, cardiff, "Bo Lindqvist");
  return { bristol, cardiff, manager, bristolRep, cardiffRep, conveningId, ada, bo };
}

const url = (conveningId: string, search = "") => `/convenings/${conveningId}/itinerary${search}`;

function post(personId: string, conveningId: string, fields: Record<string, string | string[]>, search = "") {
  return postForm(action, personId, url(conveningId, search), { conveningId }, fields);
}

function page(personId: string | null, conveningId: string, search = "") {
  return load(loader, personId, url(conveningId, search), { conveningId });
}

/** The id at the end of the redirect's anchor (#segment-…, #hotel-…, #room-…). */
function anchoredId(response: Response): string {
  const match = /#[a-z]+-([0-9a-f]{24})$/.exec(response.headers.get("Location") ?? "");
  if (!match)
    throw new Error(`expected a redirect to an anchor, got ${response.status} ${response.headers.get("Location")}`);
  return match[1];
}

type Page = {
  delegates: Array<{ name: string; arrival: { placeTime: string } | null; departure: { placeTime: string } | null }>;
  segments: Array<{
    id: string;
    label: string;
    travellers: Array<{ name: string }>;
    otherTravellers: number;
    bookingReference: string | null;
    canEdit: boolean;
  }>;
  hotels: Array<{
    id: string;
    name: string;
    rooms: Array<{ id: string; label: string; occupants: Array<{ name: string }> }>;
  }>;
  warnings: Array<{ kind: string; message: string; href: string }>;
};

describe("a manager plans travel and lodging", () => {
  it("adds segments and a hotel with a room; the page shows them and warns of a delegate with no way back", async () => {
    const { manager, conveningId, ada, bo } = await setUp();
    const outbound = await post(
      manager.id,
      conveningId,
      segmentFields({ personIds: [ada, bo], bookingReference: "GRP7QX" }),
    );
    expect(outbound).toHaveStatus(302);
    expect(await toastAfter(outbound)).toBe("Saved Flight British Airways BA 231 London Heathrow → Pittsburgh.");
    const outboundId = anchoredId(outbound);
    const back = await post(manager.id, conveningId, returnFields({ personIds: [ada], bookingReference: "ADA1RT" }));
    expect(back).toHaveStatus(302);
    const hotel = await post(manager.id, conveningId, hotelFields());
    expect(hotel).toHaveStatus(302);
    const hotelId = anchoredId(hotel);
    const room = await post(manager.id, conveningId, {
      intent: "save-room",
      hotelId,
      roomId: "",
      label: "1201",
      capacity: "2",
    });
    expect(room).toHaveStatus(302);
    const roomId = anchoredId(room);
    for (const [personId, consent] of [
      [ada, "on"],
      [bo, "on"],
    ])
      expect(
        await post(manager.id, conveningId, { intent: "assign-room", roomId, personId, sharingConsent: consent }),
      ).toHaveStatus(302);

    const data = await body<Page>(await page(manager.id, conveningId));
    expect(
      data.delegates.map(({ name, arrival, departure }) => [name, arrival?.placeTime, departure?.placeTime]),
    ).toEqual([
      ["Ada Okafor", "Sun 19 May 14:30 EDT", "Fri 24 May 19:00 EDT"],
      ["Bo Lindqvist", "Sun 19 May 14:30 EDT", undefined],
    ]);
    expect(
      data.segments.map(({ id, bookingReference, travellers }) => [
        id,
        bookingReference,
        travellers.map((t) => t.name),
      ]),
    ).toEqual([
      [outboundId, "GRP7QX", ["Ada Okafor", "Bo Lindqvist"]],
      [anchoredId(back), "ADA1RT", ["Ada Okafor"]],
    ]);
    expect(data.hotels).toMatchObject([
      {
        id: hotelId,
        name: "Omni William Penn, Pittsburgh",
        rooms: [{ id: roomId, label: "1201", occupants: [{ name: "Ada Okafor" }, { name: "Bo Lindqvist" }] }],
      },
    ]);
    expect(data.warnings).toEqual([
      {
        kind: "no-way-back",
        section: "travel",
        message:
          "Bo Lindqvist has no way back: no travel departs after the last session (the end of the exchange, Fri 24 May 17:00 EDT).",
        href: `#delegate-${bo}`,
      },
      // Nobody has recorded documents yet: each warning links to the delegate's page.
      ...[
        ["Ada Okafor (Bristol)", ada],
        ["Bo Lindqvist (Cardiff)", bo],
      ].map(([who, personId]) => ({
        kind: "documents-none",
        section: "documents",
        message: `${who}: no travel documents recorded yet.`,
        href: `/convenings/${conveningId}/delegates/${personId}#documents-title`,
      })),
    ]);
  });

  it("refuses an arrival before the departure and a departure in the hour the clocks skip, keeping what was typed", async () => {
    const { manager, conveningId, ada } = await setUp();
    const backwards = await post(manager.id, conveningId, segmentFields({ personIds: [ada], arriveTime: "05:00" }));
    expect(backwards).toHaveStatus(400);
    const reply = await body(backwards);
    expect(reply.errors).toEqual({
      arriveTime:
        "The arrival (Sun 19 May 05:00 EDT) must be after the departure (Sun 19 May 11:00 BST, which is Sun 19 May 06:00 EDT at the arrival)",
    });
    expect([reply.intent, reply.target, reply.values.arriveTime, reply.values.personIds, reply.values.carrier]).toEqual(
      ["save-segment", "new", "05:00", ada, "British Airways"],
    );
    // US clocks go forward at 02:00 on Sunday 10 March 2030: 02:30 never happens in Pittsburgh.
    const gap = await post(
      manager.id,
      conveningId,
      returnFields({
        personIds: [ada],
        departDate: "2030-03-10",
        departTime: "02:30",
        arriveDate: "2030-03-10",
        arriveTime: "16:00",
      }),
    );
    expect(gap).toHaveStatus(400);
    expect((await body(gap)).errors).toEqual({
      departTime:
        "02:30 on 10 March 2030 does not exist in America/New_York: clocks go forward from 02:00 to 03:00 (EST to EDT). Choose a time before 02:00 or from 03:00.",
    });
  });

  it("refuses a room over capacity, and sharing without consent, at the field with the choice kept", async () => {
    const { manager, conveningId, ada, bo } = await setUp();
    const hotelId = anchoredId(await post(manager.id, conveningId, hotelFields()));
    const single = anchoredId(
      await post(manager.id, conveningId, { intent: "save-room", hotelId, roomId: "", label: "101", capacity: "1" }),
    );
    const twin = anchoredId(
      await post(manager.id, conveningId, { intent: "save-room", hotelId, roomId: "", label: "102", capacity: "2" }),
    );
    expect(
      await post(manager.id, conveningId, {
        intent: "assign-room",
        roomId: single,
        personId: ada,
        sharingConsent: "on",
      }),
    ).toHaveStatus(302);
    const full = await post(manager.id, conveningId, {
      intent: "assign-room",
      roomId: single,
      personId: bo,
      sharingConsent: "on",
    });
    expect(full).toHaveStatus(400);
    const fullReply = await body(full);
    expect([fullReply.errors, fullReply.values]).toEqual([
      { roomId: "Room 101 at Omni William Penn, Pittsburgh sleeps 1 and is full: Ada Okafor" },
      { intent: "assign-room", roomId: single, personId: bo, sharingConsent: "on" },
    ]);
    expect(await post(manager.id, conveningId, { intent: "assign-room", roomId: twin, personId: bo })).toHaveStatus(
      302,
    );
    const unwilling = await post(manager.id, conveningId, {
      intent: "assign-room",
      roomId: twin,
      personId: ada,
      sharingConsent: "on",
    });
    expect((await body(unwilling)).errors).toEqual({
      roomId: "Bo Lindqvist did not agree to share a room: choose another room",
    });
    const shrink = await post(
      manager.id,
      conveningId,
      { intent: "save-room", hotelId, roomId: twin, label: "102", capacity: "0" },
      `?room=${twin}`,
    );
    expect((await body(shrink)).errors).toEqual({ capacity: "Enter how many people the room sleeps, from 1 to 12" });
  });

  it("refuses hotel nights outside the exchange at the field until they are said to be meant", async () => {
    const { manager, conveningId } = await setUp();
    const early = await post(manager.id, conveningId, hotelFields({ checkInDate: "2030-05-19" }));
    expect(early).toHaveStatus(400);
    const reply = await body(early);
    expect([reply.errors, reply.values.checkInDate]).toEqual([
      {
        checkInDate:
          "The night of 19 May 2030 is outside the exchange (20–24 May 2030). Tick “Nights outside the exchange are meant” to keep it.",
      },
      "2030-05-19",
    ]);
    const meant = await post(
      manager.id,
      conveningId,
      hotelFields({ checkInDate: "2030-05-19", areNightsOutsideMeant: "on" }),
    );
    expect(meant).toHaveStatus(302);
    const warnings = (await body<Page>(await page(manager.id, conveningId))).warnings.filter(
      (warning) => warning.kind === "hotel-night-outside-exchange",
    );
    expect(warnings).toEqual([
      {
        kind: "hotel-night-outside-exchange",
        section: "lodging",
        message:
          "Omni William Penn, Pittsburgh is booked for the night of 19 May 2030, outside the exchange (20–24 May 2030).",
        href: `#hotel-${anchoredId(meant)}`,
      },
    ]);
  });
});

describe("the page's reads", () => {
  it("are a fixed number of queries, whatever the number of segments and hotels", async () => {
    const { manager, conveningId, ada, bo } = await setUp();
    const count = async () => (await recordQueries(() => page(manager.id, conveningId))).queries.sort();
    await post(manager.id, conveningId, segmentFields({ personIds: [ada] }));
    const small = await count();
    for (const personId of [ada, bo, ada, bo])
      await post(manager.id, conveningId, returnFields({ personIds: [personId] }));
    for (const name of ["Omni William Penn", "Hotel Harrington"])
      await post(manager.id, conveningId, hotelFields({ name }));
    expect(await count()).toEqual(small);
    expect(
      small.filter((query) => query.startsWith("travelplancopies") || query.startsWith("lodgingplancopies")),
    ).toEqual(["lodgingplancopies.findOne", "travelplancopies.findOne"]);
  });
});

describe("a city representative", () => {
  it("sees only their city's delegates and bookings, and cannot change another city's (403)", async () => {
    const { manager, bristolRep, conveningId, ada, bo } = await setUp();
    const group = anchoredId(
      await post(manager.id, conveningId, segmentFields({ personIds: [ada, bo], bookingReference: "GRP7QX" })),
    );
    const cardiffOnly = anchoredId(
      await post(manager.id, conveningId, returnFields({ personIds: [bo], bookingReference: "CDF9ZZ" })),
    );
    const own = await post(bristolRep.id, conveningId, returnFields({ personIds: [ada], bookingReference: "ADA1RT" }));
    expect(own).toHaveStatus(302);

    const data = await body<Page>(await page(bristolRep.id, conveningId));
    expect(data.delegates.map((delegate) => delegate.name)).toEqual(["Ada Okafor"]);
    expect(
      data.segments.map(({ id, travellers, otherTravellers, bookingReference, canEdit }) => [
        id,
        travellers.map((traveller) => traveller.name),
        otherTravellers,
        bookingReference,
        canEdit,
      ]),
    ).toEqual([
      [group, ["Ada Okafor"], 1, null, false],
      [anchoredId(own), ["Ada Okafor"], 0, "ADA1RT", true],
    ]);
    expect(data.warnings).toEqual([
      {
        kind: "night-without-room",
        section: "lodging",
        message: "Ada Okafor has no room for the nights of 20–23 May 2030.",
        href: `#delegate-${ada}`,
      },
      // Only the representative's own city's delegate, and only that something is missing.
      {
        kind: "documents-none",
        section: "documents",
        message: "Ada Okafor (Bristol): no travel documents recorded yet.",
        href: `/convenings/${conveningId}/delegates/${ada}#documents-title`,
      },
    ]);

    expect(await post(bristolRep.id, conveningId, { intent: "delete-segment", segmentId: cardiffOnly })).toHaveStatus(
      403,
    );
    expect(await post(bristolRep.id, conveningId, { intent: "delete-segment", segmentId: group })).toHaveStatus(403);
    const edit = await post(
      bristolRep.id,
      conveningId,
      returnFields({ segmentId: cardiffOnly, revision: "1", personIds: [ada] }),
    );
    expect(edit).toHaveStatus(403);
    const forOthers = await post(bristolRep.id, conveningId, segmentFields({ personIds: [bo] }));
    expect((await body(forOthers)).errors).toEqual({ personIds: "Choose delegates from the list" });
    expect(await post(bristolRep.id, conveningId, hotelFields())).toHaveStatus(403);
  });

  it("never receives the booking reference of another city's delegates", async () => {
    const { manager, cardiffRep, bristolRep, conveningId, ada, bo } = await setUp();
    await post(manager.id, conveningId, returnFields({ personIds: [ada], bookingReference: "BRS4KQ" }));
    await post(manager.id, conveningId, segmentFields({ personIds: [ada, bo], bookingReference: "GRP7QX" }));
    const cardiffPage = await (await page(cardiffRep.id, conveningId)).text();
    expect([
      cardiffPage.includes("BRS4KQ"),
      cardiffPage.includes("GRP7QX"),
      cardiffPage.includes("Ada Okafor"),
    ]).toEqual([false, false, false]);
    const bristolPage = await (await page(bristolRep.id, conveningId)).text();
    expect([bristolPage.includes("BRS4KQ"), bristolPage.includes("GRP7QX")]).toEqual([true, false]);
    const managerPage = await (await page(manager.id, conveningId)).text();
    expect([managerPage.includes("BRS4KQ"), managerPage.includes("GRP7QX")]).toEqual([true, true]);
  });
});

describe("the rooming list", () => {
  it("is right and quoted as CSV, per hotel and for all hotels with a hotel column; a representative's has their own city only", async () => {
    const { manager, cardiffRep, bristol, conveningId, ada, bo } = await setUp();
    const quoted = await addDelegate(conveningId, bristol, 'Cy "Sunny" Evans');
    const pittsburgh = anchoredId(await post(manager.id, conveningId, hotelFields()));
    const washington = anchoredId(
      await post(
        manager.id,
        conveningId,
        hotelFields({ name: "Hotel Harrington", address: "", checkInDate: "2030-05-22" }),
      ),
    );
    const twin = anchoredId(
      await post(manager.id, conveningId, {
        intent: "save-room",
        hotelId: pittsburgh,
        roomId: "",
        label: "1201",
        capacity: "2",
      }),
    );
    const single = anchoredId(
      await post(manager.id, conveningId, {
        intent: "save-room",
        hotelId: washington,
        roomId: "",
        label: "=SUM(A1)",
        capacity: "1",
      }),
    );
    for (const [roomId, personId] of [
      [twin, ada],
      [twin, quoted],
      [single, bo],
    ])
      expect(
        await post(manager.id, conveningId, { intent: "assign-room", roomId, personId, sharingConsent: "on" }),
      ).toHaveStatus(302);

    const csv = async (personId: string, search: string) => {
      const response = await load(roomingCsvLoader, personId, `/convenings/${conveningId}/rooming.csv${search}`, {
        conveningId,
      });
      return [response.status, response.headers.get("Content-Type"), await response.text()];
    };
    expect(await csv(manager.id, `?hotel=${pittsburgh}`)).toEqual([
      200,
      "text/csv; charset=utf-8",
      [
        "Name,City,Room,Sharing with,Check-in,Check-out",
        'Ada Okafor,Bristol,1201,"Cy ""Sunny"" Evans",2030-05-20,2030-05-24',
        '"Cy ""Sunny"" Evans",Bristol,1201,Ada Okafor,2030-05-20,2030-05-24',
        "",
      ].join("\r\n"),
    ]);
    expect((await csv(manager.id, ""))[2]).toBe(
      [
        "Name,City,Room,Sharing with,Check-in,Check-out,Hotel",
        'Ada Okafor,Bristol,1201,"Cy ""Sunny"" Evans",2030-05-20,2030-05-24,"Omni William Penn, Pittsburgh"',
        '"Cy ""Sunny"" Evans",Bristol,1201,Ada Okafor,2030-05-20,2030-05-24,"Omni William Penn, Pittsburgh"',
        "Bo Lindqvist,Cardiff,'=SUM(A1),,2030-05-22,2030-05-24,Hotel Harrington",
        "",
      ].join("\r\n"),
    );
    expect((await csv(cardiffRep.id, ""))[2]).toBe(
      [
        "Name,City,Room,Sharing with,Check-in,Check-out,Hotel",
        "Bo Lindqvist,Cardiff,'=SUM(A1),,2030-05-22,2030-05-24,Hotel Harrington",
        "",
      ].join("\r\n"),
    );
    expect((await csv(manager.id, "?hotel=0123456789abcdef01234567"))[0]).toBe(404);
    const printable = await body(
      await load(roomingLoader, manager.id, `/convenings/${conveningId}/rooming?hotel=${washington}`, { conveningId }),
    );
    expect(
      printable.hotels.map((hotel: { name: string; rows: Array<{ name: string }> }) => [
        hotel.name,
        hotel.rows.map((row) => row.name),
      ]),
    ).toEqual([["Hotel Harrington", ["Bo Lindqvist"]]]);
  });
});

describe("who gets an itinerary at all", () => {
  it("answers 404 for convenings that are not learning exchanges, and for a draft exchange to a representative", async () => {
    const { manager, bristolRep } = await setUp();
    const meeting = await createExchange({ kind: "working-group-meeting" });
    const draft = await createExchange({ status: "draft" });
    expect(await page(manager.id, meeting)).toHaveStatus(404);
    expect(
      await load(roomingCsvLoader, manager.id, `/convenings/${meeting}/rooming.csv`, { conveningId: meeting }),
    ).toHaveStatus(404);
    expect(await post(manager.id, meeting, hotelFields())).toHaveStatus(404);
    expect(await page(bristolRep.id, draft)).toHaveStatus(404);
    expect(await page(manager.id, draft)).toHaveStatus(200);
    expect(await page(manager.id, "not-an-id")).toHaveStatus(404);
  });

  it("keeps a cancelled exchange's itinerary readable and refuses every change with 409", async () => {
    const { manager, conveningId, ada } = await setUp();
    const segmentId = anchoredId(await post(manager.id, conveningId, segmentFields({ personIds: [ada] })));
    await Convening.updateOne({ _id: conveningId }, { $set: { status: "cancelled" } });
    const data = await body(await page(manager.id, conveningId));
    expect([
      data.viewer.isOpen,
      data.viewer.canAddTravel,
      data.viewer.canManageHotels,
      data.segments[0].canEdit,
    ]).toEqual([false, false, false, false]);
    const refused = await post(manager.id, conveningId, { intent: "delete-segment", segmentId });
    expect([refused.status, await refused.text()]).toEqual([
      409,
      "A cancelled exchange's itinerary can no longer be changed.",
    ]);
  });

  it("sends guests to sign in and refuses participants", async () => {
    const { conveningId, bristol } = await setUp();
    const participant = await createAccount({ role: "participant", cityId: bristol });
    const guest = await page(null, conveningId);
    expect([guest.status, guest.headers.get("Location")]).toEqual([
      302,
      `/login?redirectTo=${encodeURIComponent(`/convenings/${conveningId}/itinerary`)}`,
    ]);
    const refused = await page(participant.id, conveningId);
    expect([refused.status, await refused.text()]).toEqual([
      403,
      "The itinerary is for the programme team and city representatives.",
    ]);
  });
});

describe("the convening page", () => {
  it("links managers and representatives of cities with delegates to the itinerary, and travel legs to their segment", async () => {
    const { manager, bristolRep, cardiffRep, conveningId, ada } = await setUp();
    const glasgowRep = await createAccount({ role: "city-rep", cityId: await createCity("glasgow") });
    const leg = await addSession(manager.id, conveningId, {
      title: "Flight to Pittsburgh",
      kind: "travel",
      timeZone: "Europe/London",
      startDate: "2030-05-19",
      startTime: "11:00",
      endTimeZone: "America/New_York",
      endDate: "2030-05-19",
      endTime: "14:30",
      placeName: "London Heathrow",
      room: "",
    });
    expect(leg).toHaveStatus(302);
    const sessionId = /#session-([0-9a-f]{24})$/.exec(leg.headers.get("Location") ?? "")![1];
    const segmentId = anchoredId(await post(manager.id, conveningId, segmentFields({ personIds: [ada], sessionId })));
    const links = async (personId: string | null) =>
      (await body(await load(conveningLoader, personId, `/convenings/${conveningId}`, { conveningId }))).itinerary;
    const itinerary = `/convenings/${conveningId}/itinerary`;
    expect(await links(manager.id)).toEqual({
      href: itinerary,
      travelDetails: { [sessionId]: `${itinerary}#segment-${segmentId}` },
    });
    expect(await links(bristolRep.id)).toEqual({
      href: itinerary,
      travelDetails: { [sessionId]: `${itinerary}#segment-${segmentId}` },
    });
    expect(await links(cardiffRep.id)).toEqual({ href: itinerary, travelDetails: {} });
    expect(await links(glasgowRep.id)).toEqual({ href: null, travelDetails: {} });
    expect(await links(null)).toEqual({ href: null, travelDetails: {} });
    const meeting = await createExchange({ kind: "working-group-meeting" });
    const meetingLinks = (
      await body(await load(conveningLoader, manager.id, `/convenings/${meeting}`, { conveningId: meeting }))
    ).itinerary;
    expect(meetingLinks).toEqual({ href: null, travelDetails: {} });
  });
});
