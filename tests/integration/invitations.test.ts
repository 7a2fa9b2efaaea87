import { beforeEach, describe, expect, it } from "vitest";
import { action as peopleAction } from "../../app/routes/people._index";
import { action as acceptAction, loader as acceptLoader } from "../../app/routes/invitations.$token";
import { acceptInvitation, checkInvitation, INVITATION_LIFETIME_MS, invitePerson } from "~/accounts/invitations.server";
import { signIn } from "~/accounts/sign-in.server";
import { Invitation } from "../../models/invitation.server";
import { listOutboxMessages } from "../../models/mail-message.server";
import { findPersonIdByEmail } from "../../models/person.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { formReply } from "../factories/form-replies";

withTestDatabase();
beforeEach(() => clearSentEmails());

function tokenFrom(text: string) {
  const match = text.match(/\/invitations\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error("no invitation link in the email");
  return match[1];
}

describe("invitations", () => {
  it("emails the invitee a link through the email API, and the link sets a password and signs in", async () => {
    const manager = await createAccount({ role: "manager" });
    const cardiff = await createCity("cardiff");
    const response = await peopleAction({
      request: await formRequest(manager.id, "/people", {
        name: "Cerys Jones",
        email: "cerys@cardiff.example",
        role: "city-rep",
        cityId: cardiff,
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(200);
    expect(sentEmails).toHaveLength(1);
    expect(sentEmails[0].to).toEqual(["cerys@cardiff.example"]);
    expect(sentEmails[0].subject).toBe("You are invited to the Inclusive Cities planner");
    const token = tokenFrom(sentEmails[0].text);
    expect(sentEmails[0].text).toContain(`http://planner.test/invitations/${token}`);

    const page = await acceptLoader({
      request: await requestAs(null, `/invitations/${token}`),
      params: { token },
      context: {},
    });
    expect(page.status).toBe(200);
    const accepted = (await acceptAction({
      request: await formRequest(null, `/invitations/${token}`, {
        password: "a-long-password",
        confirmPassword: "a-long-password",
      }),
      params: { token },
      context: {},
    })) as Response;
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Set-Cookie")).toContain("__planner_session=");
    const signedIn = await signIn("cerys@cardiff.example", "a-long-password");
    expect(signedIn.ok && signedIn.person.role).toBe("city-rep");
    expect(signedIn.ok && signedIn.person.cityId).toBe(cardiff);
  });

  it("refuses a reused link", async () => {
    const manager = await createAccount({ role: "manager" });
    await invitePerson({ name: "A", email: "a@example.org", role: "participant", cityId: null }, manager.id);
    const token = tokenFrom(sentEmails[0].text);
    const invitedId = await findPersonIdByEmail("a@example.org");
    expect(invitedId).toMatch(/^[0-9a-f]{24}$/);
    expect(await acceptInvitation(token, "first-password")).toBe(invitedId);
    expect(await acceptInvitation(token, "second-password")).toBeNull();
    expect((await checkInvitation(token)).state).toBe("used");
    const response = (await acceptAction({
      request: await formRequest(null, `/invitations/${token}`, {
        password: "third-password",
        confirmPassword: "third-password",
      }),
      params: { token },
      context: {},
    })) as Response;
    expect(response.status).toBe(410);
    expect((await formReply(response)).errors.form).toMatch(/already been used/);
  });

  it("lets exactly one of many simultaneous uses of a link through", async () => {
    const manager = await createAccount({ role: "manager" });
    await invitePerson({ name: "Race", email: "race@example.org", role: "participant", cityId: null }, manager.id);
    const token = tokenFrom(sentEmails[0].text);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => acceptInvitation(token, `password-number-${index}`)),
    );
    expect(results.filter((personId) => personId !== null)).toHaveLength(1);
    expect((await checkInvitation(token)).state).toBe("used");
  });

  it("refuses an expired link with a clear message", async () => {
    const manager = await createAccount({ role: "manager" });
    const sentAt = new Date("2026-01-01T09:00:00Z");
    await invitePerson({ name: "B", email: "b@example.org", role: "participant", cityId: null }, manager.id, sentAt);
    const token = tokenFrom(sentEmails[0].text);
    const later = new Date(sentAt.getTime() + INVITATION_LIFETIME_MS + 1);
    expect((await checkInvitation(token, later)).state).toBe("expired");
    expect(await acceptInvitation(token, "too-late-password", later)).toBeNull();
  });

  it("stops an earlier link working when the person is invited again, including links sent before replacement was tracked", async () => {
    const manager = await createAccount({ role: "manager" });
    const person = { name: "Twice", email: "twice@example.org", role: "participant" as const, cityId: null };
    await invitePerson(person, manager.id);
    const first = tokenFrom(sentEmails[0].text);
    await Invitation.collection.updateMany({}, { $unset: { replacedAt: "" } }); // as stored before the field existed
    await invitePerson(person, manager.id);
    const second = tokenFrom(sentEmails[1].text);
    expect((await checkInvitation(first)).state).toBe("replaced");
    const page = await acceptLoader({
      request: await requestAs(null, `/invitations/${first}`),
      params: { token: first },
      context: {},
    });
    expect(page.status).toBe(410);
    expect(((await page.json()) as { message: string }).message).toBe(
      "A newer invitation was sent to you since this one. Use the link in the latest email.",
    );
    expect(await acceptInvitation(first, "old-link-password")).toBeNull();
    expect(await acceptInvitation(second, "new-link-password")).toBe(await findPersonIdByEmail("twice@example.org"));
  });

  it("answers an unknown link with 404 and a message, not a 500", async () => {
    const response = await acceptLoader({
      request: await requestAs(null, "/invitations/garbage"),
      params: { token: "garbage" },
      context: {},
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toMatch(/not valid/);
  });

  it("checks the password form: too short and not matching", async () => {
    const response = (await acceptAction({
      request: await formRequest(null, "/invitations/x", { password: "short", confirmPassword: "other" }),
      params: { token: "x" },
      context: {},
    })) as Response;
    const { errors } = await formReply(response);
    expect(errors.password).toBe("Password must be at least 10 characters");
  });

  it("keeps what the manager typed when the email is malformed, and requires a city for a city rep", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await peopleAction({
      request: await formRequest(manager.id, "/people", { name: "Dai", email: "dai@", role: "city-rep", cityId: "" }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(400);
    const body = await formReply(response);
    expect(body.errors.email).toBe("Enter an email address like name@example.org");
    expect(body.errors.cityId).toBe("A city representative must belong to a city");
    expect(body.values.name).toBe("Dai");
    expect(sentEmails).toHaveLength(0);
  });

  it("does not let a city rep invite anyone", async () => {
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    await expect(
      peopleAction({
        request: await formRequest(rep.id, "/people", {
          name: "X",
          email: "x@example.org",
          role: "manager",
          cityId: "",
        }),
        params: {},
        context: {},
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("writes to the dev outbox when no email API key is configured", async () => {
    const manager = await createAccount({ role: "manager" });
    const key = process.env.RESEND_API_KEY;
    delete process.env.RESEND_API_KEY;
    try {
      await invitePerson({ name: "C", email: "c@example.org", role: "participant", cityId: null }, manager.id);
    } finally {
      process.env.RESEND_API_KEY = key;
    }
    expect(sentEmails).toHaveLength(0);
    const outbox = await listOutboxMessages();
    expect(outbox.map((message) => message.to)).toEqual([["c@example.org"]]);
  });
});
