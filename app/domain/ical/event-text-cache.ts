// Remembers each event's rendered VEVENT text by UID and a hash of its input, so rebuilding a
// large feed after one edit re-renders only the events whose input changed (ical-generator's
// line folding costs about a millisecond per event).
import { createHash } from "node:crypto";
import { LruCache } from "../lru-cache";

export type RenderedEvent = {
  /** Folded "BEGIN:VEVENT … END:VEVENT\r\n" text. */
  text: string;
  /** The zones written as TZID: the start's, then an arrival zone; none for all-day and UTC events. */
  zones: string[];
  /** Calendar years the event touches in those zones (their VTIMEZONEs must cover them). */
  fromYear: number;
  toYear: number;
};

type Entry = RenderedEvent & { inputHash: string };

// Rendered text is about 0.5–1 KB an event: 16 M characters hold a ten-times programme's events.
const DEFAULT_MAX_CHARACTERS = 16_000_000;

export class EventTextCache {
  private readonly entries: LruCache<string, Entry>;

  constructor(maxCharacters = DEFAULT_MAX_CHARACTERS) {
    this.entries = new LruCache(maxCharacters, (entry) => entry.text.length + entry.inputHash.length);
  }

  /** The input's fingerprint: any change to any field renders the event again. */
  static hashInput(input: unknown): string {
    return createHash("sha256").update(JSON.stringify(input)).digest("base64url");
  }

  get(uid: string, inputHash: string): RenderedEvent | undefined {
    const entry = this.entries.get(uid);
    return entry && entry.inputHash === inputHash ? entry : undefined;
  }

  set(uid: string, inputHash: string, rendered: RenderedEvent) {
    this.entries.set(uid, { ...rendered, inputHash });
  }

  clear() {
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}
