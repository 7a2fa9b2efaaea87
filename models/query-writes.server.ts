// Every Mongoose query middleware that writes documents: a model that keeps a copy of its
// documents elsewhere (agenda copies, action summaries, registration rosters) hooks all of them,
// so no way of writing leaves the copy behind.
export const QUERY_WRITES = [
  "updateOne",
  "updateMany",
  "findOneAndUpdate",
  "findOneAndReplace",
  "replaceOne",
  "findOneAndDelete",
  "deleteOne",
  "deleteMany",
] as const;
