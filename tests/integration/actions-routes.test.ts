import { describe, expect, it } from "vitest";
import { action as detailAction, loader as detailLoader } from "../../app/routes/actions.$actionId";
import { loader as exportLoader } from "../../app/routes/actions.export[.csv]";
import { action as planAction, loader as planLoader } from "../../app/routes/cities.$slug.plan";
import { action as entryAction, loader as entryLoader } from "../../app/routes/convenings.$conveningId.actions.new";
import { loader as outcomesLoader } from "../../app/routes/convenings.$conveningId.outcomes";
import { loader as dashboardLoader } from "../../app/routes/dashboard";
import { AgendaSession } from "../../models/agenda-session.server";
import { Convening } from "../../models/convening.server";
import {
  createFollowUpAction,
  FollowUpAction,
  getFollowUpAction,
  recordProgress,
  type NewFollowUpAction,
} from "../../models/follow-up-action.server";
import { upsertFrameworkItem } from "../../models/framework.server";
import { createPerson } from "../../models/person.server";
import { FRAMEWORK } from "~/domain/vocabulary/framework";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { formReply } from "../factories/form-replies";
import { thrownResponse } from "../factories/responses";
import { upsertPhase } from "../../models/phase.server";

withTestDatabase();

type Handler = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => Promise<unknown>;

/** The HTTP status a loader or action answers with, thrown or returned. */
async function statusOf(handler: Handler, request: Request, params: Record<string, string> = {}): Promise<number> {
  try {
    const result = await handler({ request, params, context: {} });
    return result instanceof Response ? result.status : 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

async function thrownText(handler: Handler, request: Request, params: Record<string, string>) {
  try {
    await handler({ request, params, context: {} });
  } catch (error) {
    if (error instanceof Response) return { status: error.status, text: await error.text() };
    throw error;
  }
  throw new Error("expected a thrown Response");
}

async function body<T = Record<string, unknown>>(
  handler: Handler,
  request: Request,
  params: Record<string, string> = {},
) {
  const response = (await handler({ request, params, context: {} })) as Response;
  return { status: response.status, data: (await formReply(response)) as T };
}

async function world() {
  for (const item of FRAMEWORK) await upsertFrameworkItem(item);
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager", name: "Mo Manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Bristol" });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cai Cardiff" });
  const participant = await createAccount({ role: "participant", cityId: bristol });
  const bristolOfficer = await createPerson({
    name: "Bristol Officer",
    email: "officer@bristol.example",
    role: "participant",
    cityId: bristol,
  });
  const cardiffOfficer = await createPerson({
    name: "Cardiff Officer",
    email: "officer@cardiff.example",
    role: "participant",
    cityId: cardiff,
  });
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
  const newAction = (overrides: Partial<NewFollowUpAction> = {}): NewFollowUpAction => ({
    title: "Publish the welcome strategy",
    description: "",
    conveningId,
    sessionId: null,
    ownerCityId: bristol,
    ownerPersonId: null,
    dueOn: "2026-06-30",
    priority: "medium",
    principles: [],
    themes: ["T1"],
    resourcesNeeded: "",
    createdBy: { id: manager.id, name: "Mo Manager" },
    ...overrides,
  });
  const bristolAction = await createFollowUpAction(newAction());
  return {
    bristol,
    cardiff,
    manager,
    bristolRep,
    cardiffRep,
    participant,
    bristolOfficer,
    cardiffOfficer,
    conveningId,
    sessionId: String(session._id),
    bristolAction,
    newAction,
  };
}

/** A draft exchange only managers may know of. */
const createSecretDraft = () =>
  Convening.create({
    kind: "learning-exchange",
    title: "Secret draft exchange",
    phase: 2,
    format: "in-person",
    timeZone: "Europe/London",
    startsAt: new Date("2027-06-14T09:00:00Z"),
    endsAt: new Date("2027-06-16T17:00:00Z"),
    status: "draft",
    shareToken: `token-${Math.random()}`,
  });

const entryFields = (w: Awaited<ReturnType<typeof world>>, overrides: Record<string, string | string[]> = {}) => ({
  title: "Convene the employers' roundtable",
  sessionId: w.sessionId,
  ownerCityId: w.bristol,
  ownerPersonId: w.bristolOfficer,
  dueOn: "2026-05-15",
  priority: "high",
  themes: ["T2", "T3"],
  ...overrides,
});

