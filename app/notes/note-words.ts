// The kinds of session-notes points in the reader's language (server and browser alike).
import type { NoteKind } from "~/domain/vocabulary/notes";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";

const NOTE_KIND_KEYS: Record<NoteKind, MessageKey> = {
  point: "notes.kind.point",
  decision: "notes.kind.decision",
  question: "notes.kind.question",
};

export const noteKindLabel = (t: Translate, kind: NoteKind) => t(NOTE_KIND_KEYS[kind]);
