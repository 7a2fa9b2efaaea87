// The itinerary and rooming pages as a browser without JavaScript gets them: the whole document,
// forms with their labels and the IANA zone list, and a refused form answered with its errors at
// the fields and in the summary, what was typed kept.
import { beforeAll, describe, expect, it } from "vitest";
import * as itineraryModule from "../../app/routes/convenings.$conveningId.itinerary";
import * as roomingModule from "../../app/routes/convenings.$conveningId.rooming";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { postForm } from "../factories/convenings";
import { addDelegate, createExchange, hotelFields, segmentFields } from "../factories/exchanges";
import { requestHandlerFor } from "../helpers/remix-handler";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/convenings.$conveningId.itinerary": { path: "convenings/:conveningId/itinerary", module: itineraryModule },
    "routes/convenings.$conveningId.rooming": { path: "convenings/:conveningId/rooming", module: roomingModule },
  });
});

async function setUp() {
  const bristol = await createCity("bristol");
  const manager = await createAccount({ role: "manager" });
  const conveningId = await createExchange();
  const ada = await addDelegate(conveningId, bristol, "Ada Okafor");
  return { manager, conveningId, ada };
}

describe("the itinerary page", () => {
  it("renders the travel, lodging and warnings sections with labelled forms and the zone list", async () => {
    const { manager, conveningId, ada } = await setUp();
    const path = `/convenings/${conveningId}/itinerary`;
    await postForm(itineraryModule.action, manager.id, path, { conveningId }, segmentFields({ personIds: [ada] }));
    const response = await handle(await requestAs(manager.id, path));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(
      [
        '<h2 id="warnings-title">Warnings (3)</h2>',
        '<h2 id="travel-title">Travel</h2>',
        '<h2 id="lodging-title">Lodging</h2>',
        '<label for="fromTimeZone">Time zone where it departs</label>',
        '<label for="checkInDate">Check-in</label>',
        '<option value="America/New_York"></option>',
        "Sun 19 May 11:00 BST",
        "Sun 19 May 14:30 EDT",
      ].map((text) => html.includes(text)),
    ).toEqual([true, true, true, true, true, true, true, true]);
  });

  it("answers a refused segment without JavaScript with the errors at the fields and the input kept", async () => {
    const { manager, conveningId, ada } = await setUp();
    const path = `/convenings/${conveningId}/itinerary`;
    const response = await handle(
      await formRequest(
        manager.id,
        path,
        segmentFields({ personIds: [ada], arriveTime: "05:00", carrier: "Aer Lingus" }),
      ),
    );
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(
      [
        "There is a problem",
        'href="#arriveTime">The arrival (Sun 19 May 05:00 EDT) must be after the departure',
        'id="arriveTime-error"',
        'value="05:00"',
        'value="Aer Lingus"',
      ].map((text) => html.includes(text)),
    ).toEqual([true, true, true, true, true]);
    expect(/<input[^>]*id="arriveTime"[^>]*aria-invalid="true"/.test(html)).toBe(true);
  });

  it("opens a segment for editing from its address, and prints a hotel's rooming list", async () => {
    const { manager, conveningId, ada } = await setUp();
    const path = `/convenings/${conveningId}/itinerary`;
    const saved = await postForm(
      itineraryModule.action,
      manager.id,
      path,
      { conveningId },
      segmentFields({ personIds: [ada], bookingReference: "QX7PLM" }),
    );
    const segmentId = /#segment-([0-9a-f]{24})$/.exec(saved.headers.get("Location") ?? "")![1];
    const edit = await (await handle(await requestAs(manager.id, `${path}?segment=${segmentId}`))).text();
    expect([edit.includes("Change a segment"), edit.includes('value="QX7PLM"'), edit.includes("Save segment")]).toEqual(
      [true, true, true],
    );
    const hotel = await postForm(itineraryModule.action, manager.id, path, { conveningId }, hotelFields());
    const hotelId = /#hotel-([0-9a-f]{24})$/.exec(hotel.headers.get("Location") ?? "")![1];
    const rooming = await handle(await requestAs(manager.id, `/convenings/${conveningId}/rooming?hotel=${hotelId}`));
    const roomingHtml = await rooming.text();
    expect([
      rooming.status,
      roomingHtml.includes("Omni William Penn, Pittsburgh: rooming list for US learning exchange"),
      roomingHtml.includes("Nobody has a room here yet."),
    ]).toEqual([200, true, true]);
  });
});
