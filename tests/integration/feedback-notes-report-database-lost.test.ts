// The learning loop's forms with the database gone: a feedback answer, a session note, a point
// made an action and a new learning report are answered 503 "try again" (never a 500), and once
// the database is back the same form sent again is saved once, whatever part of the first got
// through. Uses its own FerretDB so stopping it disturbs no other test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as respondAction } from "../../app/routes/feedback.$token";
import { action as notesAction } from "../../app/routes/convenings.$conveningId.notes";
import { action as reportsAction } from "../../app/routes/reports._index";
import { createActionFromForm } from "~/follow-ups/action-service.server";
import { feedbackResponseId } from "~/feedback/response-id.server";
import { connectDb, disconnectDb } from "../../app/utils/db.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";
import { AgendaSession } from "../../models/agenda-session.server";
import { Convening } from "../../models/convening.server";
import { ensureFeedbackForm, markFeedbackFormSent } from "../../models/feedback-form.server";
import { FeedbackInvitation, hashFeedbackToken } from "../../models/feedback-invitation.server";
import { FeedbackResponse, insertFeedbackResponse } from "../../models/feedback-response.server";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { LearningReport } from "../../models/learning-report.server";
import { getConveningNotes } from "../../models/session-note.server";
import { currentSessionEpoch, getSignedInPerson } from "../../models/person.server";
import { getConveningForActions } from "../../models/queries/action-context.server";
import { newId } from "../../models/ids.server";
import { createAccount, createCity, formRequest } from "../factories/people";
import { createConvening } from "../factories/registration";
import { responseOf } from "../helpers/routes";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-learning-lost-"));
let database: EmbeddedDatabase | undefined;
let port = 0;

const UNAVAILABLE =
  "The planner cannot reach its database just now, so this could not be completed. Try again in a moment.";
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  database = await startEmbeddedDatabase({ dataDir, log: () => {} });
  port = database.port;
  process.env.MONGODB_URI = `${database.uri}learninglost`;
  await connectDb();
}, 30_000);

