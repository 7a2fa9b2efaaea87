// The agenda copy (one document per convening, read by _id on agenda pages) follows every write
// made through the session model: a hook on the session schema rebuilds it, so no caller has to.
import { describe, expect, it } from "vitest";
import {
  AgendaSession,
  cancelSession,
  createSession,
  listSessions,
  restoreSession,
  updateSession,
  upsertSeedSession,
  type SessionInput,
} from "../../models/agenda-session.server";
import { readAgendaCopy, writeAgendaCopy } from "../../models/convening-agenda.server";
import { createConvening, duplicateConvening, getConvening, type ConveningInput } from "../../models/convening.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const manager = { id: "64b000000000000000000001", name: "Pat Manager" };

const convening: ConveningInput = {
  kind: "working-group-meeting",
  title: "City Working Group meeting: Cardiff",
  summary: "",
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
  aims: [],
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

function session(title: string, startsAt: string): SessionInput {
  const start = new Date(startsAt);
  return {
    title,
    description: "",
    kind: "plenary",
    startsAt: start,
    endsAt: new Date(start.getTime() + 60 * 60_000),
    timeZone: "Europe/London",
    endTimeZone: null,
    room: "",
    placeName: "Cardiff City Hall",
    track: "",
    themes: [],
    speakers: [],
  };
}

type CopiedSession = { _id: string; title: string; isCancelled: boolean };

/** The stored copy's titles (null: no copy), read straight from the copy, never rebuilt. */
async function copiedTitles(conveningId: string): Promise<string[] | null> {
  const copy = await readAgendaCopy<CopiedSession>(conveningId);
  return copy ? copy.map((entry) => entry.title) : null;
}

async function collectionTitles(conveningId: string): Promise<string[]> {
  return (await listSessions(conveningId)).map((entry) => entry.title);
}

async function draft(title = convening.title) {
  const id = await createConvening({ ...convening, title }, manager);
  return { id, status: "draft" as const };
}

describe("the agenda copy", () => {
  it("follows creating, editing, cancelling and restoring a session", async () => {
    const owner = await draft();
    const sessionId = await createSession(owner, session("Welcome", "2030-10-10T08:30:00Z"), manager);
    expect(await copiedTitles(owner.id)).toEqual(["Welcome"]);

    expect(
      await updateSession(owner, sessionId, 1, session("Welcome and introductions", "2030-10-10T08:30:00Z"), manager),
    ).toEqual({ ok: true });
    expect(await copiedTitles(owner.id)).toEqual(["Welcome and introductions"]);

    expect(await cancelSession(owner, sessionId, manager)).toBe(true);
    expect((await readAgendaCopy<CopiedSession>(owner.id))?.map((entry) => entry.isCancelled)).toEqual([true]);
    expect(await restoreSession(owner, sessionId, manager)).toBe(true);
    expect((await readAgendaCopy<CopiedSession>(owner.id))?.map((entry) => entry.isCancelled)).toEqual([false]);
  });

  it("follows writes made straight through the model: updates by id, inserts and deletes", async () => {
    const owner = await draft();
    const sessionId = await createSession(owner, session("Welcome", "2030-10-10T08:30:00Z"), manager);

    await AgendaSession.updateOne({ _id: sessionId }, { $set: { title: "Renamed by a script" } });
    expect(await copiedTitles(owner.id)).toEqual(["Renamed by a script"]);

    await AgendaSession.insertMany([
      {
        conveningId: owner.id,
        title: "Workshop",
        kind: "workshop",
        startsAt: new Date("2030-10-10T10:00:00Z"),
        endsAt: new Date("2030-10-10T11:00:00Z"),
        timeZone: "Europe/London",
      },
    ]);
    expect(await copiedTitles(owner.id)).toEqual(["Renamed by a script", "Workshop"]);

    await AgendaSession.deleteOne({ _id: sessionId });
    expect(await copiedTitles(owner.id)).toEqual(["Workshop"]);
    expect(await copiedTitles(owner.id)).toEqual(await collectionTitles(owner.id));
  });

  it("follows a seed upsert that moves a session to another convening, on both agendas", async () => {
    const first = await draft("First");
    const second = await draft("Second");
    const seeded = {
      title: "Seeded plenary",
      description: "",
      kind: "plenary" as const,
      timeZone: "Europe/London",
      room: "",
      placeName: "",
      themes: [],
    };
    const at = { startsAt: new Date("2030-10-10T09:00:00Z"), endsAt: new Date("2030-10-10T10:00:00Z") };
    await upsertSeedSession("seed-plenary", { ...seeded, ...at, conveningId: first.id });
    expect(await copiedTitles(first.id)).toEqual(["Seeded plenary"]);

    await upsertSeedSession("seed-plenary", { ...seeded, ...at, conveningId: second.id });
    expect(await copiedTitles(first.id)).toEqual([]);
    expect(await copiedTitles(second.id)).toEqual(["Seeded plenary"]);
  });

  it("gives a duplicated convening its own copy of the agenda", async () => {
    const owner = await draft();
    await createSession(owner, session("Welcome", "2030-10-10T08:30:00Z"), manager);
    await createSession(owner, session("Closing", "2030-10-11T15:00:00Z"), manager);
    const copy = await duplicateConvening(owner.id, { title: "Next year", firstDay: "2031-10-09" }, manager);
    expect(copy?.movedSessions).toEqual([]);
    expect(await copiedTitles(copy!.id)).toEqual(["Welcome", "Closing"]);
    expect((await getConvening(copy!.id))?.title).toBe("Next year");
  });

  it("keeps a copy built from a later read when an earlier one arrives after it", async () => {
    const owner = await draft();
    const later = new Date();
    const earlier = new Date(later.getTime() - 1000);
    await writeAgendaCopy(owner.id, [{ _id: "64b0000000000000000000aa", title: "From the later read" }], later);
    await writeAgendaCopy(owner.id, [{ _id: "64b0000000000000000000bb", title: "From the earlier read" }], earlier);
    expect(await copiedTitles(owner.id)).toEqual(["From the later read"]);
  });
});
