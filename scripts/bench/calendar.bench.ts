// Programme feed for 200 convenings × 40 sessions through the real Remix request handler
// (build/index.js), against building and serialising the same events with ical-generator alone.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import { loadProgrammeData } from "~/calendar/feed-data.server";
import { AgendaSession } from "~models/agenda-session.server";
import { createProgramme } from "../../tests/factories/calendar";
import { countQueries, median, ratio } from "./measure";

const CONVENINGS = 200;
const SESSIONS_EACH = 40;
const RUNS = 5;
const FEED_URL = "http://bench.test/calendar/programme.ics";

/** The baseline: the same events, straight into ical-generator (no database, no HTTP). */
function rawIcalGenerator(data: Awaited<ReturnType<typeof loadProgrammeData>>): string {
  const calendar = new ICalCalendar({ name: "Inclusive Cities programme" });
  const byId = new Map(data.convenings.map((convening) => [convening.id, convening]));
  for (const convening of data.convenings) {
    calendar.createEvent({
      id: `convening-${convening.id}`,
      sequence: convening.sequence,
      allDay: true,
      start: DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone }).startOf("day"),
      end: DateTime.fromJSDate(convening.endsAt, { zone: convening.timeZone }).startOf("day").plus({ days: 1 }),
      summary: convening.title,
      description: convening.summary,
      location: convening.places[0]?.name,
      stamp: convening.updatedAt,
      lastModified: convening.updatedAt,
    });
  }
  for (const session of data.sessions) {
    const convening = byId.get(session.conveningId)!;
    calendar.createEvent({
      id: `session-${session.id}`,
      sequence: session.sequence,
      timezone: session.timeZone,
      start: DateTime.fromJSDate(session.startsAt, { zone: session.timeZone }),
      end: DateTime.fromJSDate(session.endsAt, { zone: session.timeZone }),
      summary: session.title,
      description: `${session.description}\n\nPart of ${convening.title}.`,
      location: `${session.room}, ${session.placeName}`,
      categories: [{ name: session.kind }],
      stamp: session.updatedAt,
      lastModified: session.updatedAt,
    });
  }
  return calendar.toString();
}

async function requestHandler(): Promise<{ handle: (request: Request) => Promise<Response>; via: string }> {
  const buildPath = path.resolve("build/index.js");
  if (fs.existsSync(buildPath)) {
    const build = (await import(buildPath)) as ServerBuild;
    const handler = createRequestHandler(build, "production");
    return { handle: (request) => handler(request), via: "createRequestHandler(build/index.js)" };
  }
  // Without a production build, call the route's loader (the same code minus Remix routing).
  const { loader } = await import("~/routes/calendar.programme[.ics]");
  return {
    handle: (request) => loader({ request, params: {}, context: {} }),
    via: "route loader (run `npm run build` for the full handler)",
  };
}

export async function run() {
  await createProgramme(CONVENINGS, SESSIONS_EACH);
  const { handle, via } = await requestHandler();
  const get = async (headers: Record<string, string> = {}) => {
    const response = await handle(new Request(FEED_URL, { headers }));
    const body = await response.text();
    return { response, body };
  };

  const data = await loadProgrammeData();
  const rawMs = await median(RUNS, async () => rawIcalGenerator(data));

  // The first request after start renders every event (nothing is cached yet): one sample.
  const firstStarted = performance.now();
  const first = await get();
  const firstMs = performance.now() - firstStarted;
  if (first.response.status !== 200) throw new Error(`feed answered ${first.response.status}`);
  const etag = first.response.headers.get("ETag")!;
  const events = first.body.split("BEGIN:VEVENT").length - 1;
  const warmMs = await median(RUNS, () => get());
  const notModifiedMs = await median(RUNS, async () => {
    const { response } = await get({ "If-None-Match": etag });
    if (response.status !== 304) throw new Error(`expected 304, got ${response.status}`);
  });

  // After a change (one session edited) the feed is rebuilt from the database; only the edited
  // event is rendered again.
  const [oneSession] = await AgendaSession.find().select("_id").limit(1).lean();
  let edits = 0;
  const changedMs = await median(RUNS, async () => {
    edits += 1;
    await AgendaSession.updateOne(
      { _id: oneSession._id },
      { $set: { title: `Edited ${edits}` }, $inc: { sequence: 1 } },
    );
    await get();
  });
  const editOnlyMs = await median(RUNS, async () => {
    edits += 1;
    await AgendaSession.updateOne(
      { _id: oneSession._id },
      { $set: { title: `Edited ${edits}` }, $inc: { sequence: 1 } },
    );
  });
  await get(); // rebuild after the last edit, so the next request meets unchanged data
  const queriesWarm = await countQueries(() => get());
  edits += 1;
  await AgendaSession.updateOne({ _id: oneSession._id }, { $set: { title: `Edited ${edits}` }, $inc: { sequence: 1 } });
  const queriesCold = await countQueries(() => get());

  const bytes = Buffer.byteLength(first.body);
  const gzipped = gzipSync(first.body).length;
  console.log(`programme feed, ${CONVENINGS} convenings × ${SESSIONS_EACH} sessions = ${events} events, via ${via}`);
  console.log(`raw ical-generator build + serialise (in-process, no DB/HTTP): ${rawMs.toFixed(1)} ms (baseline 1.00×)`);
  console.log(`request, data unchanged (memoised): ${warmMs.toFixed(1)} ms = ${ratio(warmMs, rawMs)} raw`);
  console.log(
    `request after one session edited (rebuilt from the database, one event rendered): ${(changedMs - editOnlyMs).toFixed(1)} ms = ${ratio(changedMs - editOnlyMs, rawMs)} raw  [target ≤ 1.5×]`,
  );
  console.log(
    `first request after start (every event rendered, one sample): ${firstMs.toFixed(1)} ms = ${ratio(firstMs, rawMs)} raw`,
  );
  console.log(`304 (If-None-Match): ${notModifiedMs.toFixed(1)} ms = ${ratio(notModifiedMs, rawMs)} raw`);
  console.log(
    `database queries per request: ${queriesWarm} unchanged, ${queriesCold} after an edit (fixed, independent of size)`,
  );
  console.log(
    `feed size: ${(bytes / 1024).toFixed(0)} KiB, gzip ${(gzipped / 1024).toFixed(0)} KiB (${ratio(gzipped, bytes)} of plain)`,
  );
}
