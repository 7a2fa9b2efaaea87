// Follow-up actions: raised at a convening (optionally a session) or in a city's action plan,
// owned by a city (and optionally a person), with a timeline of progress updates.
import { Schema } from "mongoose";
import { registerModel } from "./register-model.server";

export const ACTION_STATUSES = ["open", "in-progress", "blocked", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_PRIORITIES = ["low", "medium", "high"] as const;

const progressUpdateSchema = new Schema(
  {
    authorId: { type: Schema.Types.ObjectId, ref: "Person", default: null },
    authorName: { type: String, required: true },
    at: { type: Date, required: true },
    text: { type: String, default: "", maxlength: 4000 },
    evidenceUrl: { type: String, default: "" },
    statusFrom: { type: String, enum: [...ACTION_STATUSES, null], default: null },
    statusTo: { type: String, enum: [...ACTION_STATUSES, null], default: null },
  },
  { _id: true },
);

const followUpActionSchema = new Schema(
  {
    title: { type: String, required: true, trim: true, maxlength: 200 },
    description: { type: String, default: "", maxlength: 4000 },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", default: null, index: true },
    sessionId: { type: Schema.Types.ObjectId, ref: "AgendaSession", default: null },
    ownerCityId: { type: Schema.Types.ObjectId, ref: "City", required: true },
    ownerPersonId: { type: Schema.Types.ObjectId, ref: "Person", default: null, index: true },
    dueOn: { type: String, default: null }, // a calendar day, YYYY-MM-DD: due dates have no hour
    status: { type: String, enum: ACTION_STATUSES, required: true, default: "open" },
    priority: { type: String, enum: ACTION_PRIORITIES, required: true, default: "medium" },
    principles: { type: [String], default: [] }, // "P1".."P5"
    themes: { type: [String], default: [] }, // "T1".."T5"
    resourcesNeeded: { type: String, default: "", maxlength: 2000 },
    updates: { type: [progressUpdateSchema], default: [] },
    lastProgressAt: { type: Date, default: null },
    sequence: { type: Number, required: true, default: 0 }, // iCalendar SEQUENCE
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  },
  { timestamps: true },
);
followUpActionSchema.index({ ownerCityId: 1, status: 1, dueOn: 1 });
followUpActionSchema.index({ status: 1, dueOn: 1 });

export const FollowUpAction = registerModel("FollowUpAction", followUpActionSchema);
