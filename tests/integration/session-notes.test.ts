import { describe, expect, it } from "vitest";
import { action as notesAction, loader as notesLoader } from "../../app/routes/convenings.$conveningId.notes";
import { loader as outcomesLoader } from "../../app/routes/convenings.$conveningId.outcomes";
import { loader as actionLoader } from "../../app/routes/actions.$actionId";
import { AgendaSession } from "../../models/agenda-session.server";
import { Convening } from "../../models/convening.server";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { getConveningNotes } from "../../models/session-note.server";
import { newId } from "../../models/ids.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { formatDayHeading, formatLocalTime } from "~/domain/local-time";

withTestDatabase();

async function world() {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager", name: "Mo Manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Bristol" });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cai Cardiff" });
  const participant = await createAccount({ role: "participant", cityId: bristol, name: "Pat Participant" });
  const convening = await Convening.create({
    kind: "working-group-meeting",
    title: "City Working Group meeting: Sheffield",
    phase: 2,
    format: "in-person",
    timeZone: "Europe/London",
    startsAt: new Date("2026-03-25T09:00:00Z"),
    endsAt: new Date("2026-03-26T17:00:00Z"),
    status: "completed",
    shareToken: `token-${Math.random()}`,
  });
  const session = await AgendaSession.create({
    conveningId: convening._id,
    title: "Action plan progress: round the table",
    kind: "roundtable",
    startsAt: new Date("2026-03-25T10:45:00Z"),
    endsAt: new Date("2026-03-25T12:30:00Z"),
    timeZone: "Europe/London",
  });
  const conveningId = String(convening._id);
  const url = `http://localhost/convenings/${conveningId}/notes`;
  const params = { conveningId };
  const post = async (personId: string, fields: Record<string, string>) => {
    try {
      return (await notesAction({
        request: await formRequest(personId, url, fields),
        params,
        context: {},
      })) as Response;
    } catch (error) {
      if (error instanceof Response) return error;
      throw error;
    }
  };
  const load = async (personId: string) => {
    try {
      return (await notesLoader({ request: await requestAs(personId, url), params, context: {} })) as Response;
    } catch (error) {
      if (error instanceof Response) return error;
      throw error;
    }
  };
  return {
    bristol,
    cardiff,
    manager,
    bristolRep,
    cardiffRep,
    participant,
    conveningId,
    sessionId: String(session._id),
    post,
    load,
  };
}

