// Learning reports: a programme report over a phase or a date range, with the manager's own
// introduction and conclusions and the feedback quotes they picked. Figures are computed at read.
import { Schema } from "mongoose";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";

const quoteSchema = new Schema(
  {
    text: { type: String, required: true, maxlength: 2000 },
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    conveningTitle: { type: String, required: true },
  },
  { _id: true },
);

const learningReportSchema = new Schema(
  {
    title: { type: String, required: true, maxlength: 160 },
    phase: { type: Number, default: null },
    startsOn: { type: String, required: true }, // YYYY-MM-DD, first day counted
    endsOn: { type: String, required: true }, // YYYY-MM-DD, last day counted
    introduction: { type: String, default: "", maxlength: 10000 },
    conclusions: { type: String, default: "", maxlength: 10000 },
    quotes: { type: [quoteSchema], default: [] },
    createdById: { type: Schema.Types.ObjectId, ref: "Person", default: null },
  },
  { timestamps: true },
);

export const LearningReport = registerModel("LearningReport", learningReportSchema);

export type ReportQuote = { id: string; text: string; conveningId: string; conveningTitle: string };
export type LearningReportRecord = {
  id: string;
  title: string;
  phase: number | null;
  startsOn: string;
  endsOn: string;
  introduction: string;
  conclusions: string;
  quotes: ReportQuote[];
  createdAt: Date;
};

const FIELDS = "title phase startsOn endsOn introduction conclusions quotes createdAt";

type ReportDoc = {
  _id: unknown;
  title: string;
  phase?: number | null;
  startsOn: string;
  endsOn: string;
  introduction?: string;
  conclusions?: string;
  quotes?: Array<{ _id: unknown; text: string; conveningId: unknown; conveningTitle: string }>;
  createdAt: Date;
};

function toRecord(doc: ReportDoc): LearningReportRecord {
  return {
    id: String(doc._id),
    title: doc.title,
    phase: doc.phase ?? null,
    startsOn: doc.startsOn,
    endsOn: doc.endsOn,
    introduction: doc.introduction ?? "",
    conclusions: doc.conclusions ?? "",
    quotes: (doc.quotes ?? []).map((quote) => ({
      id: String(quote._id),
      text: quote.text,
      conveningId: String(quote.conveningId),
      conveningTitle: quote.conveningTitle,
    })),
    createdAt: doc.createdAt,
  };
}

export type NewLearningReport = { title: string; phase: number | null; startsOn: string; endsOn: string };

/**
 * Inserts the report under the id its form carried, so a form sent again (its first answer lost
 * with the connection) finds that report made and makes no second one.
 */
export async function createLearningReport(input: NewLearningReport, byId: string, id?: string): Promise<string> {
  try {
    const doc = await LearningReport.create({ ...(isValidId(id) ? { _id: id } : {}), ...input, createdById: byId });
    return String(doc._id);
  } catch (error) {
    if (isValidId(id) && isDuplicateKeyError(error)) return id;
    throw error;
  }
}

/** One report by _id; null for a malformed or unknown id. */
export async function getLearningReport(id: string): Promise<LearningReportRecord | null> {
  if (!isValidId(id)) return null;
  const doc = await LearningReport.findById(id).select(FIELDS).lean<ReportDoc>();
  return doc ? toRecord(doc) : null;
}

/** Every report, newest range first (a handful per year: a bounded list). */
export async function listLearningReports(): Promise<LearningReportRecord[]> {
  const docs = await LearningReport.find().select(FIELDS).sort({ endsOn: -1, _id: -1 }).lean<ReportDoc[]>();
  return docs.map(toRecord);
}

/** The report whose range ends before this one starts, the latest such: "what changed since". */
export async function findPreviousLearningReport(report: LearningReportRecord): Promise<LearningReportRecord | null> {
  const all = await listLearningReports();
  return all.find((other) => other.id !== report.id && other.endsOn < report.startsOn) ?? null;
}

export async function updateLearningReportText(
  id: string,
  text: { introduction: string; conclusions: string },
): Promise<boolean> {
  if (!isValidId(id)) return false;
  const result = await LearningReport.updateOne({ _id: id }, { $set: text });
  return result.matchedCount === 1;
}

export async function addLearningReportQuote(id: string, quote: Omit<ReportQuote, "id">): Promise<boolean> {
  if (!isValidId(id)) return false;
  const result = await LearningReport.updateOne({ _id: id }, { $push: { quotes: quote } });
  return result.matchedCount === 1;
}

export async function removeLearningReportQuote(id: string, quoteId: string): Promise<boolean> {
  if (!isValidId(id) || !isValidId(quoteId)) return false;
  const result = await LearningReport.updateOne({ _id: id }, { $pull: { quotes: { _id: quoteId } } });
  return result.matchedCount === 1;
}
