// HTTP for calendar files: content type, validators, conditional requests (304) and caching.
import { HTML_LANG, isLanguage, DEFAULT_LANGUAGE, type Language } from "~/domain/languages";
import type { CalendarFile } from "./feeds.server";

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";
// Short enough that a change reaches subscribers quickly, long enough to absorb polling bursts.
const MAX_AGE_SECONDS = 300;

/** Whole seconds, as HTTP dates carry them. */
const toSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

function matchesIfNoneMatch(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): a "W/" prefix some proxies add still matches.
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .includes(etag);
}

function isNotModified(request: Request, file: CalendarFile): boolean {
  const ifNoneMatch = request.headers.get("If-None-Match");
  // If-None-Match wins when present (RFC 9110 §13.2.2): If-Modified-Since is then ignored.
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, file.etag);
  const ifModifiedSince = request.headers.get("If-Modified-Since");
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && toSeconds(file.lastModified) <= Math.floor(since / 1000);
}

/** 200 with the file, or 304 when the client's copy is current. HEAD is answered by Remix from this. */
export function calendarResponse(request: Request, file: CalendarFile): Response {
  const headers = new Headers({
    ETag: file.etag,
    "Last-Modified": new Date(toSeconds(file.lastModified) * 1000).toUTCString(),
    "Cache-Control": `${file.isPrivate ? "private" : "public"}, max-age=${MAX_AGE_SECONDS}`,
    "Content-Language": HTML_LANG[file.language],
    // Personal feed URLs are secrets: keep them out of Referer headers and search indexes.
    ...(file.isPrivate ? { "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" } : {}),
  });
  if (isNotModified(request, file)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", CALENDAR_CONTENT_TYPE);
  headers.set("X-Content-Type-Options", "nosniff");
  if (file.filename) headers.set("Content-Disposition", `attachment; filename="${file.filename}"`);
  return new Response(file.body, { status: 200, headers });
}

/** 404 that says nothing about whether the thing ever existed. */
export function calendarNotFound(): Response {
  return new Response("Not found.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The language a feed or download is asked for: `?lang=cy` or `?lang=en`, English without one.
 * Anything else is a 400 that says which values work (a calendar client shows the plain text).
 */
export function calendarLanguage(request: Request): Language | Response {
  const asked = new URL(request.url).searchParams.getAll("lang");
  if (asked.length === 0) return DEFAULT_LANGUAGE;
  if (asked.length === 1 && isLanguage(asked[0])) return asked[0];
  return new Response(
    "Unknown language: use lang=en for English or lang=cy for Welsh.\n" +
      "Iaith anhysbys: defnyddiwch lang=cy ar gyfer Cymraeg neu lang=en ar gyfer Saesneg.\n",
    { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } },
  );
}
