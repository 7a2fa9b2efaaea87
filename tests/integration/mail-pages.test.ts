// The mail pages as a manager's browser gets them, rendered by Remix: the outbox with its banner
// and each calendar part readable, /mail with the reason a message was refused, and the header
// links to both.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as mailModule from "../../app/routes/mail";
import * as outboxModule from "../../app/routes/dev.outbox";
import { setMailDelivery } from "~/mail/background-sender.server";
import { sendEmail } from "~/mail/mailer.server";
import { MailMessage, recordMailGivenUp } from "../../models/mail-message.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, formRequest, requestAs } from "../factories/people";
import { NO_MAIL_TRANSPORT, withEnv } from "../helpers/mail";
import { requestHandlerFor } from "../helpers/remix-handler";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/mail": { path: "mail", module: mailModule },
    "routes/dev.outbox": { path: "dev/outbox", module: outboxModule },
  });
});
beforeEach(() => setMailDelivery("manual"));

const ICS =
  "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Glasgow & Bristol <exchange>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

async function page(personId: string, path: string) {
  const response = await handle(await requestAs(personId, path));
  return { status: response.status, html: await response.text() };
}

describe("the mail pages", () => {
  it("show the outbox under its banner, each calendar part readable, with Mail and Outbox in the header", async () => {
    const manager = await createAccount({ role: "manager" });
    const { status, html } = await withEnv(NO_MAIL_TRANSPORT, async () => {
      await sendEmail({
        to: "rep@bristol.example",
        subject: "You are registered: Exchange",
        text: "Dear Rep,\n\nYou have a place.",
        calendar: { method: "REQUEST", content: ICS },
      });
      return page(manager.id, "/dev/outbox");
    });
    expect(status).toBe(200);
    expect(html).toContain("Nothing leaves this machine: no mail transport is configured");
    expect(html).toContain("You are registered: Exchange</h2>");
    expect(html).toContain(
      "<summary>Calendar part: <!-- -->an invitation<!-- --> (METHOD:<!-- -->REQUEST<!-- -->)</summary>",
    );
    expect(html).toContain("SUMMARY:Glasgow &amp; Bristol &lt;exchange&gt;");
    expect(html).toMatch(/<li><a [^>]*href="\/mail">Mail<\/a><\/li><li><a [^>]*href="\/dev\/outbox">Outbox<\/a><\/li>/);
  });

  it("show on /mail the message a server refused, with the reason it gave", async () => {
    const manager = await createAccount({ role: "manager" });
    const { id } = await sendEmail({
      to: "nobody@bristol.example",
      subject: "Your registration is approved",
      text: "Hi",
    });
    await recordMailGivenUp(
      { id, status: "queued", attempts: 0 },
      { status: "refused", transport: "resend", error: "Resend refused the message (HTTP 422: Invalid `to` field.)." },
    );
    const { status, html } = await page(manager.id, "/mail");
    expect(status).toBe(200);
    expect(html).toContain('<h2 id="undelivered-title">Not delivered (<!-- -->1<!-- -->)</h2>');
    expect(html).toContain("<td>nobody@bristol.example</td><td>Your registration is approved</td>");
    expect(html).toContain("<td>Resend refused the message (HTTP 422: Invalid `to` field.).</td>");
    expect(html).toMatch(/href="\/mail">Mail<\/a>/);
    expect(html).not.toMatch(/href="\/dev\/outbox">Outbox<\/a>/);
  });

  it("tries a message that was not delivered again: held in the outbox without a transport, once", async () => {
    const manager = await createAccount({ role: "manager" });
    const { id } = await sendEmail({ to: "rep@exmaple.org", subject: "Places for you", text: "Hi" });
    await recordMailGivenUp(
      { id, status: "queued", attempts: 0 },
      { status: "refused", transport: "smtp", error: "550 5.1.2 domain exmaple.org does not exist" },
    );
    const tryAgain = async () => {
      const response = await mailModule.action({
        request: await formRequest(manager.id, "/mail", { intent: "retry", messageId: id }),
        params: {},
        context: {},
      });
      return { status: response.status, body: await response.json() };
    };
    const retried = await withEnv(NO_MAIL_TRANSPORT, tryAgain);
    expect(retried).toEqual({
      status: 200,
      body: {
        message: "The message was put in the outbox: no mail transport is configured, so it is held there.",
        problem: null,
      },
    });
    expect(await MailMessage.findById(id).select("status attempts lastError").lean()).toMatchObject({
      status: "held",
      attempts: 0,
      lastError: "",
    });
    const { html } = await withEnv(NO_MAIL_TRANSPORT, () => page(manager.id, "/mail"));
    expect(html).toContain('<h2 id="undelivered-title">Not delivered (<!-- -->0<!-- -->)</h2>');
    expect((await withEnv(NO_MAIL_TRANSPORT, tryAgain)).status).toBe(409);
  });

  it("keeps Try again from a city representative", async () => {
    const rep = await createAccount({ role: "city-rep" });
    const response = await mailModule
      .action({
        request: await formRequest(rep.id, "/mail", { intent: "retry", messageId: "64b000000000000000000001" }),
        params: {},
        context: {},
      })
      .catch((thrown: Response) => thrown);
    expect(response.status).toBe(403);
  });
});
