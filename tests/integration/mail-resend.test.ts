// Mail through the Resend API (answered by msw): the queued message goes with both parts and the
// footer, its headers, an idempotency key per message, and the calendar part as an attachment
// whose content type names the method; a 4xx is refused with the provider's words, a 429 or 5xx
// is tried again later.
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setMailDelivery } from "~/mail/background-sender.server";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { RESEND_ENDPOINT, sendEmail } from "~/mail/mailer.server";
import { retryDelayMs } from "~/mail/retry-schedule";
import { withTestDatabase } from "../setup/database";
import { mockServer } from "../mocks";
import { attachmentText, clearSentEmails, sentEmails } from "../mocks/resend";
import { mailQueue, withEnv } from "../helpers/mail";

withTestDatabase();
beforeEach(() => {
  setMailDelivery("manual");
  clearSentEmails();
});
afterEach(() => mockServer.events.removeAllListeners());

const NOTHING = { sent: 0, retrying: 0, refused: 0, failed: 0 };
const CANCEL_ICS =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:c-1@planner\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

describe("mail through Resend", () => {
  it("sends the calendar part as an attachment of type text/calendar with its method, beside the other attachments", async () => {
    const keys: Array<string | null> = [];
    mockServer.events.on("request:start", ({ request }) => keys.push(request.headers.get("Idempotency-Key")));
    const { id } = await sendEmail({
      to: "rep@bristol.example",
      subject: "Cancelled: City Working Group meeting",
      text: "Dear Rep,\n\nThe meeting is cancelled.",
      calendar: { method: "CANCEL", content: CANCEL_ICS },
      attachments: [{ filename: "notes.txt", content: "See you next time", contentType: "text/plain" }],
      headers: { "List-Unsubscribe": "<http://planner.test/me/email>" },
    });
    expect(sentEmails).toEqual([]);
    expect(await drainMailQueue()).toEqual({ ...NOTHING, sent: 1 });

    expect(keys).toEqual([`planner-${id}`]);
    const [sent] = sentEmails;
    expect(sent.attachments.map(({ filename, content_type }) => [filename, content_type])).toEqual([
      ["notes.txt", "text/plain"],
      ["invite.ics", "text/calendar; method=CANCEL; charset=utf-8"],
    ]);
    expect(attachmentText(sent, "invite.ics")).toBe(CANCEL_ICS);
    expect(sent.text).toBe(
      "Dear Rep,\n\nThe meeting is cancelled.\n\n-- \nYou receive this because you take part in the Inclusive Cities programme.\nYour email preferences: http://planner.test/me/email\n",
    );
    expect(sent.html).toContain('<html lang="en">');
    expect(sent.html).toContain("<p>The meeting is cancelled.</p>");
    expect(sent.headers).toEqual({
      "List-Unsubscribe": "<http://planner.test/me/email>",
    });
    expect(await mailQueue()).toMatchObject([{ status: "sent", transport: "resend", transportMessageId: "email_1" }]);
  });

  it("records a 4xx as refused with the provider's words, and tries a 429 or 503 again later", async () => {
    mockServer.use(
      http.post(RESEND_ENDPOINT, async ({ request }) => {
        const { to } = (await request.json()) as { to: string[] };
        if (to[0].startsWith("invalid")) return HttpResponse.json({ message: "Invalid `to` field." }, { status: 422 });
        if (to[0].startsWith("busy")) return HttpResponse.json({ message: "Too many requests" }, { status: 429 });
        return HttpResponse.json({ message: "Service unavailable" }, { status: 503 });
      }),
    );
    for (const to of ["invalid@bristol.example", "busy@bristol.example", "later@bristol.example"]) {
      await sendEmail({ to, subject: "Hello", text: "Hi" });
    }
    expect(await drainMailQueue()).toEqual({ ...NOTHING, refused: 1, retrying: 2 });
    expect((await mailQueue()).map(({ to, status, lastError }) => [to[0], status, lastError])).toEqual([
      ["invalid@bristol.example", "refused", "Resend refused the message (HTTP 422: Invalid `to` field.)."],
      ["busy@bristol.example", "queued", "Resend did not take the message for now (HTTP 429: Too many requests)."],
      ["later@bristol.example", "queued", "Resend did not take the message for now (HTTP 503: Service unavailable)."],
    ]);
    mockServer.resetHandlers();
    expect(await drainMailQueue({ now: () => new Date(Date.now() + retryDelayMs(1) + 1_000) })).toEqual({
      ...NOTHING,
      sent: 2,
    });
    expect(sentEmails.map((email) => email.to[0])).toEqual(["busy@bristol.example", "later@bristol.example"]);
  });

  it("sends over SMTP instead when SMTP_URL is set too", async () => {
    await withEnv({ SMTP_URL: "smtp://127.0.0.1:9" }, async () => {
      await sendEmail({ to: "rep@bristol.example", subject: "Hello", text: "Hi" });
      expect(await drainMailQueue()).toEqual({ ...NOTHING, retrying: 1 });
    });
    expect(sentEmails).toEqual([]);
    expect(await mailQueue()).toMatchObject([{ status: "queued", transport: "smtp" }]);
  });
});
