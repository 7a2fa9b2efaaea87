// Reads of documents whose ids are known. FerretDB v1 on SQLite serves only a filter that is
// exactly `{ _id: <id> }` from an index; `_id` with any other condition, and `_id: { $in: […] }`,
// scan the whole collection. Measured on 20,000 documents: 35 ms by _id alone, 360 ms with one
// more condition, 950 ms for `$in` of a single id. So known ids are read one findById each, in
// parallel, and any other condition is checked on the documents read; past a bound, one scan
// costs less than that many lookups. On MongoDB both shapes use the _id index.
import type { Model } from "mongoose";
import { validIds } from "./ids.server";

const MAX_PARALLEL_LOOKUPS = 64;

/** The documents with these ids (unknown ones left out), as `.lean()` reads them, in no order. */
export async function findLeanByIds<TDoc>(
  model: Model<TDoc>,
  ids: Iterable<string | null | undefined>,
  select: string,
) {
  const valid = validIds(ids);
  if (valid.length === 0) return [];
  if (valid.length > MAX_PARALLEL_LOOKUPS)
    return model
      .find({ _id: { $in: valid } })
      .select(select)
      .lean();
  const docs = await Promise.all(valid.map((id) => model.findById(id).select(select).lean()));
  return docs.filter((doc) => doc !== null);
}
