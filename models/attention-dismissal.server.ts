// What each person has dismissed or snoozed in their queue of things needing attention: one
// document per person, keyed by the person's _id (the read FerretDB serves from an index), with
// one entry per item key, each $set or $unset alone.
import { Schema } from "mongoose";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const attentionDismissalSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    // item key → { count, until }: the count it had when dismissed; until, for a snooze.
    items: { type: Schema.Types.Mixed, default: {} },
  },
  { minimize: false },
);

export const AttentionDismissal = registerModel("AttentionDismissal", attentionDismissalSchema);

export type StoredDismissal = { count: number; until: Date | null };

/** Item keys are made of names and ids; anything else is refused before it reaches a field path. */
const isItemKey = (key: string) => /^[a-z-]+(:[0-9a-f]{24}|:none)*$/.test(key);

export async function readDismissals(personId: string): Promise<Map<string, StoredDismissal>> {
  if (!isValidId(personId)) return new Map();
  const doc = await AttentionDismissal.findById(personId)
    .select("items")
    .lean<{ items?: Record<string, { count: number; until: Date | string | null }> }>();
  return new Map(
    Object.entries(doc?.items ?? {}).map(([key, value]) => [
      key,
      { count: value.count, until: value.until ? new Date(value.until) : null },
    ]),
  );
}

export async function dismissItem(personId: string, key: string, dismissal: StoredDismissal): Promise<boolean> {
  if (!isValidId(personId) || !isItemKey(key)) return false;
  await AttentionDismissal.updateOne({ _id: personId }, { $set: { [`items.${key}`]: dismissal } }, { upsert: true });
  return true;
}

/** Brings back everything the person set aside. */
export async function clearDismissals(personId: string): Promise<void> {
  if (!isValidId(personId)) return;
  await AttentionDismissal.deleteOne({ _id: personId });
}