afterAll(async () => {
  await disconnectDb();
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Send = (request?: Request) => Promise<unknown>;

/**
 * Builds the request (signing in writes a session), stops the database, answers the request while
 * it is down, then starts the database again and waits until it answers.
 */
async function whileDown(send: Send, build: () => Promise<Request>): Promise<Response> {
  const request = await build();
  await database!.stop();
  database = undefined;
  const response = await responseOf(send(request));
  database = await startEmbeddedDatabase({ dataDir, port, log: () => {} });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await Convening.findById(newId()).lean();
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return response;
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(await response.text()).toBe(UNAVAILABLE);
}

async function world() {
  const bristol = await createCity(`bristol-${newId()}`);
  const manager = await createAccount({ role: "manager", name: "Mo Manager" });
  const conveningId = await createConvening({
    title: "Welcoming Cities Summit",
    status: "completed",
    startsAt: new Date(Date.now() - 3 * DAY),
    endsAt: new Date(Date.now() - DAY),
  });
  const session = await AgendaSession.create({
    conveningId,
    title: "Round the table",
    kind: "roundtable",
    startsAt: new Date(Date.now() - 3 * DAY),
    endsAt: new Date(Date.now() - 3 * DAY + 3600_000),
    timeZone: "Europe/London",
  });
  return { bristol, manager, conveningId, sessionId: String(session._id) };
}

/** An open form and one invitation whose link's token the test knows. */
async function invited(conveningId: string, cityId: string) {
  await ensureFeedbackForm(conveningId, [{ key: "take-back", kind: "text", text: "What will you take back?" }]);
  await markFeedbackFormSent(conveningId, new Date(Date.now() - DAY), new Date(Date.now() + 13 * DAY));
  const email = `ann-${newId()}@example.org`;
  const person = await createAccount({ role: "participant", cityId, name: "Ann", email });
  const token = newId() + newId().slice(0, 19); // 43 characters, of the link's alphabet
  await FeedbackInvitation.create({
    _id: hashFeedbackToken(token),
    conveningId,
    personId: person.id,
    cityId,
    role: "participant",
    email,
    sentAt: new Date(Date.now() - DAY),
  });
  const build = () => formRequest(null, `http://localhost/feedback/${token}`, { "take-back": "A buddy scheme" });
  const send: Send = async (request) =>
    respondAction({ request: request ?? (await build()), params: { token }, context: {} });
  return { token, send, build };
}

describe("the learning loop's forms with the database gone", () => {
  it("answers a feedback submission 503; sent again once the database is back it is saved once", async () => {
    const { bristol, conveningId } = await world();
    const { token, send, build } = await invited(conveningId, bristol);

    await expectUnavailable(await whileDown(send, build));
    expect(await FeedbackResponse.countDocuments({ conveningId })).toBe(0);

    const retried = await responseOf(send());
    expect({ status: retried.status, body: await retried.json() }).toEqual({ status: 200, body: { status: "saved" } });
    const again = await responseOf(send());
    expect(again.status).toBe(409);
    expect(await FeedbackResponse.countDocuments({ conveningId })).toBe(1);
    const invitation = await FeedbackInvitation.findById(hashFeedbackToken(token)).lean();
    expect(invitation?.answeredAt).toBeInstanceOf(Date);
  }, 60_000);

  it("finishes a feedback submission whose answers were stored before the connection dropped", async () => {
    const { bristol, conveningId } = await world();
    const { token, send } = await invited(conveningId, bristol);
    // The first submission's insert got through; marking the invitation answered did not.
    await insertFeedbackResponse(feedbackResponseId(token), {
      conveningId,
      cityId: bristol,
      role: "participant",
      answers: [{ key: "take-back", text: "A buddy scheme" }],
      submittedOn: new Date().toISOString().slice(0, 10),
    });

    const retried = await responseOf(send());
    expect({ status: retried.status, body: await retried.json() }).toEqual({
      status: 409,
      body: { status: "refused", message: "This link has already been used: thank you, your answers were saved." },
    });
    expect(await FeedbackResponse.countDocuments({ conveningId })).toBe(1);
    const invitation = await FeedbackInvitation.findById(hashFeedbackToken(token)).lean();
    expect(invitation?.answeredAt).toBeInstanceOf(Date);
  }, 60_000);

  it("answers a new session note 503; the same form sent again adds the point once", async () => {
    const { manager, conveningId, sessionId } = await world();
    const pointId = newId();
    const build = () =>
      formRequest(manager.id, `http://localhost/convenings/${conveningId}/notes`, {
        intent: "add-point",
        formKey: `add-${sessionId}`,
        sessionId,
        pointId,
        kind: "decision",
        text: "Cities share their welcome strategies by May",
      });
    const send: Send = async (request) =>
      notesAction({ request: request ?? (await build()), params: { conveningId }, context: {} });

    await expectUnavailable(await whileDown(send, build));
    expect((await getConveningNotes(conveningId)).points).toEqual([]);

    expect((await responseOf(send())).status).toBe(200);
    expect((await responseOf(send())).status).toBe(200);
    const points = (await getConveningNotes(conveningId)).points;
    expect(points.map((point) => [point.id, point.text])).toEqual([
      [pointId, "Cities share their welcome strategies by May"],
    ]);
  }, 60_000);

  it("makes a point one action when the action was created but the point not yet linked", async () => {
    const { bristol, manager, conveningId, sessionId } = await world();
    const pointId = newId();
    const url = `http://localhost/convenings/${conveningId}/notes`;
    const send: Send = async (request) => notesAction({ request: request!, params: { conveningId }, context: {} });
    await responseOf(
      send(
        await formRequest(manager.id, url, {
          intent: "add-point",
          sessionId,
          pointId,
          kind: "point",
          text: "Share the toolkit",
        }),
      ),
    );
    const build = () =>
      formRequest(manager.id, url, {
        intent: "make-action",
        pointId,
        title: "Share the toolkit",
        ownerCityId: bristol,
      });
    const makeAction = async () => responseOf(send(await build()));

    await expectUnavailable(await whileDown(send, build));
    expect(await FollowUpAction.countDocuments({ conveningId })).toBe(0);

    // A first try whose action insert got through before the connection dropped.
    const first = new FormData();
    for (const [name, value] of Object.entries({
      title: "Share the toolkit",
      ownerCityId: bristol,
      dueOn: "",
      sessionId,
      priority: "medium",
      submissionId: pointId,
    }))
      first.set(name, value);
    const person = (await getSignedInPerson(manager.id, await currentSessionEpoch(manager.id)))!;
    const created = await createActionFromForm(person, first, {
      convening: await getConveningForActions(conveningId),
      sourceNote: { conveningId, pointId },
    });
    expect(created.ok).toBe(true);
    expect((await getConveningNotes(conveningId)).points[0].actionId).toBe(null);

    expect((await makeAction()).status).toBe(200);
    expect((await makeAction()).status).toBe(200);
    const actions = await FollowUpAction.find({ conveningId }).lean();
    expect(actions).toHaveLength(1);
    expect((await getConveningNotes(conveningId)).points[0].actionId).toBe(String(actions[0]._id));
  }, 60_000);

  it("answers a new learning report 503; the same form sent twice once it is back makes one report", async () => {
    const { manager } = await world();
    const reportId = newId();
    const build = () =>
      formRequest(manager.id, "http://localhost/reports", {
        reportId,
        title: "Phase 2 learning",
        phase: "",
        startsOn: "2026-01-01",
        endsOn: "2026-06-30",
      });
    const send: Send = async (request) =>
      reportsAction({ request: request ?? (await build()), params: {}, context: {} });

    await expectUnavailable(await whileDown(send, build));
    expect(await LearningReport.countDocuments({ title: "Phase 2 learning" })).toBe(0);

    const created = await responseOf(send());
    const again = await responseOf(send());
    expect([created.status, created.headers.get("Location")]).toEqual([302, `/reports/${reportId}`]);
    expect([again.status, again.headers.get("Location")]).toEqual([302, `/reports/${reportId}`]);
    expect(await LearningReport.countDocuments({ title: "Phase 2 learning" })).toBe(1);
  }, 60_000);
});
