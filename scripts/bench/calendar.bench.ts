// Calendar files through the real request handler: the demo meeting's .ics and one session's,
// the Bristol rep's personal feed, the programme feed unchanged and right after one session was
// edited, the city and convening feeds, and a 304 for each feed and file.
import { getSession, updateSession, type SessionInput } from "~models/agenda-session.server";
import type { BenchPart } from "./context";
import { expectStatus, requestFigure } from "./context";
import type { Check, Figure } from "./figures";
import { milliseconds } from "./measure";

const UNCHANGED = "programme feed, unchanged";
const NOT_MODIFIED_MS = 5;
/** pretalx 2026.2.1 on the same machine, one event of 60 sessions among about 8,000 (issue 15). */
const PRETALX_MS: Record<string, number> = { "convening .ics": 180, "session .ics": 40 };

export const run: BenchPart = async ({ app, fixtures, scale }) => {
  const { conveningId, sessionId, calendarToken, manager } = fixtures;
  const files: Array<[string, string, Figure["target"]]> = [
    ["convening .ics", `/convenings/${conveningId}/event.ics`, { kind: "scale" }],
    ["session .ics", `/convenings/${conveningId}/sessions/${sessionId}/event.ics`, { kind: "scale" }],
    ["personal feed", `/calendar/me/${calendarToken}.ics`, { kind: "scale" }],
    [UNCHANGED, "/calendar/programme.ics", { kind: "none" }],
    ["city feed (Bristol)", "/calendar/cities/bristol.ics", { kind: "none" }],
    ["convening feed", `/calendar/convenings/${conveningId}.ics`, { kind: "none" }],
  ];
  const figures: Figure[] = [];
  for (const [name, path, target] of files) figures.push(await requestFigure(name, target, () => app.get(path)));

  // Each run edits the session's title first (untimed), so the request meets a changed programme.
  let edits = 0;
  const edit = async () => {
    const session = await getSession(conveningId, sessionId);
    if (!session) throw new Error("the demo session is missing");
    edits += 1;
    const input: SessionInput = {
      title: `Welcome and introductions (edit ${edits})`,
      description: session.description,
      kind: session.kind,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: session.timeZone,
      endTimeZone: session.endTimeZone,
      room: session.room,
      placeName: session.placeName,
      track: session.track,
      themes: session.themes,
      speakers: session.speakers,
    };
    const result = await updateSession(
      { id: conveningId, status: "published" },
      sessionId,
      session.revision,
      input,
      manager,
    );
    if (!result.ok) throw new Error(`the session edit failed: ${result.reason}`);
  };
  figures.push(
    await requestFigure(
      "programme feed after one edit",
      { kind: "at-most-times", of: UNCHANGED, times: 10 },
      () => app.get("/calendar/programme.ics"),
      { before: edit, minRuns: 5, budgetMs: 0 },
    ),
  );

  for (const [name, path] of files) {
    const { headers } = expectStatus(await app.get(path), 200, name);
    const etag = headers.get("ETag")!;
    figures.push(
      await requestFigure(
        `304 ${name}`,
        { kind: "at-most-ms", ms: NOT_MODIFIED_MS },
        () => app.get(path, { headers: { "If-None-Match": etag } }),
        {
          status: 304,
        },
      ),
    );
  }
  // At ten times the demo (about 8,000 sessions), the two downloads against pretalx's times.
  const checks: Check[] =
    scale < 10
      ? []
      : Object.entries(PRETALX_MS).map(([name, pretalxMs]) => {
          const ms = figures.find((figure) => figure.name === name)!.ms;
          return {
            scale,
            name: `${name} against pretalx`,
            measured: `${milliseconds(ms)} against ${milliseconds(pretalxMs)}`,
            target: "faster than pretalx",
            isMet: ms < pretalxMs,
          };
        });
  return { figures, checks };
};