describe("session notes", () => {
  it("a named note-taker adds points; a rep who is not one cannot, but reads them", async () => {
    const w = await world();
    expect((await w.load(w.participant.id)).status).toBe(403);
    expect((await w.post(w.manager.id, { intent: "add-note-taker", personId: w.participant.id })).status).toBe(200);
    const pointId = newId();
    const added = await w.post(w.participant.id, {
      intent: "add-point",
      sessionId: w.sessionId,
      kind: "decision",
      text: "Cities share their welcome strategies by May",
      pointId,
    });
    expect(added.status).toBe(200);
    expect(
      (await w.post(w.cardiffRep.id, { intent: "add-point", sessionId: w.sessionId, text: "Mine", pointId: newId() }))
        .status,
    ).toBe(403);
    const read = await (await w.load(w.cardiffRep.id)).json();
    expect(read.canWrite).toBe(false);
    expect(read.sessions[0].points).toEqual([
      expect.objectContaining({
        id: pointId,
        kind: "decision",
        text: "Cities share their welcome strategies by May",
        authorName: "Pat Participant",
        canChange: false,
      }),
    ]);
    const notes = await getConveningNotes(w.conveningId);
    expect(notes.points.map((point) => point.text)).toEqual(["Cities share their welcome strategies by May"]);
    // When it was written reads at the session's place, not in UTC.
    const written = notes.points[0].createdAt;
    expect(read.sessions[0].points[0].writtenAt).toBe(
      `${formatDayHeading(written, "Europe/London")}, ${formatLocalTime(written, "Europe/London")}`,
    );
    expect(read.sessions[0].points[0].writtenAt).not.toContain("UTC");
  });

  it("refuses empty and too long points at the field, keeping the text", async () => {
    const w = await world();
    const empty = await w.post(w.manager.id, {
      intent: "add-point",
      sessionId: w.sessionId,
      text: "  ",
      pointId: newId(),
    });
    expect(empty.status).toBe(400);
    expect((await empty.json()).result.error.text).toEqual(["Enter the point"]);
    const long = "x".repeat(1001);
    const tooLong = await w.post(w.manager.id, {
      intent: "add-point",
      sessionId: w.sessionId,
      text: long,
      pointId: newId(),
    });
    expect(tooLong.status).toBe(400);
    const body = await tooLong.json();
    expect(body.result.error.text).toEqual(["Keep a point to 1,000 characters or fewer"]);
    expect(body.result.initialValue.text).toBe(long);
    expect((await getConveningNotes(w.conveningId)).points).toEqual([]);
  });

  it("keeps both of two points added at the same time", async () => {
    const w = await world();
    const results = await Promise.all(
      ["First point", "Second point", "Third point"].map((text) =>
        w.post(w.manager.id, { intent: "add-point", sessionId: w.sessionId, text, pointId: newId() }),
      ),
    );
    expect(results.map((response) => response.status)).toEqual([200, 200, 200]);
    const notes = await getConveningNotes(w.conveningId);
    expect(notes.points.map((point) => point.text).sort()).toEqual(["First point", "Second point", "Third point"]);
    expect(notes.revision).toBe(3);
  });

  it("edits and deletes own points; a stale point is a clear 409", async () => {
    const w = await world();
    const pointId = newId();
    await w.post(w.manager.id, { intent: "add-note-taker", personId: w.bristolRep.id });
    await w.post(w.bristolRep.id, { intent: "add-point", sessionId: w.sessionId, text: "Draft", pointId });
    expect((await w.post(w.bristolRep.id, { intent: "edit-point", pointId, text: "Final wording" })).status).toBe(200);
    expect((await getConveningNotes(w.conveningId)).points[0]?.text).toBe("Final wording");
    expect((await w.post(w.bristolRep.id, { intent: "delete-point", pointId })).status).toBe(200);
    const stale = await w.post(w.bristolRep.id, { intent: "edit-point", pointId, text: "Again" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).result.error[""]).toEqual([
      "This point is no longer in these notes (it was deleted, or belongs to another convening): reload the page.",
    ]);
  });

  it("makes a point one action, twice still one, linked both ways and shown on the outcomes page", async () => {
    const w = await world();
    const pointId = newId();
    await w.post(w.manager.id, {
      intent: "add-point",
      sessionId: w.sessionId,
      text: "Share welcome strategies",
      pointId,
    });
    const fields = {
      intent: "make-action",
      pointId,
      title: "Share welcome strategies",
      ownerCityId: w.bristol,
      dueOn: "2026-05-31",
    };
    const first = await w.post(w.manager.id, fields);
    expect(first.status).toBe(200);
    expect((await first.json()).actionId).toBe(pointId);
    const second = await w.post(w.manager.id, fields);
    expect((await second.json()).actionId).toBe(pointId);
    const actions = await FollowUpAction.find({ conveningId: w.conveningId }).lean();
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      title: "Share welcome strategies",
      dueOn: "2026-05-31",
      sourceNote: { conveningId: w.conveningId, pointId },
    });
    expect(String(actions[0]?.sessionId)).toBe(w.sessionId);
    const point = (await getConveningNotes(w.conveningId)).points[0];
    expect(point).toMatchObject({ actionId: pointId, actionTitle: "Share welcome strategies" });

    const detail = (await actionLoader({
      request: await requestAs(w.bristolRep.id, `http://localhost/actions/${pointId}`),
      params: { actionId: pointId },
      context: {},
    })) as Response;
    expect((await detail.json()).sourceNote).toEqual({
      href: `/convenings/${w.conveningId}/notes#point-${pointId}`,
      sessionTitle: "Action plan progress: round the table",
    });

    const outcomes = (await outcomesLoader({
      request: await requestAs(w.cardiffRep.id, `http://localhost/convenings/${w.conveningId}/outcomes`),
      params: { conveningId: w.conveningId },
      context: {},
    })) as Response;
    expect((await outcomes.json()).sessionNotes).toEqual([
      {
        id: w.sessionId,
        title: "Action plan progress: round the table",
        points: [
          {
            id: pointId,
            kind: "point",
            text: "Share welcome strategies",
            authorName: "Mo Manager",
            action: { id: pointId, title: "Share welcome strategies" },
          },
        ],
      },
    ]);
  });
});
