// Ids as the app sees them: 24 hexadecimal characters. Model functions check them before any
// query, so a malformed id from a URL or a form finds nothing (a 404, a field error), never a
// CastError.
import { Types } from "mongoose";

const ID_PATTERN = /^[0-9a-f]{24}$/i;

export function isValidId(id: unknown): id is string {
  return typeof id === "string" && ID_PATTERN.test(id);
}

/** The distinct well-formed ids among those given (empty ids and malformed ones dropped). */
export function validIds(ids: Iterable<string | null | undefined>): string[] {
  return [...new Set(ids)].filter(isValidId);
}

/** The id as stored, or null: references read from documents come back as ObjectIds. */
export function idOrNull(value: unknown): string | null {
  return value ? String(value) : null;
}

/** A fresh id, increasing within a process (waitlist arrival order uses one). */
export function newId(): string {
  return new Types.ObjectId().toHexString();
}
