// The mail queue under trouble, over real SMTP: a server that is down delays mail and loses none,
// a refused recipient is recorded with the server's reason and shown to managers on /mail, two
// senders draining at once deliver each message once, and a sender that stopped mid-claim does
// not keep a message from going.
import { describe, expect, it, vi } from "vitest";
import { loader as mailLoader } from "../../app/routes/mail";
import { resumeMailSender, setMailDelivery } from "~/mail/background-sender.server";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { sendEmail } from "~/mail/mailer.server";
import { MAIL_LEASE_MS, MAX_MAIL_ATTEMPTS, retryDelayMs } from "~/mail/retry-schedule";
import { claimMailAttempt } from "../../models/mail-claim.server";
import { getMailMessageState, startMailAttempt } from "../../models/mail-message.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";
import { mailQueue } from "../helpers/mail";
import { body, load } from "../helpers/routes";
import { startSmtpServer, withSmtpServer } from "../helpers/smtp-server";

withTestDatabase();

const smtp = withSmtpServer({
  refuseRecipient: (address) => (address.startsWith("nobody@") ? `5.1.1 <${address}>: no such mailbox here` : null),
});

const NOTHING = { sent: 0, retrying: 0, refused: 0, failed: 0 };
const email = (to: string, subject = "You are registered: City Working Group meeting") => ({
  to,
  subject,
  text: "Dear Rep,\n\nYou have a place.",
});
const later = (ms: number) => () => new Date(Date.now() + ms);

describe("a transport outage", () => {
  it("keeps the message queued with a backoff while the SMTP server is down, and delivers it when it is back", async () => {
    const down = await startSmtpServer();
    const port = down.port;
    await down.stop();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const queuedAt = Date.now();
    await sendEmail(email("rep@bristol.example"));

    expect(await drainMailQueue()).toEqual({ ...NOTHING, retrying: 1 });
    const [waiting] = await mailQueue();
    expect([waiting.status, waiting.attempts, waiting.transport]).toEqual(["queued", 1, "smtp"]);
    expect(waiting.lastError).toMatch(/^SMTP delivery failed for now: .*ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(queuedAt + retryDelayMs(1));
    expect(waiting.nextAttemptAt.getTime()).toBeLessThan(Date.now() + retryDelayMs(1) + 1_000);
    expect(await drainMailQueue()).toEqual(NOTHING); // not due yet

    const back = await startSmtpServer({ port });
    try {
      expect(await drainMailQueue({ now: later(retryDelayMs(1) + 1_000) })).toEqual({ ...NOTHING, sent: 1 });
      expect(back.received.map((mail) => mail.to)).toEqual([["rep@bristol.example"]]);
      expect(await mailQueue()).toMatchObject([{ status: "sent", attempts: 2, lastError: "" }]);
    } finally {
      await back.stop();
    }
  });

  it("gives up after the last attempt and shows managers why on /mail", async () => {
    const down = await startSmtpServer();
    await down.stop();
    process.env.SMTP_URL = `smtp://127.0.0.1:${down.port}`;
    await sendEmail(email("rep@bristol.example"));
    let elapsed = 0;
    const outcomes = [];
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      outcomes.push(await drainMailQueue({ now: later(elapsed) }));
      elapsed += retryDelayMs(attempt) + 1_000;
    }
    expect(outcomes).toEqual([
      ...Array.from({ length: MAX_MAIL_ATTEMPTS - 1 }, () => ({ ...NOTHING, retrying: 1 })),
      { ...NOTHING, failed: 1 },
    ]);
    const manager = await createAccount({ role: "manager" });
    const page = await body(await load(mailLoader, manager.id, "/mail"));
    expect(page.counts).toEqual({ queued: 0, sending: 0, failed: 1, refused: 0, held: 0, sentSince: 0 });
    expect(page.undelivered).toMatchObject([
      { to: ["rep@bristol.example"], status: "failed", attempts: MAX_MAIL_ATTEMPTS, transport: "smtp" },
    ]);
    expect(page.undelivered[0].lastError).toMatch(/ECONNREFUSED/);
  });
});

