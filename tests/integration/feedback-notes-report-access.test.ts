// Who gets what from the learning loop's pages, as their own HTTP client would: no session, a
// participant, a representative of another city, the convening's city's representative, a
// note-taker of another convening and a manager, for every loader and action of the feedback,
// session-notes and report routes. The JSON answers are read for what must be absent: other
// cities' rows, names beside a named form's answers, the questions a rep does not manage.
import { beforeEach, describe, expect, it } from "vitest";
import * as feedbackPage from "../../app/routes/convenings.$conveningId.feedback._index";
import * as results from "../../app/routes/convenings.$conveningId.feedback.results";
import * as resultsCsv from "../../app/routes/convenings.$conveningId.feedback.results[.]csv";
import * as notes from "../../app/routes/convenings.$conveningId.notes";
import * as reports from "../../app/routes/reports._index";
import * as report from "../../app/routes/reports.$reportId";
import * as reportPdf from "../../app/routes/reports.$reportId[.]pdf";
import { AgendaSession } from "../../models/agenda-session.server";
import { FeedbackForm, ensureFeedbackForm, markFeedbackFormSent } from "../../models/feedback-form.server";
import { FeedbackInvitation } from "../../models/feedback-invitation.server";
import { insertFeedbackResponse } from "../../models/feedback-response.server";
import { createLearningReport } from "../../models/learning-report.server";
import { changeConveningNotes } from "../../models/session-note.server";
import { newId } from "../../models/ids.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest } from "../factories/people";
import { createConvening } from "../factories/registration";
import { body, load, responseOf } from "../helpers/routes";

withTestDatabase();

const DAY = 24 * 3600 * 1000;
const READERS = ["nobody", "participant", "otherRep", "ownRep", "otherNoteTaker", "manager"] as const;
type Reader = (typeof READERS)[number];

let ids: Record<Reader, string | null>;
let conveningId = "";
let reportId = "";
let bristol = "";
let cardiff = "";

beforeEach(async () => {
  bristol = await createCity("bristol");
  cardiff = await createCity("cardiff");
  const manager = await createAccount({ role: "manager", name: "Mo Manager" });
  const ownRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Bristol" });
  const otherRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cai Cardiff" });
  const participant = await createAccount({ role: "participant", cityId: bristol, name: "Pat Participant" });
  const otherNoteTaker = await createAccount({ role: "participant", cityId: cardiff, name: "Nia Notes" });
  ids = {
    nobody: null,
    participant: participant.id,
    otherRep: otherRep.id,
    ownRep: ownRep.id,
    otherNoteTaker: otherNoteTaker.id,
    manager: manager.id,
  };
  const startsAt = new Date(Date.now() - 3 * DAY);
  conveningId = await createConvening({
    title: "Welcoming Cities Summit",
    status: "completed",
    startsAt,
    endsAt: new Date(Date.now() - DAY),
  });
  const otherConvening = await createConvening({
    title: "Another meeting",
    status: "completed",
    startsAt,
    endsAt: new Date(Date.now() - DAY),
  });
  await changeConveningNotes(otherConvening, (current) => ({
    next: { points: current.points, noteTakerIds: [otherNoteTaker.id] },
    result: null,
  }));
  const session = await AgendaSession.create({
    conveningId,
    title: "Round the table",
    kind: "roundtable",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3600_000),
    timeZone: "Europe/London",
  });
  await changeConveningNotes(conveningId, (current) => ({
    next: {
      noteTakerIds: current.noteTakerIds,
      points: [
        {
          id: newId(),
          sessionId: String(session._id),
          kind: "decision",
          text: "Cities share their strategies",
          authorId: manager.id,
          authorName: "Mo Manager",
          createdAt: new Date(),
          updatedAt: new Date(),
          actionId: null,
          actionTitle: null,
        },
      ],
    },
    result: null,
  }));
  // A named form answered by three Bristol people and one from Cardiff.
  await ensureFeedbackForm(conveningId, [{ key: "take-back", kind: "text", text: "What will you take back?" }]);
  await FeedbackForm.updateOne({ _id: conveningId }, { $set: { named: true } });
  await markFeedbackFormSent(conveningId, new Date(Date.now() - DAY), new Date(Date.now() + 13 * DAY));
  for (const [name, cityId] of [
    ["Ann Answerer", bristol],
    ["Ben Answerer", bristol],
    ["Col Answerer", bristol],
    ["Dai Answerer", cardiff],
  ] as const) {
    const person = await createAccount({ role: "participant", cityId, name });
    await FeedbackInvitation.create({
      _id: newId(),
      conveningId,
      personId: person.id,
      cityId,
      role: "participant",
      email: `${person.id}@example.org`,
      sentAt: new Date(),
      answeredAt: new Date(),
    });
    await insertFeedbackResponse(newId(), {
      conveningId,
      cityId,
      role: "participant",
      personId: person.id,
      answers: [{ key: "take-back", text: `A buddy scheme, idea ${name[0]}` }],
      submittedOn: new Date().toISOString().slice(0, 10),
    });
  }
  const today = new Date().toISOString().slice(0, 10);
  reportId = await createLearningReport(
    { title: "This year", phase: null, startsOn: `${today.slice(0, 4)}-01-01`, endsOn: `${today.slice(0, 4)}-12-31` },
    manager.id,
  );
});

const loaders = () =>
  ({
    feedbackPage: [feedbackPage.loader, `/convenings/${conveningId}/feedback`, { conveningId }],
    results: [results.loader, `/convenings/${conveningId}/feedback/results`, { conveningId }],
    resultsCsv: [resultsCsv.loader, `/convenings/${conveningId}/feedback/results.csv`, { conveningId }],
    notes: [notes.loader, `/convenings/${conveningId}/notes`, { conveningId }],
    reports: [reports.loader, "/reports", {}],
    report: [report.loader, `/reports/${reportId}`, { reportId }],
    reportPdf: [reportPdf.loader, `/reports/${reportId}.pdf`, { reportId }],
  }) as const;

