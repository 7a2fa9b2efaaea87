// npm run send-mail, run as cron would: one pass over the queue in its own process, against the
// test database and a real SMTP server in this process, then a summary line and exit.
import { execFile } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setMailDelivery } from "~/mail/background-sender.server";
import { sendEmail } from "~/mail/mailer.server";
import { createFollowUpAction } from "../../models/follow-up-action.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity } from "../factories/people";
import { mailQueue, NO_MAIL_TRANSPORT, withEnv } from "../helpers/mail";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp-server";

withTestDatabase();

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer({
    refuseRecipient: (address) => (address.startsWith("nobody@") ? "No such user" : null),
  });
});
afterAll(() => smtp.stop());
beforeEach(() => {
  setMailDelivery("manual");
  smtp.received.length = 0;
});

// Asynchronous on purpose: a blocked event loop would starve the SMTP server and the database heartbeats.
function runScript(
  script: string,
  env: Record<string, string | undefined>,
): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", script], { env: { ...process.env, ...env } }, (error, stdout) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
}

const sendMail = (env: Record<string, string | undefined>) => runScript("scripts/send-mail.ts", env);

describe("npm run send-mail", () => {
  it("sends what is due once, says what happened, and exits", async () => {
    await withEnv({ SMTP_URL: smtp.url }, async () => {
      await sendEmail({ to: "rep@bristol.example", subject: "Hello", text: "Hi" });
      await sendEmail({ to: "nobody@bristol.example", subject: "Hello", text: "Hi" });
    });
    const first = await sendMail({ SMTP_URL: smtp.url });
    expect(first).toEqual({
      status: 0,
      stdout: `Mail through the SMTP server 127.0.0.1:${smtp.port}: 1 sent, 0 to try again later, 1 refused, 0 failed; 0 queued.\n`,
    });
    expect(smtp.received.map((mail) => mail.to)).toEqual([["rep@bristol.example"]]);
    expect((await mailQueue()).map((message) => message.status)).toEqual(["sent", "refused"]);
    const again = await sendMail({ SMTP_URL: smtp.url });
    expect([again.stdout.split(": ")[1], smtp.received.length]).toEqual([
      "0 sent, 0 to try again later, 0 refused, 0 failed; 0 queued.\n",
      1,
    ]);
  });

  it("sends nothing without a transport and says where the mail is", async () => {
    await withEnv(NO_MAIL_TRANSPORT, () => sendEmail({ to: "rep@bristol.example", subject: "Hello", text: "Hi" }));
    expect(await sendMail({ SMTP_URL: "", RESEND_API_KEY: "" })).toEqual({
      status: 0,
      stdout:
        "Mail: no transport configured (SMTP_URL or RESEND_API_KEY), nothing sent; 1 held in the outbox, 0 queued.\n",
    });
  });
});

describe("a script that queues mail", () => {
  it("sends what it queued before it closes the database (npm run reminders)", async () => {
    const bristol = await createCity("bristol");
    const owner = await createAccount({ role: "participant", cityId: bristol, email: "owner@bristol.example" });
    await createFollowUpAction({
      title: "Publish the welcome strategy",
      description: "",
      conveningId: null,
      sessionId: null,
      ownerCityId: bristol,
      ownerPersonId: owner.id,
      dueOn: "2020-01-01",
      priority: "medium",
      principles: [],
      themes: [],
      resourcesNeeded: "",
      createdBy: { id: owner.id, name: "Owner" },
    });
    const run = await runScript("scripts/reminders.ts", { SMTP_URL: smtp.url, NODE_ENV: "development" });
    expect(run.status).toBe(0);
    expect(smtp.received.map((mail) => mail.to)).toEqual([["owner@bristol.example"]]);
    expect((await mailQueue()).map((message) => [message.to[0], message.status])).toEqual([
      ["owner@bristol.example", "sent"],
    ]);
  });
});