describe("who may do what with follow-up actions", () => {
  it("keeps a draft convening to managers: reps get 404 for its outcomes, fast entry, new actions and export, and never its title", async () => {
    const w = await world();
    const draft = await createSecretDraft();
    const draftId = String(draft._id);
    await createFollowUpAction(w.newAction({ conveningId: draftId, title: "Book the venue" }));
    const params = { conveningId: draftId };
    for (const [handler, url] of [
      [outcomesLoader, `/convenings/${draftId}/outcomes`],
      [entryLoader, `/convenings/${draftId}/actions/new`],
    ] as const) {
      expect(await statusOf(handler as Handler, await requestAs(w.bristolRep.id, url), params), url).toBe(404);
      expect(await statusOf(handler as Handler, await requestAs(w.manager.id, url), params), url).toBe(200);
    }
    const url = `/convenings/${draftId}/actions/new`;
    expect(
      await statusOf(
        entryAction as Handler,
        await formRequest(w.bristolRep.id, url, entryFields(w, { sessionId: "" })),
        params,
      ),
    ).toBe(404);
    expect(
      await statusOf(
        exportLoader as Handler,
        await requestAs(w.bristolRep.id, `/actions/export.csv?convening=${draftId}`),
      ),
    ).toBe(404);
    const everything = (await exportLoader({
      request: await requestAs(w.bristolRep.id, "/actions/export.csv"),
      params: {},
      context: {},
    })) as Response;
    const csv = await everything.text();
    expect(csv).toContain("Book the venue");
    expect(csv).not.toContain("Secret draft exchange");
    const managerCsv = await (
      (await exportLoader({
        request: await requestAs(w.manager.id, "/actions/export.csv"),
        params: {},
        context: {},
      })) as Response
    ).text();
    expect(managerCsv).toContain("Secret draft exchange");
  });

  it("never gives a rep a draft's title or its session's title on the city plan, the action page or the CSV", async () => {
    const w = await world();
    const draft = await createSecretDraft();
    const draftSession = await AgendaSession.create({
      conveningId: draft._id,
      title: "Secret site visit",
      kind: "site-visit",
      startsAt: new Date("2027-06-14T10:00:00Z"),
      endsAt: new Date("2027-06-14T12:00:00Z"),
      timeZone: "Europe/London",
    });
    const actionId = await createFollowUpAction(
      w.newAction({ conveningId: String(draft._id), sessionId: String(draftSession._id), title: "Book the venue" }),
    );
    const rowOf = (plan: { groups: Array<{ actions: Array<{ title: string; conveningTitle: string | null }> }> }) =>
      plan.groups.flatMap((group) => group.actions).find((row) => row.title === "Book the venue");
    type Plan = { plan: Parameters<typeof rowOf>[0] };
    const planAs = async (personId: string) =>
      (await body<Plan>(planLoader as Handler, await requestAs(personId, "/cities/bristol/plan"), { slug: "bristol" }))
        .data.plan;
    // The plan lists the action without naming its convening or session, to anyone.
    const rowForRep = rowOf(await planAs(w.bristolRep.id));
    expect(rowForRep).toMatchObject({ title: "Book the venue", conveningTitle: null });
    expect(JSON.stringify(await planAs(w.bristolRep.id))).not.toMatch(/Secret/);

    type Detail = { convening: { title: string } | null; sessionTitle: string | null };
    const detailAs = async (personId: string) =>
      (
        await body<Detail>(detailLoader as Handler, await requestAs(personId, `/actions/${actionId}`), {
          actionId,
        })
      ).data;
    expect(await detailAs(w.bristolRep.id)).toMatchObject({ convening: null, sessionTitle: null });
    expect(await detailAs(w.manager.id)).toMatchObject({
      convening: { title: "Secret draft exchange" },
      sessionTitle: "Secret site visit",
    });

    const csvAs = async (personId: string) =>
      (
        (await exportLoader({
          request: await requestAs(personId, "/actions/export.csv?city=bristol"),
          params: {},
          context: {},
        })) as Response
      ).text();
    const columns = (csv: string) => {
      const header = csv.split("\r\n")[0].split(",");
      const row = csv
        .split("\r\n")
        .find((line) => line.startsWith("Book the venue,"))!
        .split(",");
      return [row[header.indexOf("Convening")], row[header.indexOf("Session")]];
    };
    expect(columns(await csvAs(w.bristolRep.id))).toEqual(["", ""]);
    expect(columns(await csvAs(w.manager.id))).toEqual(["Secret draft exchange", "Secret site visit"]);
  });

  it("applies the matrix (manager, owning city's rep, other city's rep, participant, anonymous) to every loader and action", async () => {
    const w = await world();
    const who = {
      manager: w.manager.id,
      bristolRep: w.bristolRep.id,
      cardiffRep: w.cardiffRep.id,
      participant: w.participant.id,
      anonymous: null,
    };
    const get = (url: string) => async (personId: string | null) => requestAs(personId, url);
    const post = (url: string, fields: () => Record<string, string | string[]>) => async (personId: string | null) =>
      formRequest(personId, url, fields());
    const cases: Array<{
      name: string;
      handler: Handler;
      params: Record<string, string>;
      request: (personId: string | null) => Promise<Request>;
      expected: Record<keyof typeof who, number>;
    }> = [
      {
        name: "fast entry page",
        handler: entryLoader as Handler,
        params: { conveningId: w.conveningId },
        request: get(`/convenings/${w.conveningId}/actions/new`),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 200, participant: 403, anonymous: 302 },
      },
      {
        name: "fast entry save for Bristol",
        handler: entryAction as Handler,
        params: { conveningId: w.conveningId },
        request: post(`/convenings/${w.conveningId}/actions/new`, () => entryFields(w)),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 403, participant: 403, anonymous: 302 },
      },
      {
        name: "outcomes",
        handler: outcomesLoader as Handler,
        params: { conveningId: w.conveningId },
        request: get(`/convenings/${w.conveningId}/outcomes`),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 200, participant: 403, anonymous: 302 },
      },
      {
        name: "Bristol plan",
        handler: planLoader as Handler,
        params: { slug: "bristol" },
        request: get("/cities/bristol/plan"),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 200, participant: 403, anonymous: 302 },
      },
      {
        name: "add to Bristol plan",
        handler: planAction as Handler,
        params: { slug: "bristol" },
        request: post("/cities/bristol/plan", () => ({ title: "Map ESOL provision", ownerCityId: w.bristol })),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 403, participant: 403, anonymous: 302 },
      },
      {
        name: "action page",
        handler: detailLoader as Handler,
        params: { actionId: w.bristolAction },
        request: get(`/actions/${w.bristolAction}`),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 200, participant: 403, anonymous: 302 },
      },
      {
        name: "progress update",
        handler: detailAction as Handler,
        params: { actionId: w.bristolAction },
        request: post(`/actions/${w.bristolAction}`, () => ({
          intent: "progress",
          status: "in-progress",
          text: "Drafting",
          evidenceUrl: "",
        })),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 403, participant: 403, anonymous: 302 },
      },
      {
        name: "edit details",
        handler: detailAction as Handler,
        params: { actionId: w.bristolAction },
        request: post(`/actions/${w.bristolAction}`, () => ({
          intent: "edit",
          title: "Publish the welcome strategy",
          ownerCityId: w.bristol,
          dueOn: "2026-07-31",
          priority: "medium",
          themes: "T1",
        })),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 403, participant: 403, anonymous: 302 },
      },
      {
        name: "CSV export",
        handler: exportLoader as Handler,
        params: {},
        request: get("/actions/export.csv?city=bristol"),
        expected: { manager: 200, bristolRep: 200, cardiffRep: 200, participant: 403, anonymous: 302 },
      },
      {
        name: "dashboard",
        handler: dashboardLoader as Handler,
        params: {},
        request: get("/dashboard"),
        expected: { manager: 200, bristolRep: 403, cardiffRep: 403, participant: 403, anonymous: 302 },
      },
    ];
    const actual: Record<string, Record<string, number>> = {};
    const expected: Record<string, Record<string, number>> = {};
    for (const testCase of cases) {
      actual[testCase.name] = {};
      expected[testCase.name] = testCase.expected;
      for (const [role, personId] of Object.entries(who)) {
        actual[testCase.name][role] = await statusOf(
          testCase.handler,
          await testCase.request(personId),
          testCase.params,
        );
      }
    }
    expect(actual).toEqual(expected);
  });

  it("keeps progress updates append-only for reps while a manager may remove a note, never a status change", async () => {
    const w = await world();
    await recordProgress(w.bristolAction, {
      authorId: w.bristolRep.id,
      authorName: "Bea Bristol",
      text: "Typo",
      evidenceUrl: "",
      status: "open",
    });
    await recordProgress(w.bristolAction, {
      authorId: w.bristolRep.id,
      authorName: "Bea Bristol",
      text: "",
      evidenceUrl: "",
      status: "in-progress",
    });
    const [, note, statusChange] = (await getFollowUpAction(w.bristolAction))!.updates;
    const remove = (personId: string, updateId: string) =>
      formRequest(personId, `/actions/${w.bristolAction}`, { intent: "remove-update", updateId });
    const params = { actionId: w.bristolAction };
    const repAttempt = await thrownText(detailAction as Handler, await remove(w.bristolRep.id, note.id), params);
    expect(repAttempt).toEqual({
      status: 403,
      text: "Progress updates cannot be removed; add a new update to correct one.",
    });
    expect(
      (await thrownText(detailAction as Handler, await remove(w.manager.id, statusChange.id), params)).status,
    ).toBe(403);
    expect(await statusOf(detailAction as Handler, await remove(w.manager.id, note.id), params)).toBe(200);
    expect((await getFollowUpAction(w.bristolAction))!.updates.map((update) => update.statusTo)).toEqual([
      "open",
      "in-progress",
    ]);
  });

  it("answers malformed and unknown ids with 404", async () => {
    const w = await world();
    for (const id of ["not-an-id", "64b000000000000000000000"]) {
      expect(
        await statusOf(detailLoader as Handler, await requestAs(w.manager.id, `/actions/${id}`), { actionId: id }),
      ).toBe(404);
      expect(
        await statusOf(entryLoader as Handler, await requestAs(w.manager.id, `/convenings/${id}/actions/new`), {
          conveningId: id,
        }),
      ).toBe(404);
      expect(
        await statusOf(outcomesLoader as Handler, await requestAs(w.manager.id, `/convenings/${id}/outcomes`), {
          conveningId: id,
        }),
      ).toBe(404);
      expect(
        await statusOf(exportLoader as Handler, await requestAs(w.manager.id, `/actions/export.csv?convening=${id}`)),
      ).toBe(404);
    }
    expect(
      await statusOf(planLoader as Handler, await requestAs(w.manager.id, "/cities/atlantis/plan"), {
        slug: "atlantis",
      }),
    ).toBe(404);
  });
});

