// Session notes: one document per convening (_id = the convening's id), holding its named
// note-takers and every session's key points. FerretDB updates are read-modify-write, so every
// change is a compare-and-set on `revision`: two note-takers writing at once never lose a point
// (the loser reads again and re-applies its change).
import { Schema } from "mongoose";
import { NOTE_KINDS, type NoteKind } from "~/domain/vocabulary/notes";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { idOrNull, isValidId } from "./ids.server";
import { registerModel, type LeanDocument } from "./register-model.server";

const pointSchema = new Schema(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true },
    kind: { type: String, enum: NOTE_KINDS, default: "point" },
    text: { type: String, required: true, maxlength: 1000 },
    authorId: { type: String, required: true },
    authorName: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    actionId: { type: String, default: null },
    actionTitle: { type: String, default: null },
  },
  { _id: false },
);

const sessionNotesSchema = new Schema({
  _id: { type: String, required: true }, // the convening's id
  noteTakerIds: { type: [String], default: [] },
  points: { type: [pointSchema], default: [] },
  revision: { type: Number, required: true, default: 0 },
});

export const SessionNotes = registerModel("SessionNotes", sessionNotesSchema);

// FerretDB updates are read-modify-write, so a filtered updateOne is no compare-and-set: the
// writer of revision N+1 first wins an insert of `<conveningId>#<N+1>` (the _id index is atomic).
const sessionNotesClaimSchema = new Schema({
  _id: { type: String, required: true },
  claimedAt: { type: Date, required: true },
});
export const SessionNotesClaim = registerModel("SessionNotesClaim", sessionNotesClaimSchema);

/** A claim left by a writer that died between claiming and writing frees its revision after this. */
const ABANDONED_CLAIM_MS = 30_000;

async function claimRevision(conveningId: string, revision: number): Promise<boolean> {
  const id = `${conveningId}#${revision}`;
  try {
    await SessionNotesClaim.create({ _id: id, claimedAt: new Date() });
    return true;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const claim = await SessionNotesClaim.findById(id).lean();
    if (claim && Date.now() - claim.claimedAt.getTime() > ABANDONED_CLAIM_MS)
      await SessionNotesClaim.deleteOne({ _id: id });
    return false;
  }
}

export type NotePoint = {
  id: string;
  sessionId: string;
  kind: NoteKind;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  actionId: string | null;
  actionTitle: string | null;
};
export type ConveningNotes = { conveningId: string; noteTakerIds: string[]; points: NotePoint[]; revision: number };

type NotesDoc = LeanDocument<typeof sessionNotesSchema>;

function toNotes(conveningId: string, doc: NotesDoc | null): ConveningNotes {
  return {
    conveningId,
    noteTakerIds: doc?.noteTakerIds ?? [],
    revision: doc?.revision ?? 0,
    points: (doc?.points ?? []).map((point) => ({
      id: String(point._id),
      sessionId: point.sessionId,
      kind: (point.kind ?? "point") as NoteKind,
      text: point.text,
      authorId: point.authorId,
      authorName: point.authorName,
      createdAt: point.createdAt,
      updatedAt: point.updatedAt,
      actionId: idOrNull(point.actionId),
      actionTitle: point.actionTitle ?? null,
    })),
  };
}

/** A convening's notes (empty when none were taken yet). */
export async function getConveningNotes(conveningId: string): Promise<ConveningNotes> {
  if (!isValidId(conveningId)) return toNotes(conveningId, null);
  const doc = await SessionNotes.findById(conveningId).lean();
  return toNotes(conveningId, doc as NotesDoc | null);
}

/** What a change does to the notes: the new state, or a refusal that is answered as it is. */
export type NotesChange<R> = (
  notes: ConveningNotes,
) => { next: Omit<ConveningNotes, "conveningId" | "revision">; result: R } | { refused: R };

/**
 * Applies a change by compare-and-set on `revision` (won by a claim insert), reading again after a conflict: a change made
 * by someone else in between is kept and the change is applied on top of it.
 */
export async function changeConveningNotes<R>(conveningId: string, change: NotesChange<R>): Promise<R> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * Math.min(attempt, 5)));
    const notes = await getConveningNotes(conveningId);
    const outcome = change(notes);
    if ("refused" in outcome) return outcome.refused;
    const fields = { noteTakerIds: outcome.next.noteTakerIds, points: outcome.next.points.map(toStored) };
    if (notes.revision === 0) {
      // Read before the notes existed: only the insert may write revision 1. Losing it means
      // another writer's first point is there now, so read again rather than claim over it.
      try {
        await SessionNotes.create({ _id: conveningId, ...fields, revision: 1 });
        return outcome.result;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        continue;
      }
    }
    if (!(await claimRevision(conveningId, notes.revision + 1))) continue;
    await SessionNotes.updateOne({ _id: conveningId }, { $set: { ...fields, revision: notes.revision + 1 } });
    await SessionNotesClaim.deleteOne({ _id: `${conveningId}#${notes.revision - 5}` });
    return outcome.result;
  }
  throw new Error("The notes kept changing under this write: try again");
}

function toStored(point: NotePoint) {
  const { id, ...rest } = point;
  return { _id: id, ...rest };
}
