// Parallel upserts of a document that does not exist yet all try to insert it; every one but
// the first then fails on the unique _id (FerretDB always, MongoDB sometimes). Run again, the
// write finds the document and updates it, which is what the caller meant.
const DUPLICATE_KEY = 11000;

export async function upsertRacingSafely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    return write();
  }
}
