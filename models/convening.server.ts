// Convenings: City Working Group meetings, learning exchanges, workshops and online meetings.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

export const CONVENING_KINDS = ["working-group-meeting", "learning-exchange", "workshop", "online-meeting"] as const;
export const CONVENING_FORMATS = ["in-person", "online", "hybrid"] as const;
export const CONVENING_STATUSES = ["draft", "published", "cancelled", "completed"] as const;
export type ConveningKind = (typeof CONVENING_KINDS)[number];
export type ConveningFormat = (typeof CONVENING_FORMATS)[number];
export type ConveningStatus = (typeof CONVENING_STATUSES)[number];

const placeSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 160 },
    address: { type: String, default: "", maxlength: 300 },
    region: { type: String, default: "", maxlength: 120 },
    country: { type: String, default: "", maxlength: 120 },
    timeZone: { type: String, required: true },
  },
  { _id: false },
);

const cityPlacesSchema = new Schema(
  { cityId: { type: Schema.Types.ObjectId, ref: "City", required: true }, places: { type: Number, min: 0 } },
  { _id: false },
);

const conveningSchema = new Schema(
  {
    seedKey: { type: String, default: undefined, index: { unique: true, sparse: true } },
    kind: { type: String, enum: CONVENING_KINDS, required: true },
    title: { type: String, required: true, trim: true, maxlength: 160 },
    summary: { type: String, default: "", maxlength: 4000 },
    phase: { type: Number, enum: [1, 2], required: true },
    hostCityId: { type: Schema.Types.ObjectId, ref: "City", default: null, index: true },
    places: { type: [placeSchema], default: [] },
    format: { type: String, enum: CONVENING_FORMATS, required: true },
    onlineUrl: { type: String, default: "" },
    timeZone: { type: String, required: true }, // the zone of the main place; the agenda's default
    startsAt: { type: Date, required: true, index: true },
    endsAt: { type: Date, required: true },
    aims: { type: [String], default: [] },
    themes: { type: [String], default: [] }, // framework theme codes, "T1".."T5"
    status: { type: String, enum: CONVENING_STATUSES, required: true, default: "draft", index: true },
    cancelReason: { type: String, default: "" },
    cancelledAt: { type: Date, default: null },
    registration: {
      placesPerCity: { type: Number, min: 0, default: null }, // null: no per-city limit
      cityPlaces: { type: [cityPlacesSchema], default: [] }, // overrides for particular cities
      capacity: { type: Number, min: 0, default: null },
      opensAt: { type: Date, default: null },
      closesAt: { type: Date, default: null },
      isApprovalRequired: { type: Boolean, default: false },
    },
    shareToken: { type: String, required: true, unique: true }, // public read-only agenda link
    revision: { type: Number, required: true, default: 1 }, // optimistic concurrency for edits
    sequence: { type: Number, required: true, default: 0 }, // iCalendar SEQUENCE
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    updatedById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  },
  { timestamps: true },
);

export const Convening = registerModel("Convening", conveningSchema);
