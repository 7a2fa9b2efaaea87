// The shape of a catalogue: every key of the English catalogue, which the Welsh one must match
// (app/i18n/catalogues.test.ts). A type import only, so no catalogue reaches the client this way.
import type { english } from "./catalogues/english";

export type MessageKey = keyof typeof english;
export type Messages = Record<MessageKey, string>;
export type MessageValues = Record<string, string | number>;