// 302: to the sign-in page. A participant's and another convening's note-taker's is the same answer.
const LOADER_STATUS: Record<keyof ReturnType<typeof loaders>, Record<Reader, number>> = {
  feedbackPage: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
  results: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
  resultsCsv: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
  notes: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
  reports: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
  report: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
  reportPdf: { nobody: 302, participant: 403, otherRep: 200, ownRep: 200, otherNoteTaker: 403, manager: 200 },
};

async function loadAs(reader: Reader, name: keyof ReturnType<typeof loaders>) {
  const [loader, url, params] = loaders()[name];
  return load(loader, ids[reader], `http://localhost${url}`, params);
}

describe("who reads the learning loop's pages", () => {
  for (const name of Object.keys(LOADER_STATUS) as Array<keyof typeof LOADER_STATUS>)
    it(`answers ${name} with the status each reader is due`, async () => {
      const statuses = Object.fromEntries(
        await Promise.all(READERS.map(async (reader) => [reader, (await loadAs(reader, name)).status] as const)),
      );
      expect(statuses).toEqual(LOADER_STATUS[name]);
    });

  it("gives a rep their own city's response rate only, and no questions to manage", async () => {
    const own = await body(await loadAs("ownRep", "feedbackPage"));
    const other = await body(await loadAs("otherRep", "feedbackPage"));
    expect(own.byCity.map((row: { cityName: string }) => row.cityName)).toEqual(["Bristol"]);
    expect(other.byCity.map((row: { cityName: string }) => row.cityName)).toEqual(["Cardiff"]);
    expect([own.form.questions, other.form.questions, own.canManage]).toEqual([[], [], false]);
    expect(own.totals).toEqual({ invited: 3, answered: 3 });
  });

  it("gives a rep the results without names or the role breakdown, and their own city's rows only", async () => {
    for (const reader of ["ownRep", "otherRep"] as const) {
      const { results: seen } = await body(await loadAs(reader, "results"));
      const city = reader === "ownRep" ? "Bristol" : "Cardiff";
      expect(seen.responseRates.map((rate: { city: string }) => rate.city)).toEqual([city]);
      expect(seen.byCity.map((row: { label: string }) => row.label).filter((label: string) => label !== city)).toEqual(
        [],
      );
      expect(seen.byRole).toBe(null);
      expect(JSON.stringify(seen)).not.toContain('Answerer"');
      expect(JSON.stringify(seen)).not.toMatch(/"name":"[^"]/);
      const csv = await (await loadAs(reader, "resultsCsv")).text();
      expect(csv).not.toMatch(reader === "ownRep" ? /Cardiff/ : /Bristol/);
    }
    const { results: managerSees } = await body(await loadAs("manager", "results"));
    expect(JSON.stringify(managerSees)).toMatch(/"name":"Ann Answerer"/);
  });

  it("gives a rep the notes to read without the note-taker list, the people to name or the action form", async () => {
    const seen = await body(await loadAs("otherRep", "notes"));
    expect([seen.canWrite, seen.noteTakers, seen.candidates, seen.actionForm]).toEqual([false, null, [], null]);
    expect(JSON.stringify(seen)).not.toContain("@example.org");
  });
});

describe("who changes the learning loop's records", () => {
  const post = async (
    reader: Reader,
    action: typeof notes.action,
    url: string,
    params: Record<string, string>,
    fields: Record<string, string>,
  ) =>
    (
      await responseOf(
        action({ request: await formRequest(ids[reader], `http://localhost${url}`, fields), params, context: {} }),
      )
    ).status;

  it("lets only managers change the feedback form, write reports, and managers and note-takers write notes", async () => {
    const answers: Record<string, Record<Reader, number>> = {};
    for (const [name, action, url, params, fields] of [
      [
        "addQuestion",
        feedbackPage.action,
        `/convenings/${conveningId}/feedback`,
        { conveningId },
        { intent: "add-question", kind: "text", text: "Q?", revision: "-1" },
      ],
      [
        "addPoint",
        notes.action,
        `/convenings/${conveningId}/notes`,
        { conveningId },
        { intent: "add-point", sessionId: "", text: "", pointId: "" },
      ],
      ["createReport", reports.action, "/reports", {}, { title: "" }],
      [
        "editReport",
        report.action,
        `/reports/${reportId}`,
        { reportId },
        { intent: "edit-text", introduction: "x".repeat(10001), conclusions: "" },
      ],
    ] as const) {
      answers[name] = Object.fromEntries(
        await Promise.all(
          READERS.map(
            async (reader) => [reader, await post(reader, action as typeof notes.action, url, params, fields)] as const,
          ),
        ),
      ) as Record<Reader, number>;
    }
    // Allowed readers get past authorisation to the form's own answer (400: the fields are empty or stale).
    expect(answers).toEqual({
      addQuestion: { nobody: 302, participant: 403, otherRep: 403, ownRep: 403, otherNoteTaker: 403, manager: 400 },
      addPoint: { nobody: 302, participant: 403, otherRep: 403, ownRep: 403, otherNoteTaker: 403, manager: 400 },
      createReport: { nobody: 302, participant: 403, otherRep: 403, ownRep: 403, otherNoteTaker: 403, manager: 400 },
      editReport: { nobody: 302, participant: 403, otherRep: 403, ownRep: 403, otherNoteTaker: 403, manager: 400 },
    });
  });
});
