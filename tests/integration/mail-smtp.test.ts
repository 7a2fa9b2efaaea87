// Mail over real SMTP: what sendEmail queues arrives at an SMTP server in this process with an
// HTML part and a text part that both carry the footer, a calendar part as text/calendar with its
// method, the caller's headers and attachments; a repeated idempotency key sends one email, and
// what cannot be sent safely is refused before anything is queued.
import { describe, expect, it } from "vitest";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { MailerError, sendEmail, type Email } from "~/mail/mailer.server";
import { withTestDatabase } from "../setup/database";
import { mailQueue } from "../helpers/mail";
import { mimeOutline, partParams } from "../helpers/mime-outline";
import { withSmtpServer } from "../helpers/smtp-server";

withTestDatabase();

const smtp = withSmtpServer();

const FOOTER_TEXT =
  "-- \nYou receive this because you take part in the Inclusive Cities programme.\nYour email preferences: http://planner.test/me/email";

const INVITATION_ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Inclusive Cities//planner//EN",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:convening-1@convening-planner",
  "DTSTAMP:20261201T100000Z",
  "DTSTART:20270115T100000Z",
  "DTEND:20270115T160000Z",
  "SUMMARY:City Working Group meeting",
  "ORGANIZER:mailto:planner@example.org",
  "ATTENDEE;RSVP=TRUE:mailto:rep@bristol.example",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("mail over SMTP", () => {
  it("queues the message, then delivers it with a text part and an HTML part that both end with the footer", async () => {
    const queued = await sendEmail({
      to: "rep@bristol.example",
      subject: "Agenda published: City Working Group meeting",
      text: "Dear Rep,\n\nThe agenda is out: http://planner.test/convenings/abc.\n\nBring:\n- the <draft> plan & notes\n- your questions",
    });
    expect(queued).toMatchObject({ delivery: "queued", isDuplicate: false });
    expect([smtp.received.length, (await mailQueue()).map((message) => message.status)]).toEqual([0, ["queued"]]);

    expect(await drainMailQueue()).toEqual({ sent: 1, retrying: 0, refused: 0, failed: 0 });
    expect(smtp.received.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: "planner@example.org", to: ["rep@bristol.example"] },
    ]);
    const mail = await smtp.parsed();
    expect(mail.subject).toBe("Agenda published: City Working Group meeting");
    expect(mail.messageId).toBe(`<${queued.id}@planner.test>`);
    expect(mail.text).toBe(
      `Dear Rep,\n\nThe agenda is out: http://planner.test/convenings/abc.\n\nBring:\n- the <draft> plan & notes\n- your questions\n\n${FOOTER_TEXT}\n`,
    );
    const html = String(mail.html);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("<title>Agenda published: City Working Group meeting</title>");
    expect(html).toContain("<p>Dear Rep,</p>");
    expect(html).toContain(
      '<p>The agenda is out: <a href="http://planner.test/convenings/abc" style="color:#0b4f8a">http://planner.test/convenings/abc</a>.</p>',
    );
    expect(html).toContain(
      "<p>Bring:</p><ul><li>the &#60;draft&#62; plan &#38; notes</li><li>your questions</li></ul>",
    );
    expect(html).toContain("<p>You receive this because you take part in the Inclusive Cities programme.</p>");
    expect(html).toContain(
      '<p><a href="http://planner.test/me/email" style="color:#0b4f8a">Choose which emails you receive</a></p>',
    );
    expect(mimeOutline(smtp.received[0].raw)).toEqual({ "multipart/alternative": ["text/plain", "text/html"] });
    expect(await mailQueue()).toMatchObject([
      { status: "sent", attempts: 1, transport: "smtp", transportMessageId: `<${queued.id}@planner.test>` },
    ]);
  });

  it("says in both parts why the person got the email, and carries the caller's headers", async () => {
    await sendEmail({
      to: "owner@bristol.example",
      subject: "Follow-up actions: 1 overdue",
      text: "Hello,\n\nOne action is overdue.",
      reason: "You receive this because you own follow-up actions for Bristol.",
      headers: {
        "List-Unsubscribe": "<http://planner.test/me/email>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    await drainMailQueue();
    const mail = await smtp.parsed();
    expect(mail.text).toBe(
      "Hello,\n\nOne action is overdue.\n\n-- \nYou receive this because you own follow-up actions for Bristol.\nYour email preferences: http://planner.test/me/email\n",
    );
    expect(String(mail.html)).toContain("<p>You receive this because you own follow-up actions for Bristol.</p>");
    const header = (key: string) => mail.headerLines.find((line) => line.key === key)?.line;
    expect([header("list-unsubscribe"), header("list-unsubscribe-post")]).toEqual([
      "List-Unsubscribe: <http://planner.test/me/email>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ]);
  });

  it("sends a calendar part as a text/calendar; method=REQUEST alternative, attached too, beside other attachments", async () => {
    await sendEmail({
      to: "rep@bristol.example",
      subject: "You are registered: City Working Group meeting",
      text: "Dear Rep,\n\nYou have a place.",
      calendar: { method: "REQUEST", content: INVITATION_ICS },
      attachments: [{ filename: "agenda.txt", content: "10:00 Welcome", contentType: "text/plain; charset=utf-8" }],
    });
    await drainMailQueue();
    const raw = smtp.received[0].raw;
    expect(mimeOutline(raw)).toEqual({
      "multipart/mixed": [
        { "multipart/alternative": ["text/plain", "text/html", "text/calendar"] },
        "text/plain",
        "application/ics",
      ],
    });
    expect(partParams(raw, "text/calendar")).toEqual([{ charset: "utf-8", method: "REQUEST" }]);

    const mail = await smtp.parsed();
    const calendarPart = mail.attachments.find((attachment) => attachment.contentType === "text/calendar");
    expect(calendarPart?.headers.get("content-type")).toEqual({
      value: "text/calendar",
      params: { charset: "utf-8", method: "REQUEST" },
    });
    expect(calendarPart?.content.toString("utf8")).toBe(INVITATION_ICS);
    const attached = mail.attachments
      .filter((attachment) => attachment.contentDisposition === "attachment")
      .map((attachment) => [attachment.filename, attachment.contentType, attachment.content.toString("utf8")]);
    expect(attached).toEqual([
      ["agenda.txt", "text/plain", "10:00 Welcome"],
      ["invite.ics", "application/ics", INVITATION_ICS],
    ]);
  });

  it("stores and sends one email for an idempotency key queued twice, also at the same moment", async () => {
    const email = {
      to: "rep@bristol.example",
      subject: "You are registered: City Working Group meeting",
      text: "Dear Rep,\n\nYou have a place.",
      idempotencyKey: "registration-confirmed:reg-1",
    };
    const [first, second] = await Promise.all([sendEmail(email), sendEmail(email)]);
    const third = await sendEmail(email);
    expect([first.id, first.id, first.id]).toEqual([first.id, second.id, third.id]);
    expect([first.isDuplicate, second.isDuplicate, third.isDuplicate].sort()).toEqual([false, true, true]);
    await sendEmail({ ...email, idempotencyKey: undefined });
    await sendEmail({ ...email, idempotencyKey: undefined });
    expect(await drainMailQueue()).toEqual({ sent: 3, retrying: 0, refused: 0, failed: 0 });
    expect(smtp.received).toHaveLength(3);
    await sendEmail(email);
    expect([await drainMailQueue(), smtp.received.length]).toEqual([
      { sent: 0, retrying: 0, refused: 0, failed: 0 },
      3,
    ]);
  });

  it("refuses addresses with line breaks or of the wrong shape, over-long subjects and unsafe headers, queuing nothing", async () => {
    const base = { to: "rep@bristol.example", subject: "Hello", text: "Hi" };
    const refusals: Email[] = [
      { ...base, to: "rep@bristol.example\r\nBcc: everyone@example.org" },
      { ...base, to: ["rep@bristol.example", "not an address"] },
      { ...base, to: [] },
      { ...base, subject: "x".repeat(251) },
      { ...base, subject: "Hello\nBcc: everyone@example.org" },
      { ...base, headers: { "X-Note": "a\r\nBcc: everyone@example.org" } },
      { ...base, headers: { Bcc: "everyone@example.org" } },
    ];
    const messages: string[] = [];
    for (const email of refusals) {
      const error = await sendEmail(email).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MailerError);
      messages.push((error as MailerError).message);
    }
    expect(messages).toEqual([
      'Email refused: the address "rep@bristol.example\\r\\nBcc: everyone@example.org" contains a line break.',
      'Email refused: "not an address" is not an email address.',
      "Email refused: it has no recipient.",
      "Email refused: the subject is 251 characters long, more than 250.",
      "Email refused: the subject contains a line break.",
      "Email refused: the X-Note header contains a line break.",
      'Email refused: "Bcc" cannot be set as a header.',
    ]);
    expect(await mailQueue()).toEqual([]);
  });
});
