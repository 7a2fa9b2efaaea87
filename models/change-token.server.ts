// Change tokens: a collection's token is replaced with a fresh random value on every write, so
// an in-process cache keyed by it can never serve data older than the last write. A random
// value (not a counter) matters on FerretDB, whose updates are read-modify-write: two racing
// increments could leave the same number, two random tokens cannot.
import { randomUUID } from "node:crypto";
import mongoose, { Schema, type Schema as SchemaType } from "mongoose";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError, upsertRacingSafely } from "./duplicate-key.server";

const changeTokenSchema = new Schema({
  _id: { type: String, required: true },
  token: { type: String, required: true },
});
export const ChangeToken = registerModel("ChangeToken", changeTokenSchema);

/** The collections with a change token, named once. */
export const CHANGE_TOKENS = {
  actions: "follow-up-actions",
  cities: "cities",
  convenings: "convenings",
  registrations: "registrations",
  sessions: "agenda-sessions",
  // Learning exchanges' travel, and their hotels with who sleeps where (personal feeds show both).
  travel: "travel-segments",
  lodging: "lodging",
} as const;
export type ChangeTokenName = (typeof CHANGE_TOKENS)[keyof typeof CHANGE_TOKENS];

export async function readChangeToken(name: ChangeTokenName): Promise<string> {
  const doc = await ChangeToken.findById(name).select("token").lean();
  return doc?.token ?? "initial";
}

/** Several tokens in one query, in the order asked. */
export async function readChangeTokens(names: ChangeTokenName[]): Promise<string[]> {
  const docs = await ChangeToken.find({ _id: { $in: names } })
    .select("token")
    .lean();
  const tokens = new Map(docs.map((doc) => [doc._id, doc.token]));
  return names.map((name) => tokens.get(name) ?? "initial");
}

/**
 * One string that changes whenever any of the named collections changes (and differs between
 * databases, so tests on separate databases never share a memoised value): one small read.
 */
export async function changeTokensFingerprint(names: ChangeTokenName[]): Promise<string> {
  return `${mongoose.connection.name}|${(await readChangeTokens(names)).join("|")}`;
}

export async function replaceChangeToken(name: ChangeTokenName) {
  await upsertRacingSafely(() =>
    ChangeToken.updateOne({ _id: name }, { $set: { token: randomUUID() } }, { upsert: true }),
  );
}

const WRITE_QUERIES = [
  "updateOne",
  "updateMany",
  "findOneAndUpdate",
  "findOneAndDelete",
  "deleteOne",
  "deleteMany",
  "replaceOne",
] as const;

/** Replaces the named token after every write made through the schema's model. */
export function replaceChangeTokenOnWrite(schema: SchemaType, name: ChangeTokenName) {
  const replace = async () => replaceChangeToken(name);
  schema.post("save", replace);
  schema.post("insertMany", replace);
  for (const query of WRITE_QUERIES) schema.post(query, replace);
}

/** Memoises one loader per key until the named token changes. */
export function cachedByChangeToken<T>(name: ChangeTokenName) {
  const entries = new Map<string, { token: string; value: T }>();
  return async (key: string, load: () => Promise<T>): Promise<T> => {
    const token = await readChangeToken(name); // read before the data: a write after it changes the token
    const cached = entries.get(key);
    if (cached && cached.token === token) return cached.value;
    const value = await load();
    entries.set(key, { token, value });
    return value;
  };
}

// A token per convening, replaced whenever its agenda copy is written (models/convening-agenda.server.ts):
// a feed of many convenings re-renders only those whose agenda changed. Apart from the collection
// tokens, so the collections' one small read stays small.
const agendaTokenSchema = new Schema({
  _id: { type: String, required: true }, // the convening's id
  token: { type: String, required: true },
});
export const AgendaToken = registerModel("AgendaToken", agendaTokenSchema);

/** Each convening's agenda token ("initial" for one never written), in one scan of the small collection. */
export async function readAgendaTokens(conveningIds: string[]): Promise<Map<string, string>> {
  const docs = conveningIds.length > 0 ? await AgendaToken.find({ _id: { $in: conveningIds } }).lean() : [];
  const tokens = new Map(docs.map((doc) => [doc._id, doc.token]));
  return new Map(conveningIds.map((id) => [id, tokens.get(id) ?? "initial"]));
}

export async function replaceAgendaToken(conveningId: string) {
  await upsertRacingSafely(() =>
    AgendaToken.updateOne({ _id: conveningId }, { $set: { token: randomUUID() } }, { upsert: true }),
  );
}

/** Tokens for convenings whose first agenda copies were stored in bulk (the seed), in one write. */
export async function insertAgendaTokens(conveningIds: string[]) {
  if (conveningIds.length === 0) return;
  try {
    await AgendaToken.insertMany(
      conveningIds.map((id) => ({ _id: id, token: randomUUID() })),
      { ordered: false },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error; // a token written since: it is newer anyway
  }
}
