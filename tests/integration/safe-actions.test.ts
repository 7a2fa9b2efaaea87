// Destructive actions ask first: a post without confirmed=yes changes nothing and answers with
// what would happen; the same post with confirmed=yes does it.
import { describe, expect, it } from "vitest";
import { action as calendarPageAction } from "../../app/routes/me.calendar";
import { createAccount, createCity, formRequest } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { fetchFeed } from "./calendar-helpers";

withTestDatabase();

type PageResult = {
  token: string | null;
  feedUrl: string | null;
  revoked: boolean;
  confirm: { title: string; message: string; yesLabel: string; noLabel: string; fields: Record<string, string> } | null;
};

async function post(personId: string, fields: Record<string, string>) {
  const response = await calendarPageAction({
    request: await formRequest(personId, "/me/calendar", fields),
    params: {},
    context: {},
  });
  return { status: response.status, body: (await response.json()) as PageResult };
}

async function personWithFeed() {
  const city = await createCity("bristol");
  const person = await createAccount({ role: "city-rep", cityId: city, name: "Bethan Rees" });
  const created = await post(person.id, { intent: "rotate" });
  expect(created.body.confirm).toBeNull();
  expect(await fetchFeed.personal(created.body.token!)).toHaveStatus(200);
  return { person, token: created.body.token! };
}

describe("personal feed link: turning off and replacing ask first", () => {
  it("creating the first link needs no confirmation", async () => {
    await personWithFeed();
  });

  it("turning off without confirmation changes nothing and says it cannot be turned back on", async () => {
    const { person, token } = await personWithFeed();
    const asked = await post(person.id, { intent: "revoke" });
    expect(asked.status).toBe(200);
    expect(asked.body.revoked).toBe(false);
    expect(asked.body.confirm).toEqual({
      title: "Turn off your personal feed?",
      message:
        "Your link stops working at once and calendars subscribed with it stop updating. It cannot be turned back on: " +
        "you can only create a new link later and add that to your calendar again.",
      yesLabel: "Yes, turn off my feed",
      noLabel: "No, keep it",
      fields: { intent: "revoke" },
    });
    expect(await fetchFeed.personal(token)).toHaveStatus(200);

    const done = await post(person.id, { ...asked.body.confirm!.fields, confirmed: "yes" });
    expect(done.body).toEqual({ token: null, feedUrl: null, revoked: true, confirm: null });
    expect(await fetchFeed.personal(token)).toHaveStatus(404);
  });

  it("replacing without confirmation keeps the old link; confirmed, the old link is gone for good", async () => {
    const { person, token } = await personWithFeed();
    const asked = await post(person.id, { intent: "rotate", confirmed: "no" });
    expect(asked.body.token).toBeNull();
    expect(asked.body.confirm?.title).toBe("Replace your personal feed link?");
    expect(asked.body.confirm?.yesLabel).toBe("Yes, replace my link");
    expect(asked.body.confirm?.fields).toEqual({ intent: "rotate" });
    expect(await fetchFeed.personal(token)).toHaveStatus(200);

    const done = await post(person.id, { intent: "rotate", confirmed: "yes" });
    expect(done.body.confirm).toBeNull();
    expect(done.body.token).not.toBe(token);
    expect(await fetchFeed.personal(token)).toHaveStatus(404);
    expect(await fetchFeed.personal(done.body.token!)).toHaveStatus(200);
  });
});
