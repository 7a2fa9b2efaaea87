// Programme phases (phase one 2017–2019, phase two from June 2019).
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

const phaseSchema = new Schema({
  number: { type: Number, required: true, unique: true },
  name: { type: String, required: true },
  startsOn: { type: String, required: true }, // ISO date: a phase is a span of calendar days
  endsOn: { type: String, default: null },
  description: { type: String, default: "" },
});

export const Phase = registerModel("Phase", phaseSchema);

export type PhaseEntry = { number: number; name: string; startsOn: string; endsOn: string | null; description: string };

export async function upsertPhase(phase: PhaseEntry) {
  await Phase.updateOne({ number: phase.number }, { $set: phase }, { upsert: true });
}

export async function listPhases(): Promise<PhaseEntry[]> {
  const docs = await Phase.find().select("-_id number name startsOn endsOn description").sort({ number: 1 }).lean();
  return docs.map(({ number, name, startsOn, endsOn, description }) => ({
    number,
    name,
    startsOn,
    endsOn: endsOn ?? null,
    description: description ?? "",
  }));
}
