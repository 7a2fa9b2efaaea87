// The agenda page (/convenings/:id) of a 5-day exchange with 60 sessions, in a programme of 200
// convenings, served by the production build behind a real HTTP server, against a bare Node HTTP
// server sending the same number of bytes; and database queries per page at 6 and 60 sessions.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { DateTime } from "luxon";
import { getSessionStorage } from "~/accounts/session.server";
import { AgendaSession, listAgendaSessions } from "~models/agenda-session.server";
import { getWhoIsComing } from "~models/convening-attendance.server";
import { Convening, getConvening, newShareToken } from "~models/convening.server";
import { Registration } from "~models/registration.server";
import { createAccount, createCity } from "../../tests/factories/people";
import { countQueries, median, ratio } from "./measure";

const PROGRAMME_SIZE = 200;
const RUNS = 60;
const KINDS = ["plenary", "workshop", "panel", "site-visit", "roundtable", "meal", "break", "networking"] as const;

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/** A minimal Node adapter for the Remix handler (what remix-serve's express adapter does). */
function remixServer(handle: (request: Request) => Promise<Response>): http.Server {
  const respond = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const response = await handle(new Request(url, { method: req.method, headers }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
    else res.end();
  };
  // A failed page must end the request (and show in the bench's output), not hang the run.
  return http.createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      console.error(error);
      res.writeHead(500).end();
    });
  });
}

async function seedConvening(
  title: string,
  days: number,
  sessionsPerDay: number,
  zone: string,
  hostCityId: string | null,
) {
  const firstDay = DateTime.fromISO("2031-05-19", { zone });
  const convening = await Convening.create({
    kind: "learning-exchange",
    title,
    summary: "A study visit to US welcoming cities.",
    phase: 2,
    hostCityId,
    places: [{ name: "Pittsburgh", region: "Pennsylvania", country: "United States", timeZone: zone }],
    format: "hybrid",
    onlineUrl: "https://meet.example.org/exchange",
    timeZone: zone,
    startsAt: firstDay.set({ hour: 8 }).toJSDate(),
    endsAt: firstDay
      .plus({ days: days - 1 })
      .set({ hour: 19 })
      .toJSDate(),
    aims: ["Learn from welcoming strategies", "Feed learning into action plans"],
    themes: ["T1", "T2"],
    status: "published",
    shareToken: newShareToken(),
  });
  const sessions = [];
  for (let day = 0; day < days; day += 1) {
    for (let slot = 0; slot < sessionsPerDay; slot += 1) {
      const start = firstDay.plus({ days: day }).set({ hour: 8 + slot, minute: 0 });
      sessions.push({
        conveningId: convening._id,
        title: `Day ${day + 1} session ${slot + 1}: learning from local practice`,
        description: "Officers from the host city present their approach, followed by questions and discussion.",
        kind: KINDS[slot % KINDS.length],
        startsAt: start.toJSDate(),
        endsAt: start.plus({ minutes: 50 }).toJSDate(),
        timeZone: zone,
        room: `Room ${(slot % 3) + 1}`,
        placeName: "Pittsburgh",
        speakers: [{ personId: null, name: `Guest speaker ${slot + 1}`, role: "speaker" }],
        themes: ["T2"],
        track: slot % 4 === 3 ? "Track B" : "",
      });
    }
  }
  await AgendaSession.insertMany(sessions);
  return String(convening._id);
}

