// Welsh versions of a convening's and its sessions' text are saved, read back and carried by the
// agenda copy agenda pages read by _id (decision 038).
import { describe, expect, it } from "vitest";
import {
  createSession,
  listAgendaSessions,
  updateSession,
  type SessionInput,
} from "../../models/agenda-session.server";
import {
  cancelConvening,
  createConvening,
  getConvening,
  publishConvening,
  updateConvening,
  type ConveningInput,
} from "../../models/convening.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const manager = { id: "64b000000000000000000001", name: "Pat Manager" };

const convening: ConveningInput = {
  kind: "working-group-meeting",
  title: "Phase two launch",
  summary: "The launch of phase two.",
  titleCy: "Lansio'r ail gam",
  summaryCy: "Lansio ail gam y rhaglen.",
  aimsCy: ["Dechrau'r ail gam yn ffurfiol"],
  phase: 2,
  hostCityId: null,
  places: [
    { name: "Cardiff City Hall", address: "", region: "", country: "United Kingdom", timeZone: "Europe/London" },
  ],
  format: "in-person",
  onlineUrl: "",
  timeZone: "Europe/London",
  startsAt: new Date("2030-10-10T08:00:00Z"),
  endsAt: new Date("2030-10-11T16:00:00Z"),
  aims: ["Formally start phase two"],
  themes: [],
  registration: {
    placesPerCity: null,
    cityPlaces: [],
    capacity: null,
    opensAt: null,
    closesAt: null,
    isApprovalRequired: false,
  },
};

const session: SessionInput = {
  title: "Welcome",
  description: "Opening words.",
  titleCy: "Croeso",
  descriptionCy: "Geiriau agoriadol.",
  kind: "plenary",
  startsAt: new Date("2030-10-10T09:00:00Z"),
  endsAt: new Date("2030-10-10T10:00:00Z"),
  timeZone: "Europe/London",
  endTimeZone: null,
  room: "",
  placeName: "Cardiff City Hall",
  track: "",
  themes: [],
  speakers: [],
};

describe("Welsh versions of a convening's content", () => {
  it("saves the Welsh title, summary and aims and keeps them through an edit that leaves them out", async () => {
    const id = await createConvening(convening, manager);
    const created = await getConvening(id);
    expect([created?.titleCy, created?.summaryCy, created?.aimsCy]).toEqual([
      "Lansio'r ail gam",
      "Lansio ail gam y rhaglen.",
      ["Dechrau'r ail gam yn ffurfiol"],
    ]);
    const { titleCy: _t, summaryCy: _s, aimsCy: _a, ...englishOnly } = convening;
    expect(await updateConvening(id, 1, { ...englishOnly, title: "Phase two launch, Cardiff" }, manager)).toEqual({
      ok: true,
    });
    expect((await getConvening(id))?.titleCy).toBe("Lansio'r ail gam");
  });

  it("keeps a Welsh cancellation reason beside the English one", async () => {
    const id = await createConvening(convening, manager);
    await publishConvening(id, manager);
    expect(await cancelConvening(id, "Election called", manager, "Galwyd etholiad")).toBe(true);
    const cancelled = await getConvening(id);
    expect([cancelled?.cancelReason, cancelled?.cancelReasonCy]).toEqual(["Election called", "Galwyd etholiad"]);
  });

  it("carries a session's Welsh title and description in the agenda copy, and follows an edit", async () => {
    const id = await createConvening(convening, manager);
    const sessionId = await createSession({ id, status: "draft" }, session, manager);
    const [copied] = await listAgendaSessions(id);
    expect([copied.titleCy, copied.descriptionCy]).toEqual(["Croeso", "Geiriau agoriadol."]);
    await updateSession({ id, status: "draft" }, sessionId, 1, { ...session, titleCy: "Croeso i Gaerdydd" }, manager);
    const [edited] = await listAgendaSessions(id);
    expect(edited.titleCy).toBe("Croeso i Gaerdydd");
  });
});
