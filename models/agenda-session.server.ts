// Agenda sessions of a convening. Times are UTC instants plus the IANA zone they were entered in.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

export const SESSION_KINDS = [
  "plenary",
  "workshop",
  "panel",
  "site-visit",
  "roundtable",
  "meal",
  "travel",
  "break",
  "networking",
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

const speakerSchema = new Schema(
  {
    personId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    name: { type: String, required: true, maxlength: 120 },
    role: { type: String, enum: ["facilitator", "speaker"], default: "speaker" },
  },
  { _id: false },
);

const agendaSessionSchema = new Schema(
  {
    seedKey: { type: String, default: undefined, index: { unique: true, sparse: true } },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    title: { type: String, required: true, trim: true, maxlength: 160 },
    description: { type: String, default: "", maxlength: 4000 },
    kind: { type: String, enum: SESSION_KINDS, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    timeZone: { type: String, required: true },
    endTimeZone: { type: String, default: null }, // a travel leg may end in another zone
    room: { type: String, default: "", maxlength: 160 },
    placeName: { type: String, default: "", maxlength: 160 },
    speakers: { type: [speakerSchema], default: [] },
    themes: { type: [String], default: [] },
    track: { type: String, default: "", maxlength: 60 },
    isCancelled: { type: Boolean, default: false },
    cancelledAt: { type: Date, default: null },
    sequence: { type: Number, required: true, default: 0 },
  },
  { timestamps: true },
);
agendaSessionSchema.index({ conveningId: 1, startsAt: 1 });

export const AgendaSession =
  registerModel("AgendaSession", agendaSessionSchema);