describe("a refused recipient", () => {
  it("is recorded as refused with the server's reason, never retried, and shown on /mail to managers only", async () => {
    await sendEmail(email("nobody@bristol.example", "Your registration is approved: City Working Group meeting"));
    await sendEmail(email("rep@bristol.example"));
    expect(await drainMailQueue()).toEqual({ ...NOTHING, sent: 1, refused: 1 });
    expect(await drainMailQueue({ now: later(24 * 60 * 60_000) })).toEqual(NOTHING);
    const reason =
      "The SMTP server refused the message: nobody@bristol.example: 550 5.1.1 <nobody@bristol.example>: no such mailbox here";
    expect((await mailQueue()).map(({ status, attempts, lastError }) => ({ status, attempts, lastError }))).toEqual([
      { status: "refused", attempts: 1, lastError: reason },
      { status: "sent", attempts: 1, lastError: "" },
    ]);

    const manager = await createAccount({ role: "manager" });
    const response = await load(mailLoader, manager.id, "/mail");
    expect(response).toHaveStatus(200);
    const page = await body(response);
    expect(page.transport).toBe(`SMTP server 127.0.0.1:${smtp.port}`);
    expect(page.counts).toEqual({ queued: 0, sending: 0, failed: 0, refused: 1, held: 0, sentSince: 1 });
    expect(page.awaitingRetry).toEqual([]);
    expect(
      page.undelivered.map(({ to, subject, status, lastError }: Record<string, unknown>) => ({
        to,
        subject,
        status,
        lastError,
      })),
    ).toEqual([
      {
        to: ["nobody@bristol.example"],
        subject: "Your registration is approved: City Working Group meeting",
        status: "refused",
        lastError: reason,
      },
    ]);

    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    const refused = await load(mailLoader, rep.id, "/mail");
    expect([refused.status, await refused.text()]).toEqual([
      403,
      "The mail queue and the outbox are for the programme managers.",
    ]);
    const anonymous = await load(mailLoader, null, "/mail");
    expect([anonymous.status, anonymous.headers.get("Location")]).toEqual([302, "/login?redirectTo=%2Fmail"]);
  });
});

describe("the app's own sender", () => {
  it("sends in the background: sendEmail returns before the server has the message, which then arrives", async () => {
    setMailDelivery("background");
    try {
      await sendEmail(email("rep@bristol.example"));
      expect(smtp.received).toEqual([]);
      await vi.waitFor(async () => expect((await mailQueue()).map((message) => message.status)).toEqual(["sent"]), {
        timeout: 10_000,
        interval: 50,
      });
      expect(smtp.received.map((mail) => mail.to)).toEqual([["rep@bristol.example"]]);
    } finally {
      setMailDelivery("manual");
    }
  });

  it("sends at start what an earlier process left queued, before anything new is queued", async () => {
    await sendEmail(email("rep@bristol.example")); // manual: queued, as a process that stopped left it
    expect((await mailQueue()).map((message) => message.status)).toEqual(["queued"]);
    setMailDelivery("background");
    try {
      resumeMailSender();
      await vi.waitFor(async () => expect((await mailQueue()).map((message) => message.status)).toEqual(["sent"]), {
        timeout: 10_000,
        interval: 50,
      });
      expect(smtp.received.map((mail) => mail.to)).toEqual([["rep@bristol.example"]]);
    } finally {
      setMailDelivery("manual");
    }
  });
});

describe("several senders", () => {
  it("delivers each message exactly once when two senders drain at the same time", async () => {
    const recipients = Array.from({ length: 12 }, (_, index) => `person.${index}@bristol.example`);
    for (const to of recipients) await sendEmail(email(to));
    const reports = await Promise.all([drainMailQueue(), drainMailQueue()]);
    expect(reports[0].sent + reports[1].sent).toBe(12);
    expect(smtp.received.flatMap((mail) => mail.to).sort()).toEqual([...recipients].sort());
    expect((await mailQueue()).map((message) => [message.status, message.attempts])).toEqual(
      recipients.map(() => ["sent", 1]),
    );
  });

  it("takes back a message left 'sending' by a sender that stopped, once its lease has run out", async () => {
    const { id } = await sendEmail(email("rep@bristol.example"));
    const state = (await getMailMessageState(id))!;
    expect(await claimMailAttempt({ messageId: id, attempt: 1, now: new Date() }, new Date(0))).toBe("won");
    await startMailAttempt(state, new Date(Date.now() + MAIL_LEASE_MS)); // …and the sender stops here
    expect(await drainMailQueue()).toEqual(NOTHING);
    expect(await drainMailQueue({ now: later(MAIL_LEASE_MS + 1_000) })).toEqual({ ...NOTHING, sent: 1 });
    expect([smtp.received.length, (await mailQueue())[0].attempts]).toEqual([1, 2]);
  });

  it("goes past an attempt a sender claimed and never started, once the lease has run out", async () => {
    const { id } = await sendEmail(email("rep@bristol.example"));
    expect(await claimMailAttempt({ messageId: id, attempt: 1, now: new Date() }, new Date(0))).toBe("won");
    expect(await drainMailQueue()).toEqual(NOTHING);
    expect(await drainMailQueue({ now: later(MAIL_LEASE_MS + 1_000) })).toEqual({ ...NOTHING, sent: 1 });
    expect([smtp.received.length, (await mailQueue())[0].attempts]).toEqual([1, 2]);
  });
});
