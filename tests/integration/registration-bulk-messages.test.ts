// "Write to selected": the attendee list hands the ticked people to the messages page, which
// previews how many it reaches and sends once per form token (decision 015); a city rep only
// ever writes to their own city's people, and ids of another convening are refused.
import { beforeEach, describe, expect, it } from "vitest";
import * as messagesModule from "../../app/routes/convenings.$conveningId.messages";
import { ConveningMessage } from "../../models/convening-message.server";
import { MailMessage } from "../../models/mail-message.server";
import { postForm } from "../factories/convenings";
import { createAccount } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { toastAfter } from "../factories/toast";
import { register, registrationIdOf, setUpRegistration } from "../helpers/registration";
import { body, load } from "../helpers/routes";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { withTestDatabase } from "../setup/database";

withTestDatabase();
beforeEach(() => clearSentEmails());

const { action: messagesAction, loader: messagesLoader } = messagesModule;

/** Three Bristol colleagues and a Cardiff officer registered. */
async function setUp() {
  const base = await setUpRegistration({ placesPerCity: 3 });
  const bristolPeople = await createColleagues(base.bristol, 3, "bristolian");
  const [cardiffOfficer] = await createColleagues(base.cardiff, 1, "cardiffian");
  for (const personId of bristolPeople) await register(base.rep.id, base.conveningId, { personId });
  await register(base.manager.id, base.conveningId, { personId: cardiffOfficer });
  const bristolIds = await Promise.all(bristolPeople.map((personId) => registrationIdOf(base.conveningId, personId)));
  const cardiffId = await registrationIdOf(base.conveningId, cardiffOfficer);
  clearSentEmails();
  return { ...base, bristolIds, cardiffId };
}

const pageUrl = (conveningId: string, ids: string[]) =>
  `/convenings/${conveningId}/messages?${ids.map((id) => `registrationId=${id}`).join("&")}`;

const openPage = (personId: string, conveningId: string, ids: string[]) =>
  load(messagesLoader, personId, pageUrl(conveningId, ids), { conveningId });

function post(personId: string, conveningId: string, fields: Record<string, string | string[]>) {
  return postForm(messagesAction, personId, `/convenings/${conveningId}/messages`, { conveningId }, fields);
}

const messageFields = (formToken: string, ids: string[]) => ({
  formToken,
  audience: "selected",
  cityId: "",
  registrationIds: ids,
  subject: "Your poster slot",
  body: "Please bring your poster by 09:00.",
});

describe("writing to the selected people", () => {
  it("opens the form for the ticked people, previews their count, and sends once per form", async () => {
    const { manager, conveningId, bristolIds, cardiffId } = await setUp();
    const chosen = [bristolIds[0], cardiffId];
    const page = await body(await openPage(manager.id, conveningId, chosen));
    expect(page.selection).toEqual({
      registrationIds: chosen,
      recipientCount: 2,
      names: ["Bristolian 01", "Cardiffian 01"],
    });

    const preview = await post(manager.id, conveningId, {
      ...messageFields(page.formToken, chosen),
      intent: "preview",
    });
    expect((await body(preview)).preview).toMatchObject({
      recipientCount: 2,
      audience: "People selected on the attendee list",
    });
    expect(sentEmails).toEqual([]);

    const fields = { ...messageFields(page.formToken, chosen), intent: "send" };
    const sent = await post(manager.id, conveningId, fields);
    expect(await toastAfter(sent)).toBe("Sent to 2 people: the emails are on their way.");
    const again = await post(manager.id, conveningId, fields);
    expect(await toastAfter(again)).toBe("This message was sent already (to 2 people), so nobody got it twice.");
    expect(await ConveningMessage.countDocuments()).toBe(1);
    expect(await MailMessage.countDocuments({ idempotencyKey: /^message:/ })).toBe(2);
  });

  it("lets a Bristol rep write to Bristol's selected people and refuses one of Cardiff's, on the page and on send", async () => {
    const { rep, conveningId, bristolIds, cardiffId } = await setUp();
    const own = await body(await openPage(rep.id, conveningId, bristolIds.slice(0, 2)));
    expect(own.selection.recipientCount).toBe(2);
    expect((await openPage(rep.id, conveningId, [bristolIds[0], cardiffId])).status).toBe(403);
    const send = await post(rep.id, conveningId, {
      ...messageFields(own.formToken, [bristolIds[0], cardiffId]),
      intent: "send",
    });
    expect(send.status).toBe(403);
    expect(await ConveningMessage.countDocuments()).toBe(0);

    const sent = await post(rep.id, conveningId, {
      ...messageFields(own.formToken, bristolIds.slice(0, 2)),
      intent: "send",
    });
    expect(await toastAfter(sent)).toBe("Sent to 2 people: the emails are on their way.");
    // The record is Bristol's, so Bristol's rep sees it in the history and Cardiff's does not.
    expect((await ConveningMessage.findOne().lean())?.cityId?.toString()).toBe(rep.cityId);
  });

  it("refuses ids of another convening and a send with nobody selected, sending nothing", async () => {
    const { manager, rep, conveningId } = await setUp();
    const other = await createConvening({ title: "Another meeting" });
    await register(rep.id, other, { personId: rep.id });
    const foreign = await registrationIdOf(other, rep.id);
    expect((await openPage(manager.id, conveningId, [foreign])).status).toBe(400);

    const page = await body(await openPage(manager.id, conveningId, []));
    const empty = await post(manager.id, conveningId, { ...messageFields(page.formToken, []), intent: "send" });
    expect(empty.status).toBe(400);
    expect((await body(empty)).result.error[""]).toEqual([
      "Select people on the attendee list first, then choose “Write to selected”.",
    ]);
    expect(await ConveningMessage.countDocuments()).toBe(0);
    const outsider = await createAccount({ role: "participant" });
    expect((await openPage(outsider.id, conveningId, [])).status).toBe(403);
  });
});
