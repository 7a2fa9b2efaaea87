// Answers to a convening's feedback form. The _id is an HMAC of the one-time token under a key
// derived from SESSION_SECRET: one answer per link is a unique insert, and without the secret
// and the token (stored nowhere) a response cannot be tied to its invitation. No person unless
// the form is named; the day only, not the time, of submission.
import { Schema } from "mongoose";
import type { FeedbackAnswer } from "~/domain/feedback/feedback-rules";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const answerSchema = new Schema(
  {
    key: { type: String, required: true },
    score: { type: Number, min: 1, max: 5, default: undefined },
    text: { type: String, maxlength: 2000, default: undefined },
  },
  { _id: false },
);

const feedbackResponseSchema = new Schema(
  {
    _id: { type: String, required: true },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true, index: true },
    cityId: { type: Schema.Types.ObjectId, ref: "City", default: null },
    role: { type: String, default: "" },
    personId: { type: Schema.Types.ObjectId, ref: "Person", default: undefined },
    answers: { type: [answerSchema], default: [] },
    submittedOn: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
  },
  { versionKey: false },
);

export const FeedbackResponse = registerModel("FeedbackResponse", feedbackResponseSchema);

export type FeedbackResponseRecord = {
  cityId: string | null;
  role: string;
  personId?: string;
  answers: FeedbackAnswer[];
};

/** Stores the answers of one link under its _id (app/feedback/response-id.server.ts): "used" when that link already answered. */
export async function insertFeedbackResponse(
  responseId: string,
  response: FeedbackResponseRecord & { conveningId: string; submittedOn: string },
): Promise<"saved" | "used"> {
  try {
    await FeedbackResponse.create({ _id: responseId, ...response });
    return "saved";
  } catch (error) {
    if (isDuplicateKeyError(error)) return "used";
    throw error;
  }
}

type StoredResponse = {
  cityId?: unknown;
  role?: string;
  personId?: unknown;
  answers?: Array<{ key: string; score?: number | null; text?: string | null }>;
};

/** Every response to the convening's form. */
export async function listFeedbackResponses(conveningId: string): Promise<FeedbackResponseRecord[]> {
  if (!isValidId(conveningId)) return [];
  const docs = await FeedbackResponse.find({ conveningId })
    .select("cityId role personId answers")
    .lean<StoredResponse[]>();
  return docs.map((doc) => ({
    cityId: doc.cityId ? String(doc.cityId) : null,
    role: doc.role ?? "",
    ...(doc.personId ? { personId: String(doc.personId) } : {}),
    answers: (doc.answers ?? []).map((answer) => ({
      key: answer.key,
      ...(typeof answer.score === "number" ? { score: answer.score } : {}),
      ...(typeof answer.text === "string" ? { text: answer.text } : {}),
    })),
  }));
}