describe("fast entry during a convening", () => {
  it("saves an action from a session, keeps the session and city for the next one, and lists it", async () => {
    const w = await world();
    const params = { conveningId: w.conveningId };
    const saved = await body<{ saved: { id: string; warning: string | null }; values: Record<string, string> }>(
      entryAction as Handler,
      await formRequest(w.manager.id, `/convenings/${w.conveningId}/actions/new`, entryFields(w)),
      params,
    );
    expect(saved.status).toBe(200);
    expect(saved.data.values).toEqual({ sessionId: w.sessionId, ownerCityId: w.bristol });
    expect(saved.data.saved.warning).toBeNull();
    const action = (await getFollowUpAction(saved.data.saved.id))!;
    expect(action).toMatchObject({
      conveningId: w.conveningId,
      sessionId: w.sessionId,
      ownerPersonId: w.bristolOfficer,
      priority: "high",
      themes: ["T2", "T3"],
      dueOn: "2026-05-15",
      status: "open",
    });
    expect(action.updates[0]).toMatchObject({ authorName: "Mo Manager", statusTo: "open" });
    const page = await body<{ recorded: Array<{ title: string; sessionTitle: string; ownerName: string }> }>(
      entryLoader as Handler,
      await requestAs(w.manager.id, `/convenings/${w.conveningId}/actions/new`),
      params,
    );
    expect(page.data.recorded[0]).toMatchObject({
      title: "Convene the employers' roundtable",
      sessionTitle: "Action plan progress: round the table",
      ownerName: "Bristol Officer",
    });
  });

  it("refuses an empty title and an unknown owner with messages by the fields, keeping the other input", async () => {
    const w = await world();
    const params = { conveningId: w.conveningId };
    const url = `/convenings/${w.conveningId}/actions/new`;
    const empty = await body<{ errors: Record<string, string>; values: Record<string, string> }>(
      entryAction as Handler,
      await formRequest(w.manager.id, url, entryFields(w, { title: "  " })),
      params,
    );
    expect(empty.status).toBe(400);
    expect(empty.data.errors).toEqual({ title: "Enter what needs to be done" });
    expect(empty.data.values).toMatchObject({
      dueOn: "2026-05-15",
      priority: "high",
      themes: ["T2", "T3"],
      ownerPersonId: w.bristolOfficer,
    });
    const ghost = await body<{ errors: Record<string, string> }>(
      entryAction as Handler,
      await formRequest(w.manager.id, url, entryFields(w, { ownerPersonId: "64b000000000000000000000" })),
      params,
    );
    expect(ghost.data.errors).toEqual({
      ownerPersonId: "That person is not in the programme: choose an owner from the list",
    });
    const badDate = await body<{ errors: Record<string, string> }>(
      entryAction as Handler,
      await formRequest(w.manager.id, url, entryFields(w, { dueOn: "2026-02-30" })),
      params,
    );
    expect(badDate.data.errors).toEqual({ dueOn: "Enter a real date, for example 2027-04-30" });
    const crafted = await entryAction({
      request: await formRequest(w.manager.id, url, entryFields(w, { title: "Two\r\nlines   and\ttabs" })),
      params,
      context: {},
    });
    expect((crafted as Response).status).toBe(200);
    expect((await FollowUpAction.findOne({ title: /^Two/ }).lean())!.title).toBe("Two lines and tabs");
    for (const typo of ["9999-12-31", "0207-04-30"]) {
      const implausible = await body<{ errors: Record<string, string> }>(
        entryAction as Handler,
        await formRequest(w.manager.id, url, entryFields(w, { dueOn: typo })),
        params,
      );
      expect(implausible.data.errors.dueOn).toMatch(/^Enter a due date between 2010 and \d{4}$/);
    }
  });

  it("saves a due date before the convening with a warning", async () => {
    const w = await world();
    const saved = await body<{ saved: { warning: string } }>(
      entryAction as Handler,
      await formRequest(
        w.manager.id,
        `/convenings/${w.conveningId}/actions/new`,
        entryFields(w, { dueOn: "2026-03-01" }),
      ),
      { conveningId: w.conveningId },
    );
    expect(saved.status).toBe(200);
    expect(saved.data.saved.warning).toBe(
      "The due date 1 Mar 2026 is before the convening that raised it (25 Mar 2026). Saved anyway: check it is right.",
    );
  });

  it("refuses a rep assigning an action to another city with 403 and the reason, and an owner from another city with a field error", async () => {
    const w = await world();
    const url = `/convenings/${w.conveningId}/actions/new`;
    const params = { conveningId: w.conveningId };
    const refused = await thrownText(
      entryAction as Handler,
      await formRequest(w.bristolRep.id, url, entryFields(w, { ownerCityId: w.cardiff, ownerPersonId: "" })),
      params,
    );
    expect(refused).toEqual({
      status: 403,
      text: "You can only create or move actions within your own city's plan: ask the programme team to assign another city.",
    });
    const wrongOwner = await body<{ errors: Record<string, string> }>(
      entryAction as Handler,
      await formRequest(w.bristolRep.id, url, entryFields(w, { ownerPersonId: w.cardiffOfficer })),
      params,
    );
    expect(wrongOwner.data.errors).toEqual({ ownerPersonId: "The owner must be someone from Bristol" });
  });

  it("refuses a session from another convening", async () => {
    const w = await world();
    const other = await AgendaSession.create({
      conveningId: "64b000000000000000000001",
      title: "Elsewhere",
      kind: "plenary",
      startsAt: new Date(),
      endsAt: new Date(),
      timeZone: "Europe/London",
    });
    const result = await body<{ errors: Record<string, string> }>(
      entryAction as Handler,
      await formRequest(
        w.manager.id,
        `/convenings/${w.conveningId}/actions/new`,
        entryFields(w, { sessionId: String(other._id) }),
      ),
      { conveningId: w.conveningId },
    );
    expect(result.data.errors).toEqual({ sessionId: "Choose a session of this convening" });
  });
});

