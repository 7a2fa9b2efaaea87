// Deleting a draft: asked first (decision 029), managers only, drafts only; it removes the draft
// and everything keyed by it, answers 404 everywhere after, and finishes a deletion cut off.
import { afterEach, describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import * as conveningModule from "../../app/routes/convenings.$conveningId._index";
import { action as publishAction } from "../../app/routes/convenings.$conveningId.publish";
import { action as deleteAction, loader as deleteLoader } from "../../app/routes/convenings.$conveningId.delete";
import { loader as listLoader } from "../../app/routes/convenings._index";
import { AgendaSession } from "../../models/agenda-session.server";
import {
  deleteDraftConvening,
  finishInterruptedDeletions,
  KEYED_BY_CONVENING_ID,
  modelsWithConveningId,
} from "../../models/convening-deletion.server";
import { Convening, getConvening } from "../../models/convening.server";
import { recordVisit } from "../../models/convening-visit.server";
import { dismissItem, readDismissals } from "../../models/attention-dismissal.server";
import { readPersonRegistrations } from "../../models/person-registrations.server";
import { readRoster } from "../../models/convening-roster.server";
import { createAccount } from "../factories/people";
import { postForm } from "../factories/convenings";
import { createConvening } from "../factories/registration";
import { pdfBytes } from "../factories/documents";
import { toastAfter } from "../factories/toast";
import { addSession, createDraft } from "../helpers/convenings";
import { register, setUpRegistration } from "../helpers/registration";
import { storedFileCounts, uploadResource } from "../helpers/resources";
import { body, load } from "../helpers/routes";
import { withTestDatabase } from "../setup/database";
import { fetchFeed } from "./calendar-helpers";

withTestDatabase();
afterEach(() => clearFeedCache());

const deleteDraft = (personId: string, conveningId: string, fields: Record<string, string> = {}) =>
  postForm(deleteAction, personId, `/convenings/${conveningId}/delete`, { conveningId }, fields);

const openPage = (personId: string, conveningId: string) =>
  load(conveningModule.loader, personId, `/convenings/${conveningId}`, { conveningId });

/** Every document anywhere that names the convening, by model name (empty once it is deleted). */
async function documentsNaming(conveningId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of modelsWithConveningId()) counts[model.modelName] = await model.countDocuments({ conveningId });
  for (const model of KEYED_BY_CONVENING_ID) counts[model.modelName] = await model.countDocuments({ _id: conveningId });
  counts.Convening = await Convening.countDocuments({ _id: conveningId });
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}

/** A draft with a session, an uploaded file, a visit, a set-aside queue item and a registration. */
async function fullDraft() {
  const { manager, rep, conveningId } = await setUpRegistration();
  await register(rep.id, conveningId, { personId: rep.id });
  await Convening.updateOne({ _id: conveningId }, { $set: { status: "draft" } }); // registered before it was a draft: older data
  expect(await addSession(manager.id, conveningId)).toHaveStatus(302);
  const file = { filename: "pre-reading.pdf", bytes: pdfBytes("Pre-reading", 2_000) };
  expect(await uploadResource(manager.id, conveningId, file, { title: "Pre-reading" })).toHaveStatus(302);
  await recordVisit(manager.id, conveningId);
  await dismissItem(manager.id, `pending:${conveningId}`, { count: 1, until: null });
  return { manager, rep, conveningId };
}

describe("deleting a draft", () => {
  it("asks first: without confirmed=yes nothing changes and the answer says what would happen", async () => {
    const manager = await createAccount({ role: "manager" });
    const conveningId = await createDraft(manager.id, { title: "Spring planning day" });
    const asked = await deleteDraft(manager.id, conveningId, { confirmed: "no" });
    expect(asked).toHaveStatus(200);
    expect((await body(asked)).confirmation).toMatchObject({
      title: "Delete the draft “Spring planning day”?",
      yesLabel: "Yes, delete the draft",
      noLabel: "No, keep it",
      fields: {},
    });
    expect(await getConvening(conveningId)).not.toBeNull();
    const page = await body(await load(deleteLoader, manager.id, `/convenings/${conveningId}/delete`, { conveningId }));
    expect(page.confirmation.title).toBe("Delete the draft “Spring planning day”?");
  });

  it("removes the draft and everything keyed by it, then answers 404 on its page, feeds and lists", async () => {
    const { manager, rep, conveningId } = await fullDraft();
    const before = await documentsNaming(conveningId);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        "Convening",
        "Registration",
        "PlaceSeat",
        "ConveningRoster",
        "AgendaSession",
        "ConveningVisit",
        "ConveningResources",
      ]),
    );
    expect((await storedFileCounts()).files).toBe(1);

    const done = await deleteDraft(manager.id, conveningId, { confirmed: "yes" });
    expect(done).toHaveStatus(302);
    expect(done.headers.get("Location")).toBe("/convenings");
    expect(await toastAfter(done)).toBe("The draft “City Working Group meeting” was deleted.");

    expect(await documentsNaming(conveningId)).toEqual({});
    expect(await storedFileCounts()).toEqual({ files: 0, chunks: 0 });
    expect((await readRoster(conveningId)).entries).toEqual([]);
    expect(await readPersonRegistrations(rep.id)).toEqual([]);
    expect([...(await readDismissals(manager.id)).keys()]).toEqual([]);

    expect(await openPage(manager.id, conveningId)).toHaveStatus(404);
    expect(await fetchFeed.convening(conveningId)).toHaveStatus(404);
    expect(await fetchFeed.conveningEvent(conveningId)).toHaveStatus(404);
    const list = JSON.stringify(await body(await load(listLoader, manager.id, "/convenings", {})));
    expect(list).not.toContain(conveningId);
    const programme = await fetchFeed.programme();
    expect(await programme.text()).not.toContain(conveningId);
    expect(await deleteDraft(manager.id, conveningId, { confirmed: "yes" })).toHaveStatus(404);
  });

  it("refuses a published, cancelled or completed convening with 409: cancel instead", async () => {
    const manager = await createAccount({ role: "manager" });
    for (const status of ["published", "cancelled", "completed"] as const) {
      const conveningId = await createConvening({ status });
      const refused = await deleteDraft(manager.id, conveningId, { confirmed: "yes" });
      expect(refused).toHaveStatus(409);
      expect(await refused.text()).toContain("cancel it instead");
      expect((await getConvening(conveningId))?.status).toBe(status);
    }
  });

  it("refuses a city representative with 403 and deletes nothing", async () => {
    const { rep, conveningId } = await fullDraft();
    expect(await deleteDraft(rep.id, conveningId, { confirmed: "yes" })).toHaveStatus(403);
    expect(await getConvening(conveningId)).not.toBeNull();
    expect(await AgendaSession.countDocuments({ conveningId })).toBe(1);
  });

  it("a deletion cut off after the mark cannot be published, and the repair pass finishes it", async () => {
    const { manager, conveningId } = await fullDraft();
    await Convening.updateOne({ _id: conveningId }, { $set: { deletingAt: new Date() } }); // the crash came after the mark
    await postForm(publishAction, manager.id, `/convenings/${conveningId}/publish`, { conveningId }, {});
    expect((await getConvening(conveningId))?.status).toBe("draft");
    const untouched = await createConvening({ status: "draft" });
    expect(await finishInterruptedDeletions()).toBe(1);
    expect(await getConvening(untouched)).not.toBeNull();
    expect(await documentsNaming(conveningId)).toEqual({});
    expect(await deleteDraftConvening(conveningId)).toEqual({ ok: false, reason: "missing" });
  });
});
