// Change tokens: a collection's token is replaced with a fresh random value on every write, so
// an in-process cache keyed by it can never serve data older than the last write. A random
// value (not a counter) matters on FerretDB, whose updates are read-modify-write: two racing
// increments could leave the same number, two random tokens cannot.
import { randomUUID } from "node:crypto";
import mongoose, { Schema, type Schema as SchemaType } from "mongoose";
import { registerModel } from "./register-model.server";
import { upsertRacingSafely } from "./duplicate-key.server";
import { recordProgrammeChange, recordProgrammeChangeOnWrite } from "./programme-token.server";

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
  // A city's name is in the events of the convenings it hosts: the whole programme is read again.
  if (name === CHANGE_TOKENS.cities) await recordProgrammeChange(null);
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
  // Convening writes also name the convenings they wrote in the programme's change log.
  if (name === CHANGE_TOKENS.convenings) recordProgrammeChangeOnWrite(schema);
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
