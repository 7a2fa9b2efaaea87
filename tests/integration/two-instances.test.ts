// Two app processes (the production server, scripts/server.ts, on two ports) against one
// database: registrations through both at once never give a city more places than it has; an
// edit through one shows at once in the other's feed, agenda and dashboard (their memoised reads
// follow the change tokens in the database); and change notices and reminders sent from both
// instances and from two runs of the scripts at once reach each person once.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionFormValues } from "~/agenda/session-form";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { freePort } from "~/utils/ferretdb.server";
import { getSession } from "../../models/agenda-session.server";
import { createFollowUpAction } from "../../models/follow-up-action.server";
import { createPerson } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { createAccount, requestAs } from "../factories/people";
import { plannedConvening } from "../helpers/change-notices";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp-server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

type Instance = { name: string; base: string; process: ChildProcess };

let smtp: TestSmtpServer;
const instances: Instance[] = [];

async function waitFor<T>(what: string, probe: () => Promise<T | null> | T | null, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function environment(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    MONGODB_URI: process.env.MONGODB_URI,
    SMTP_URL: smtp.url,
    RESEND_API_KEY: "",
    CHANGE_NOTICE_DELAY: "0",
    ...extra,
  };
}

async function startInstance(name: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn("node", ["--import", "tsx", "scripts/server.ts"], {
    env: environment(port),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${name} to answer`, async () => {
    try {
      return (await fetch(`${base}/healthz`)).ok ? true : null;
    } catch {
      return null;
    }
  });
  return { name, base, process: child };
}

/** Runs a script as its own process (`npm run reminders`, `npm run send-mail`) against the same database. */
function runScript(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["--import", "tsx", script], {
      env: environment(3000, { APP_URL: instances[0].base }),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) console.warn(`${script} failed: ${errors}`);
      resolve(code ?? 1);
    });
  });
}

beforeAll(async () => {
  // The servers serve the production build; make it once when a clean checkout has none.
  if (!fs.existsSync("build/index.js")) {
    // Vitest sets NODE_ENV=test, which the compiler would bake into the build (mail held for tests).
    const built = spawnSync("npx", ["remix", "build"], {
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (built.status !== 0) throw new Error(`the build failed: ${built.stderr}`);
  }
  smtp = await startSmtpServer();
  instances.push(...(await Promise.all([startInstance("A"), startInstance("B")])));
}, 120_000);

afterAll(async () => {
  await Promise.all(
    instances.map(
      (instance) =>
        new Promise((resolve) => {
          instance.process.once("exit", resolve);
          instance.process.kill("SIGTERM");
        }),
    ),
  );
  await smtp?.stop();
});

const [a, b] = [() => instances[0], () => instances[1]];

async function cookieOf(personId: string) {
  return (await requestAs(personId, "/")).headers.get("Cookie")!;
}

async function get(instance: Instance, path: string, personId: string | null = null) {
  const headers: Record<string, string> = personId ? { Cookie: await cookieOf(personId) } : {};
  return fetch(`${instance.base}${path}`, { headers, redirect: "manual" });
}

async function post(instance: Instance, path: string, personId: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  return fetch(`${instance.base}${path}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Cookie: await cookieOf(personId), Origin: instance.base },
  });
}

const registerData = `?_data=${encodeURIComponent("routes/convenings.$conveningId.register")}`;

/** What the SMTP server received, as recipient and subject, once the count stops changing. */
async function settledMail(atLeast: number) {
  let seen = -1;
  await waitFor(`${atLeast} emails`, async () => {
    const count = smtp.received.length;
    if (count >= atLeast && count === seen) return true;
    seen = count;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return null;
  });
  const mails = await Promise.all(smtp.received.map((_, index) => smtp.parsed(index)));
  return mails.map((mail, index) => ({ to: smtp.received[index].to.join(","), subject: mail.subject ?? "" }));
}

