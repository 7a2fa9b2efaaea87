// The outbox: with no mail transport (the demo), mail is stored "held" in the queue and managers
// read it at /dev/outbox, calendar part included, in production too; with a transport set the
// page answers 404; it never shows to anyone but a manager.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loader as outboxLoader } from "../../app/routes/dev.outbox";
import type { Loader } from "../helpers/routes";
import { setMailDelivery } from "~/mail/background-sender.server";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { sendEmail } from "~/mail/mailer.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { mailQueue, NO_MAIL_TRANSPORT, withEnv } from "../helpers/mail";
import { body, load } from "../helpers/routes";

withTestDatabase();
beforeEach(() => {
  setMailDelivery("inline");
  clearSentEmails();
});

const INVITATION_ICS =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:c-1@planner\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/**
 * The outbox loader of a production process: modules imported afresh read the environment once,
 * as the built app does at start (the test process re-reads it on every call).
 */
async function productionOutboxLoader(): Promise<Loader> {
  vi.resetModules();
  const { getEnv } = await import("~/utils/env.server");
  expect(getEnv().NODE_ENV).toBe("production");
  return (await import("../../app/routes/dev.outbox")).loader;
}

async function holdInvitation() {
  return withEnv(NO_MAIL_TRANSPORT, () =>
    sendEmail({
      to: "rep@bristol.example",
      subject: "You are registered: City Working Group meeting",
      text: "Dear Rep,\n\nYou have a place.",
      calendar: { method: "REQUEST", content: INVITATION_ICS },
      attachments: [{ filename: "agenda.txt", content: "10:00 Welcome" }],
    }),
  );
}

describe("the outbox", () => {
  it("holds mail in the queue when no transport is set, and sends none of it", async () => {
    const held = await holdInvitation();
    expect(held).toMatchObject({ delivery: "outbox", isDuplicate: false });
    expect(await mailQueue()).toMatchObject([{ id: held.id, status: "held", transport: "outbox", attempts: 0 }]);
    expect(await drainMailQueue()).toEqual({ sent: 0, retrying: 0, refused: 0, failed: 0 });
    expect(sentEmails).toEqual([]);
  });

  it("shows managers the held mail with its calendar part, in production, when no transport is set", async () => {
    const held = await holdInvitation();
    const manager = await createAccount({ role: "manager" });
    const response = await withEnv({ ...NO_MAIL_TRANSPORT, NODE_ENV: "production" }, async () =>
      load(await productionOutboxLoader(), manager.id, "/dev/outbox"),
    );
    expect(response).toHaveStatus(200);
    const { messages } = await body(response);
    expect(messages).toEqual([
      {
        id: held.id,
        to: ["rep@bristol.example"],
        subject: "You are registered: City Working Group meeting",
        text: "Dear Rep,\n\nYou have a place.\n\n-- \nYou receive this because you take part in the Inclusive Cities programme.\nYour email preferences: http://planner.test/me/email\n",
        calendar: { method: "REQUEST", content: INVITATION_ICS },
        attachmentNames: ["agenda.txt"],
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it("answers 404 to a manager when a transport is set, SMTP or Resend, in production too", async () => {
    await holdInvitation();
    const manager = await createAccount({ role: "manager" });
    const resend = await load(outboxLoader, manager.id, "/dev/outbox");
    const smtp = await withEnv({ SMTP_URL: "smtp://mail.example.org:587", RESEND_API_KEY: undefined }, () =>
      load(outboxLoader, manager.id, "/dev/outbox"),
    );
    const production = await withEnv({ NODE_ENV: "production" }, async () =>
      load(await productionOutboxLoader(), manager.id, "/dev/outbox"),
    );
    expect([resend.status, smtp.status, production.status]).toEqual([404, 404, 404]);
  });

  it("is never shown to anyone but a manager, with or without a transport", async () => {
    await holdInvitation();
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const participant = await createAccount({ role: "participant", cityId: bristol });
    const statuses = await withEnv(NO_MAIL_TRANSPORT, async () => [
      (await load(outboxLoader, rep.id, "/dev/outbox")).status,
      (await load(outboxLoader, participant.id, "/dev/outbox")).status,
      (await load(outboxLoader, null, "/dev/outbox")).status,
    ]);
    expect(statuses).toEqual([403, 403, 302]);
    expect((await load(outboxLoader, rep.id, "/dev/outbox")).status).toBe(403);
  });
});