describe("progress and status on the action page", () => {
  it("records a rep's status change with evidence in the timeline and bumps the feed sequence", async () => {
    const w = await world();
    const params = { actionId: w.bristolAction };
    const done = await body<{ message: string }>(
      detailAction as Handler,
      await formRequest(w.bristolRep.id, `/actions/${w.bristolAction}`, {
        intent: "progress",
        status: "done",
        text: "Published on the council site",
        evidenceUrl: "https://bristol.example/strategy",
      }),
      params,
    );
    expect(done.data.message).toBe("Status changed and recorded in the timeline.");
    const action = (await getFollowUpAction(w.bristolAction))!;
    expect(action.status).toBe("done");
    expect(action.sequence).toBe(1);
    expect(action.updates.at(-1)).toMatchObject({
      authorName: "Bea Bristol",
      statusFrom: "open",
      statusTo: "done",
      text: "Published on the council site",
      evidenceUrl: "https://bristol.example/strategy",
    });
    const page = await body<{ updates: Array<{ statusTo: string | null }>; canChange: boolean }>(
      detailLoader as Handler,
      await requestAs(w.cardiffRep.id, `/actions/${w.bristolAction}`),
      params,
    );
    expect(page.data.canChange).toBe(false);
    expect(page.data.updates.map((update) => update.statusTo)).toEqual(["done", "open"]);
  });

  it("refuses an evidence link that is not a web address, and an empty update", async () => {
    const w = await world();
    const params = { actionId: w.bristolAction };
    const bad = await body<{ errors: Record<string, string>; values: Record<string, string> }>(
      detailAction as Handler,
      await formRequest(w.bristolRep.id, `/actions/${w.bristolAction}`, {
        intent: "progress",
        status: "open",
        text: "See minutes",
        evidenceUrl: "minutes.docx",
      }),
      params,
    );
    expect(bad.status).toBe(400);
    expect(bad.data.errors).toEqual({ evidenceUrl: "Enter a full link starting with https://" });
    expect(bad.data.values.text).toBe("See minutes");
    const empty = await body<{ errors: Record<string, string> }>(
      detailAction as Handler,
      await formRequest(w.bristolRep.id, `/actions/${w.bristolAction}`, {
        intent: "progress",
        status: "open",
        text: "",
        evidenceUrl: "",
      }),
      params,
    );
    expect(empty.data.errors).toEqual({ text: "Write what happened, add an evidence link, or change the status" });
  });

  it("notes an edit in the timeline and bumps the sequence when the due date changes; a rep cannot move it to another city", async () => {
    const w = await world();
    const params = { actionId: w.bristolAction };
    const fields = {
      intent: "edit",
      title: "Publish the welcome strategy",
      ownerCityId: w.bristol,
      dueOn: "2026-07-31",
      priority: "medium",
      themes: "T1",
    };
    await body(detailAction as Handler, await formRequest(w.manager.id, `/actions/${w.bristolAction}`, fields), params);
    const action = (await getFollowUpAction(w.bristolAction))!;
    expect(action.dueOn).toBe("2026-07-31");
    expect(action.sequence).toBe(1);
    expect(action.updates.at(-1)?.text).toBe("Changed the due date from 30 Jun 2026 to 31 Jul 2026.");
    const moved = await thrownText(
      detailAction as Handler,
      await formRequest(w.bristolRep.id, `/actions/${w.bristolAction}`, { ...fields, ownerCityId: w.cardiff }),
      params,
    );
    expect(moved.status).toBe(403);
  });
});

