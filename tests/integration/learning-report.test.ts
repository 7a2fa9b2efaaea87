import { describe, expect, it } from "vitest";
import { action as indexAction, loader as indexLoader } from "../../app/routes/reports._index";
import { action as reportAction, loader as reportLoader } from "../../app/routes/reports.$reportId";
import { loader as pdfLoader } from "../../app/routes/reports.$reportId[.]pdf";
import { Convening } from "../../models/convening.server";
import { createFollowUpAction } from "../../models/follow-up-action.server";
import { createLearningReport, getLearningReport } from "../../models/learning-report.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest } from "../factories/people";
import { body, load, responseOf } from "../helpers/routes";

withTestDatabase();

async function convening(title: string, startsAt: string, status = "completed") {
  const doc = await Convening.create({
    kind: "working-group-meeting",
    title,
    phase: 1,
    format: "in-person",
    timeZone: "Europe/London",
    startsAt: new Date(startsAt),
    endsAt: new Date(new Date(startsAt).getTime() + 8 * 3600 * 1000),
    status,
    aims: ["Share practice"],
    shareToken: `token-${Math.random()}`,
  });
  return String(doc._id);
}

async function world() {
  const leeds = await createCity("leeds");
  const york = await createCity("york");
  const manager = await createAccount({ role: "manager", name: "Mia Manager" });
  const yorkRep = await createAccount({ role: "city-rep", cityId: york });
  const participant = await createAccount({ role: "participant", cityId: leeds });
  const held = await convening("Leeds meeting", "2026-03-10T09:00:00Z");
  await convening("Cancelled meeting", "2026-03-12T09:00:00Z", "cancelled");
  await convening("Outside the range", "2026-05-10T09:00:00Z");
  const people = await Promise.all([0, 1, 2].map(() => createAccount({ role: "participant" })));
  await Registration.create([
    { conveningId: held, personId: people[0]!.id, cityId: leeds, status: "attended" },
    { conveningId: held, personId: people[1]!.id, cityId: leeds, status: "no-show" },
    { conveningId: held, personId: people[2]!.id, cityId: york, status: "attended" },
  ]);
  await createFollowUpAction({
    title: "Pilot a budget tool",
    description: "",
    conveningId: held,
    sessionId: null,
    ownerCityId: leeds,
    ownerPersonId: null,
    dueOn: null,
    priority: "medium",
    principles: [],
    themes: ["T1"],
    resourcesNeeded: "",
    createdBy: { id: manager.id, name: "Mia Manager" },
    at: new Date("2026-03-11T10:00:00Z"),
  });
  const reportId = await createLearningReport(
    { title: "Spring 2026", phase: null, startsOn: "2026-03-01", endsOn: "2026-03-31" },
    manager.id,
  );
  return { leeds, york, manager, yorkRep, participant, held, reportId };
}

describe("learning report", () => {
  it("counts the convenings held, attendance by city and actions by theme and city in its range", async () => {
    const w = await world();
    const response = await load(reportLoader, w.manager.id, `/reports/${w.reportId}?_data=x`, { reportId: w.reportId });
    expect(response.status).toBe(200);
    const { report, canEdit } = await body(response);
    expect(canEdit).toBe(true);
    expect(report.figures.convenings.map((c: { title: string }) => c.title)).toEqual(["Leeds meeting"]);
    expect(report.figures.convenings[0].aims).toEqual([{ number: 1, text: "Share practice", answers: 0, mean: null }]);
    expect(report.figures.convenings[0].hasFeedback).toBe(false);
    expect(report.figures.attendanceByCity).toEqual([
      { cityId: w.leeds, city: "Leeds", registered: 2, attended: 1 },
      { cityId: w.york, city: "York", registered: 1, attended: 1 },
    ]);
    expect(report.figures.actionsByCity).toEqual([{ key: w.leeds, label: "Leeds", opened: 1, done: 0 }]);
    expect(report.figures.actionsByTheme).toEqual([
      { key: "T1", label: expect.stringMatching(/\S/), opened: 1, done: 0 },
    ]);
    expect(report.figures.totals).toEqual({
      convenings: 1,
      registered: 3,
      attended: 2,
      actionsOpened: 1,
      actionsDone: 0,
      aimsMet: 0,
      aimsMeasured: 0,
    });
    expect(report.previous).toBeNull();
  });

  it("lets a city rep read but not edit, and refuses a participant", async () => {
    const w = await world();
    const asRep = await load(reportLoader, w.yorkRep.id, `/reports/${w.reportId}?_data=x`, { reportId: w.reportId });
    expect(asRep.status).toBe(200);
    expect((await body(asRep)).canEdit).toBe(false);
    const edit = await responseOf(
      reportAction({
        request: await formRequest(w.yorkRep.id, `/reports/${w.reportId}`, {
          intent: "edit-text",
          introduction: "Mine",
          conclusions: "",
        }),
        params: { reportId: w.reportId },
        context: {},
      }),
    );
    expect(edit.status).toBe(403);
    expect((await getLearningReport(w.reportId))!.introduction).toBe("");
    const asParticipant = await load(reportLoader, w.participant.id, `/reports/${w.reportId}?_data=x`, {
      reportId: w.reportId,
    });
    expect(asParticipant.status).toBe(403);
    const unknown = await load(reportLoader, w.manager.id, `/reports/000000000000000000000000?_data=x`, {
      reportId: "000000000000000000000000",
    });
    expect(unknown.status).toBe(404);
  });

  it("saves the manager's introduction and refuses an end before the start at the field", async () => {
    const w = await world();
    const saved = await responseOf(
      reportAction({
        request: await formRequest(w.manager.id, `/reports/${w.reportId}`, {
          intent: "edit-text",
          introduction: "First paragraph.\n\nSecond.",
          conclusions: "We learnt.",
        }),
        params: { reportId: w.reportId },
        context: {},
      }),
    );
    expect(saved.status).toBe(302);
    expect((await getLearningReport(w.reportId))!.introduction).toBe("First paragraph.\n\nSecond.");
    const bad = await responseOf(
      indexAction({
        request: await formRequest(w.manager.id, "/reports", {
          title: "Backwards",
          phase: "",
          startsOn: "2026-04-10",
          endsOn: "2026-04-01",
        }),
        params: {},
        context: {},
      }),
    );
    expect(bad.status).toBe(400);
    const { result } = await body(bad);
    expect(result.error).toEqual({ endsOn: ["The last day must be on or after the first day"] });
    expect(result.initialValue.startsOn).toBe("2026-04-10");
    const list = await load(indexLoader, w.yorkRep.id, "/reports?_data=x", {});
    expect((await body(list)).reports.map((r: { title: string }) => r.title)).toEqual(["Spring 2026"]);
  });
});

describe("learning report PDF", () => {
  it("answers a PDF attachment to a reader, 403 to a participant and 404 for an unknown report", async () => {
    const w = await world();
    const response = await load(pdfLoader, w.yorkRep.id, `/reports/${w.reportId}.pdf`, { reportId: w.reportId });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="learning-report-spring-2026.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length).toBe(3);
    const refused = await load(pdfLoader, w.participant.id, `/reports/${w.reportId}.pdf`, { reportId: w.reportId });
    expect(refused.status).toBe(403);
    const unknown = await load(pdfLoader, w.manager.id, "/reports/000000000000000000000000.pdf", {
      reportId: "000000000000000000000000",
    });
    expect(unknown.status).toBe(404);
  });
});
