// Session notes: what kind of key point a note-taker records.
export const NOTE_KINDS = ["point", "decision", "question"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  point: "Point",
  decision: "Decision",
  question: "Question",
};