describe("plans, outcomes, export and dashboard", () => {
  it("shows a city's plan by theme with progress and what changed since the last convening", async () => {
    const w = await world();
    const late = await createFollowUpAction(
      w.newAction({ title: "Open the welcome hub", dueOn: "2026-01-10", themes: ["T3", "T4"] }),
    );
    await recordProgress(late, {
      authorId: w.bristolRep.id,
      authorName: "Bea",
      text: "Lease signed",
      evidenceUrl: "",
      status: "done",
    });
    await createFollowUpAction(w.newAction({ title: "Untagged", themes: [], dueOn: null }));
    await createFollowUpAction(w.newAction({ title: "Cardiff's own", ownerCityId: w.cardiff }));
    const { data } = await body<{
      plan: {
        figures: { total: number; done: number };
        groups: Array<{ code: string | null; actions: Array<{ title: string }> }>;
        changes: { created: number; statusChanges: Array<{ title: string; to: string }>; progressUpdates: number };
      };
    }>(planLoader as Handler, await requestAs(w.bristolRep.id, "/cities/bristol/plan"), { slug: "bristol" });
    const { plan } = data;
    expect(plan.figures).toMatchObject({ total: 3, done: 1 });
    expect(plan.groups.map((group) => [group.code, group.actions.map((action) => action.title)])).toEqual([
      ["T1", ["Publish the welcome strategy"]],
      ["T3", ["Open the welcome hub"]],
      ["T4", ["Open the welcome hub"]],
      [null, ["Untagged"]],
    ]);
    expect(plan.changes.created).toBe(3);
    expect(plan.changes.statusChanges).toMatchObject([{ title: "Open the welcome hub", to: "done" }]);
    expect(plan.changes.progressUpdates).toBe(1);
  });

  it("counts a plan's changes from the last convening that ended, not one still under way", async () => {
    const w = await world();
    const day = 24 * 60 * 60 * 1000;
    await Convening.create({
      kind: "learning-exchange",
      title: "US learning exchange",
      phase: 2,
      format: "in-person",
      timeZone: "America/New_York",
      startsAt: new Date(Date.now() - 2 * day),
      endsAt: new Date(Date.now() + 2 * day),
      status: "published",
      shareToken: `token-${Math.random()}`,
    });
    const { data } = await body<{ plan: { lastConvening: { title: string } | null } }>(
      planLoader as Handler,
      await requestAs(w.bristolRep.id, "/cities/bristol/plan"),
      { slug: "bristol" },
    );
    expect(data.plan.lastConvening?.title).toBe("City Working Group meeting: Sheffield");
  });

  it("lists a convening's outcomes by city and status", async () => {
    const w = await world();
    await createFollowUpAction(w.newAction({ title: "Cardiff's own", ownerCityId: w.cardiff }));
    const { data } = await body<{
      cityGroups: Array<{ city: { name: string }; byStatus: Array<{ status: string; actions: unknown[] }> }>;
    }>(outcomesLoader as Handler, await requestAs(w.cardiffRep.id, `/convenings/${w.conveningId}/outcomes`), {
      conveningId: w.conveningId,
    });
    expect(
      data.cityGroups.map((group) => [
        group.city.name,
        group.byStatus.map((status) => `${status.status}:${status.actions.length}`),
      ]),
    ).toEqual([
      ["Bristol", ["open:1"]],
      ["Cardiff", ["open:1"]],
    ]);
  });

  it("exports a city's actions as CSV with names, and neutralises spreadsheet formulas", async () => {
    const w = await world();
    await createFollowUpAction(w.newAction({ title: '=HYPERLINK("http://evil")', ownerPersonId: w.bristolOfficer }));
    await createFollowUpAction(w.newAction({ title: "Cardiff's own", ownerCityId: w.cardiff }));
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    const update = { authorId: w.bristolRep.id, authorName: "Bea" };
    await recordProgress(w.bristolAction, {
      ...update,
      text: "Draft shared",
      evidenceUrl: "",
      status: "in-progress",
      at: at("2026-05-01"),
    });
    await recordProgress(w.bristolAction, {
      ...update,
      text: "Approved by cabinet",
      evidenceUrl: "https://bristol.gov.uk/welcome-strategy.pdf",
      status: "done",
      at: at("2026-06-02"),
    });
    await recordProgress(w.bristolAction, {
      ...update,
      text: "",
      evidenceUrl: "https://bristol.gov.uk/minutes.pdf",
      status: "done",
      at: at("2026-06-03"),
    });
    const response = (await exportLoader({
      request: await requestAs(w.manager.id, "/actions/export.csv?city=bristol"),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="bristol-action-plan.csv"');
    const csv = (await response.text()).trim();
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "Action,City,Owner,Status,Priority,Due,Overdue,Themes,Principles,Convening,Session,Resources needed,Description,Raised,Last update,Progress updates,Evidence links,Link",
    );
    expect(lines).toHaveLength(3);
    expect(csv).toContain(
      `"${new Date().toISOString().slice(0, 10)} Mo Manager (Open)\n` +
        '2026-05-01 Bea (Open → In progress): Draft shared\n2026-06-02 Bea (In progress → Done): Approved by cabinet\n2026-06-03 Bea",' +
        '"https://bristol.gov.uk/welcome-strategy.pdf\nhttps://bristol.gov.uk/minutes.pdf",',
    );
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://evil"")",Bristol,Bristol Officer,open`))).toBe(
      true,
    );
    expect(lines.join()).not.toContain("Cardiff's own");
    const all = await (
      (await exportLoader({
        request: await requestAs(w.manager.id, "/actions/export.csv"),
        params: {},
        context: {},
      })) as Response
    ).text();
    expect(all.trim().split("\r\n")).toHaveLength(4);
  });

  it("counts overdue, due-soon and quiet cities on the dashboard", async () => {
    const w = await world();
    const today = new Date().toISOString().slice(0, 10);
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await createFollowUpAction(w.newAction({ title: "Due soon", dueOn: inThreeDays }));
    await createFollowUpAction(w.newAction({ title: "Done already", dueOn: "2026-01-01" })).then((id) =>
      recordProgress(id, { authorId: w.manager.id, authorName: "M", text: "", evidenceUrl: "", status: "done" }),
    );
    const { data } = await body<{
      totals: Record<string, number>;
      overdue: Array<{ title: string }>;
      dueSoon: Array<{ title: string }>;
      quietCities: Array<{ name: string }>;
      themeRows: Array<{ code: string | null; counts: Record<string, number> }>;
    }>(dashboardLoader as Handler, await requestAs(w.manager.id, "/dashboard"));
    expect(data.totals).toMatchObject({ all: 3, open: 2, done: 1, overdue: 1, dueSoon: 1 });
    expect(data.overdue.map((row) => row.title)).toEqual(["Publish the welcome strategy"]);
    expect(data.dueSoon.map((row) => row.title)).toEqual(["Due soon"]);
    expect(data.quietCities.map((city) => city.name)).toEqual(["Cardiff"]);
    expect(data.themeRows.find((row) => row.code === "T1")?.counts).toMatchObject({ open: 2, done: 1 });
    expect(today < inThreeDays).toBe(true);
  });
});

describe("the dashboard filtered by city, phase and convening", () => {
  type Dashboard = {
    totals: Record<string, number>;
    overdue: Array<{ title: string }>;
    cityRows: Array<{ name: string; total: number }>;
    filter: { description: string; errors: Record<string, string>; values: Record<string, string> };
  };
  async function filteredWorld() {
    const w = await world();
    await upsertPhase({ number: 1, name: "Phase one", startsOn: "2017-01-01", endsOn: "2019-05-31", description: "" });
    await upsertPhase({ number: 2, name: "Phase two", startsOn: "2019-06-01", endsOn: null, description: "" });
    const glasgow = await Convening.create({
      kind: "working-group-meeting",
      title: "City Working Group meeting: Glasgow",
      phase: 1,
      format: "in-person",
      timeZone: "Europe/London",
      startsAt: new Date("2018-10-10T09:00:00Z"),
      endsAt: new Date("2018-10-11T16:00:00Z"),
      status: "completed",
      shareToken: `token-${Math.random()}`,
    });
    const glasgowId = String(glasgow._id);
    await createFollowUpAction(w.newAction({ title: "Map the hubs", conveningId: glasgowId, sessionId: null }));
    await createFollowUpAction(
      w.newAction({ title: "Cardiff at Glasgow", ownerCityId: w.cardiff, conveningId: glasgowId, sessionId: null }),
    );
    await createFollowUpAction(w.newAction({ title: "Cardiff at Sheffield", ownerCityId: w.cardiff }));
    const dashboard = async (query: string) =>
      (await body<Dashboard>(dashboardLoader as Handler, await requestAs(w.manager.id, `/dashboard${query}`))).data;
    return { ...w, glasgowId, dashboard };
  }

  it("counts only the actions of the city, phase or convening chosen, and says which", async () => {
    const w = await filteredWorld();
    expect((await w.dashboard("")).totals.all).toBe(4);
    const cardiff = await w.dashboard("?city=cardiff");
    expect([cardiff.totals.all, cardiff.cityRows.map((row) => [row.name, row.total])]).toEqual([2, [["Cardiff", 2]]]);
    const phaseOne = await w.dashboard("?phase=1");
    expect([phaseOne.totals.all, phaseOne.filter.description]).toEqual([2, "Phase one"]);
    const both = await w.dashboard(`?city=cardiff&convening=${w.conveningId}`);
    expect([both.totals.all, both.filter.description]).toEqual([1, "Cardiff · City Working Group meeting: Sheffield"]);
    expect((await w.dashboard(`?phase=1&convening=${w.conveningId}`)).totals.all).toBe(0);
  });

  it("says at the field when a filter names nothing, and counts as if it were not there", async () => {
    const w = await filteredWorld();
    const data = await w.dashboard("?city=atlantis&phase=9&convening=not-an-id");
    expect(data.filter.errors).toEqual({
      city: "There is no such city: choose one from the list.",
      phase: "There is no such phase: choose one from the list.",
      convening: "There is no such published convening: choose one from the list.",
    });
    expect(data.totals.all).toBe(4);
  });

  it("exports the same actions as CSV for a phase, and 404s for a phase that does not exist", async () => {
    const w = await filteredWorld();
    const csv = async (query: string) =>
      (await exportLoader({
        request: await requestAs(w.manager.id, `/actions/export.csv${query}`),
        params: {},
        context: {},
      })) as Response;
    const phaseOne = await csv("?phase=1&city=cardiff");
    expect(phaseOne.headers.get("Content-Disposition")).toBe('attachment; filename="cardiff-action-plan-phase-1.csv"');
    const rows = (await phaseOne.text()).trim().split("\r\n").slice(1);
    expect(rows.map((row) => row.split(",")[0])).toEqual(["Cardiff at Glasgow"]);
    const missing = await thrownResponse(csv("?phase=9"));
    expect(missing.status).toBe(404);
  });
});

describe("a new-action form sent twice (a retry after a lost answer)", () => {
  it("saves one action from fast entry, and answers the retry with the action saved the first time", async () => {
    const w = await world();
    const params = { conveningId: w.conveningId };
    const url = `/convenings/${w.conveningId}/actions/new`;
    const page = await body<{ submissionId: string }>(
      entryLoader as Handler,
      await requestAs(w.manager.id, url),
      params,
    );
    expect(page.data.submissionId).toMatch(/^[0-9a-f]{24}$/);
    const fields = { ...entryFields(w), submissionId: page.data.submissionId };
    const [first, second] = await Promise.all([
      body<{ saved: { id: string; title: string } }>(
        entryAction as Handler,
        await formRequest(w.manager.id, url, fields),
        params,
      ),
      body<{ saved: { id: string; title: string } }>(
        entryAction as Handler,
        await formRequest(w.manager.id, url, fields),
        params,
      ),
    ]);
    const third = await body<{ saved: { id: string; title: string } }>(
      entryAction as Handler,
      await formRequest(w.manager.id, url, fields),
      params,
    );
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    expect([first.data.saved.id, second.data.saved.id, third.data.saved.id]).toEqual([
      page.data.submissionId,
      page.data.submissionId,
      page.data.submissionId,
    ]);
    expect(await FollowUpAction.countDocuments({ title: "Convene the employers' roundtable" })).toBe(1);
    // The next form is a new one.
    const next = await body<{ submissionId: string }>(
      entryLoader as Handler,
      await requestAs(w.manager.id, url),
      params,
    );
    expect(next.data.submissionId).not.toBe(page.data.submissionId);
  });

  it("adds one action from a city plan sent twice", async () => {
    const w = await world();
    const params = { slug: "bristol" };
    const page = await body<{ submissionId: string }>(
      planLoader as Handler,
      await requestAs(w.bristolRep.id, "/cities/bristol/plan"),
      params,
    );
    const fields = { title: "Map the welcome services", priority: "medium", submissionId: page.data.submissionId };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await body<{ saved: { id: string } }>(
        planAction as Handler,
        await formRequest(w.bristolRep.id, "/cities/bristol/plan", fields),
        params,
      );
      expect(answer.status).toBe(200);
      expect(answer.data.saved.id).toBe(page.data.submissionId);
    }
    expect(await FollowUpAction.countDocuments({ ownerCityId: w.bristol, title: "Map the welcome services" })).toBe(1);
  });

  it("refuses a form whose id is another person's action, and changes nothing", async () => {
    const w = await world();
    const url = "/cities/bristol/plan";
    const page = await body<{ submissionId: string }>(planLoader as Handler, await requestAs(w.bristolRep.id, url), {
      slug: "bristol",
    });
    const fields = { title: "Map the welcome services", priority: "medium", submissionId: page.data.submissionId };
    await body(planAction as Handler, await formRequest(w.bristolRep.id, url, fields), { slug: "bristol" });
    const other = await body<{ errors: Record<string, string>; saved: null }>(
      planAction as Handler,
      await formRequest(w.manager.id, url, { ...fields, title: "Something else" }),
      { slug: "bristol" },
    );
    expect(other.status).toBe(400);
    expect(other.data.errors).toEqual({ form: "This form is out of date: reload the page and enter the action again" });
    expect(await FollowUpAction.countDocuments({ title: "Map the welcome services" })).toBe(1);
    expect(await FollowUpAction.countDocuments({ title: "Something else" })).toBe(0);
  });
});