export async function run() {
  const buildPath = path.resolve("build/index.js");
  if (!fs.existsSync(buildPath)) {
    console.log("No production build: run `npm run build` first, then `npm run bench -- agenda`.");
    return;
  }
  const cityIds: string[] = [];
  for (const slug of ["bristol", "cardiff", "glasgow", "liverpool", "peterborough", "london"])
    cityIds.push(await createCity(slug));
  const manager = await createAccount({ role: "manager", name: "Bench Manager" });

  // The programme: 200 convenings with 6 sessions each.
  const programme = Array.from({ length: PROGRAMME_SIZE }, (_, index) => ({
    kind: "working-group-meeting",
    title: `City Working Group meeting ${index + 1}`,
    phase: index % 2 === 0 ? 1 : 2,
    hostCityId: cityIds[index % cityIds.length],
    places: [{ name: "Town Hall", timeZone: "Europe/London" }],
    format: "in-person",
    timeZone: "Europe/London",
    startsAt: new Date(Date.UTC(2018, 0, 1) + index * 7 * 86_400_000),
    endsAt: new Date(Date.UTC(2018, 0, 2) + index * 7 * 86_400_000),
    status: "published",
    shareToken: newShareToken(),
  }));
  const inserted = await Convening.insertMany(programme);
  await AgendaSession.insertMany(
    inserted.flatMap((convening) =>
      Array.from({ length: 6 }, (_, slot) => ({
        conveningId: convening._id,
        title: `Session ${slot + 1}`,
        kind: "plenary",
        startsAt: new Date(convening.startsAt.getTime() + slot * 3_600_000),
        endsAt: new Date(convening.startsAt.getTime() + (slot + 1) * 3_600_000),
        timeZone: "Europe/London",
      })),
    ),
  );
  const exchange = await seedConvening("US learning exchange (60 sessions)", 5, 12, "America/New_York", null);
  const small = await seedConvening("Short meeting (6 sessions)", 2, 3, "America/New_York", null);
  const people = await Promise.all(
    Array.from({ length: 12 }, (_, index) =>
      createAccount({ role: "participant", cityId: cityIds[index % cityIds.length] }),
    ),
  );
  for (const conveningId of [exchange, small]) {
    await Registration.insertMany(
      people.map((person) => ({ conveningId, personId: person.id, cityId: person.cityId, status: "registered" })),
    );
  }

  const build = (await import(buildPath)) as ServerBuild;
  const handler = createRequestHandler(build, "production");
  const app = remixServer((request) => handler(request));
  const appUrl = await listen(app);
  const session = await getSessionStorage().getSession();
  session.set("personId", manager.id);
  const managerCookie = (await getSessionStorage().commitSession(session)).split(";")[0];
  const headersFor = (signedIn: boolean) => ({
    Cookie: [signedIn ? managerCookie : "", "tz=Europe%2FLondon"].filter(Boolean).join("; "),
  });

  const page = async (conveningId: string, signedIn: boolean) => {
    const response = await fetch(`${appUrl}/convenings/${conveningId}`, { headers: headersFor(signedIn) });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`agenda page answered ${response.status}`);
    return text;
  };

  const html = await page(exchange, false);
  const bytes = Buffer.byteLength(html);
  const payload = Buffer.alloc(bytes, "x");
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": String(bytes) });
    res.end(payload);
  });
  const bareUrl = await listen(bare);

  try {
    for (let warm = 0; warm < 5; warm += 1) {
      await page(exchange, true);
      await page(small, true);
      await (await fetch(bareUrl)).arrayBuffer();
    }
    const guestMs = await median(RUNS, () => page(exchange, false));
    const managerMs = await median(RUNS, () => page(exchange, true));
    const bareMs = await median(RUNS, async () => (await fetch(bareUrl)).arrayBuffer());
    // The guest page's database reads on their own, to see how much of the time is FerretDB.
    const readsMs = await median(RUNS, () =>
      Promise.all([
        getConvening(exchange),
        listAgendaSessions(exchange),
        getWhoIsComing(exchange, { withNames: false }),
      ]),
    );
    const queries = async (conveningId: string, signedIn: boolean) => countQueries(() => page(conveningId, signedIn));
    const [guest6, guest60, manager6, manager60] = [
      await queries(small, false),
      await queries(exchange, false),
      await queries(small, true),
      await queries(exchange, true),
    ];

    console.log(
      `agenda page: 5-day exchange, 60 sessions, programme of ${PROGRAMME_SIZE + 2} convenings; ${bytes} bytes of HTML; median of ${RUNS} requests`,
    );
    console.log(
      `  via createRequestHandler(build/index.js) behind node:http, against node:http sending ${bytes} bytes`,
    );
    console.log(
      `  guest:   ${guestMs.toFixed(2)} ms vs bare ${bareMs.toFixed(2)} ms → ${ratio(guestMs, bareMs)} the bare server`,
    );
    console.log(
      `  of which the guest page's database reads (convening, agenda copy, registrations, in parallel): ${readsMs.toFixed(2)} ms`,
    );
    console.log(
      `  manager: ${managerMs.toFixed(2)} ms vs bare ${bareMs.toFixed(2)} ms → ${ratio(managerMs, bareMs)} the bare server (warnings, visit, changes, names)`,
    );
    console.log(`database queries per agenda page (root + route loaders):`);
    console.log(`  guest:   ${guest6} with 6 sessions, ${guest60} with 60 sessions → ${ratio(guest60, guest6)}`);
    console.log(
      `  manager: ${manager6} with 6 sessions, ${manager60} with 60 sessions → ${ratio(manager60, manager6)}`,
    );
    if (guest60 !== guest6 || manager60 !== manager6)
      throw new Error("queries per agenda page grow with the number of sessions");
  } finally {
    app.close();
    bare.close();
  }
}