// Each test starts scripts and waits on two servers' timers: minutes, not seconds, on a loaded 2-core machine.
describe("two app instances on one database", { timeout: 120_000 }, () => {
  it("never give a city more places than it has when registrations come through both at once", async () => {
    const { bristol, rep, conveningId } = await plannedConvening({ placesPerCity: "2", capacity: "30" });
    const people: string[] = [];
    for (let index = 0; index < 8; index += 1)
      people.push(
        await createPerson({
          name: `Officer ${index}`,
          email: `officer-${index}@bristol.example`,
          role: "participant",
          cityId: bristol,
        }),
      );
    const answers = await Promise.all(
      people.map((personId, index) =>
        post(index % 2 ? b() : a(), `/convenings/${conveningId}/register${registerData}`, rep.id, {
          intent: "register",
          personId,
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 200));
    const registrations = await Registration.find({ conveningId }).select("status cityId").lean();
    const holding = registrations.filter((registration) =>
      (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status),
    );
    expect([registrations.length, holding.length]).toEqual([8, 2]);
    expect(registrations.filter((registration) => registration.status === "waitlisted")).toHaveLength(6);
  });

  it("show an edit made through one instance at once in the other's feed, agenda and dashboard, and send each person one notice", async () => {
    const { bristol, rep, manager, conveningId, sessionId } = await plannedConvening();
    const people: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const personId = await createPerson({
        name: `Delegate ${index}`,
        email: `delegate-${index}@bristol.example`,
        role: "participant",
        cityId: bristol,
      });
      people.push(personId);
      const answer = await post(a(), `/convenings/${conveningId}/register${registerData}`, rep.id, {
        intent: "register",
        personId,
      });
      expect(answer.status).toBe(200);
    }
    await settledMail(2); // the registration emails
    smtp.received.length = 0;

    // B reads (and memoises) the feed, the agenda and the dashboard first.
    const feed = () => get(b(), `/calendar/convenings/${conveningId}.ics`).then((answer) => answer.text());
    const agenda = () => get(b(), `/convenings/${conveningId}`).then((answer) => answer.text());
    const dashboard = () =>
      get(b(), `/dashboard?_data=${encodeURIComponent("routes/dashboard")}`, manager.id).then(
        (answer) => answer.json() as Promise<{ totals: { all: number } }>,
      );
    expect(await feed()).toContain("SUMMARY:Welcome and introductions");
    expect(await agenda()).toContain("Welcome and introductions");
    expect((await dashboard()).totals.all).toBe(0);

    const current = await getSession(conveningId, sessionId);
    const edited = await post(a(), `/convenings/${conveningId}/sessions/${sessionId}/edit`, manager.id, {
      ...sessionFormValues(current!),
      title: "Welcome, moved to the Old Library",
      room: "Old Library",
    });
    expect(edited.status).toBe(302);
    const added = await post(a(), "/cities/bristol/plan", rep.id, {
      title: "Map the welcome services",
      priority: "medium",
      submissionId: new Types.ObjectId().toHexString(),
    });
    expect(added.status).toBe(200);

    expect(await feed()).toContain("SUMMARY:Welcome\\, moved to the Old Library");
    expect(await agenda()).toContain("Welcome, moved to the Old Library");
    expect((await dashboard()).totals.all).toBe(1);

    // Both instances send due notices on their own timers; two runs of send-mail join them.
    expect(await Promise.all([runScript("scripts/send-mail.ts"), runScript("scripts/send-mail.ts")])).toEqual([0, 0]);
    const mail = await settledMail(2);
    const notices = mail.filter((message) => message.subject.startsWith("Changes to"));
    expect(notices.map((message) => message.to).sort()).toEqual([
      "delegate-0@bristol.example",
      "delegate-1@bristol.example",
    ]);
  });

  it("send each owner one reminder when both instances and two runs of the reminders ask at once", async () => {
    const { bristol } = await plannedConvening();
    const owners = await Promise.all(
      ["one", "two", "three"].map((name) =>
        createAccount({
          role: "participant",
          cityId: bristol,
          name: `Owner ${name}`,
          email: `owner-${name}@bristol.example`,
        }),
      ),
    );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    for (const owner of owners)
      await createFollowUpAction({
        title: `Overdue for ${owner.email}`,
        description: "",
        conveningId: null,
        sessionId: null,
        ownerCityId: bristol,
        ownerPersonId: owner.id,
        dueOn: yesterday,
        priority: "medium",
        principles: [],
        themes: [],
        resourcesNeeded: "",
        createdBy: { id: owner.id, name: "Owner" },
      });
    smtp.received.length = 0;
    expect(await Promise.all([runScript("scripts/reminders.ts"), runScript("scripts/reminders.ts")])).toEqual([0, 0]);
    const reminders = (await settledMail(3)).filter((message) => message.subject.startsWith("Follow-up actions:"));
    expect(reminders.map((message) => message.to).sort()).toEqual(owners.map((owner) => owner.email).sort());
  });
});
