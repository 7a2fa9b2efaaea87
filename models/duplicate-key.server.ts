// Duplicate-key errors (E11000): how unique indexes say "someone else got there first".

export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

/**
 * Parallel upserts of a document that does not exist yet all try to insert it; every one but
 * the first then fails on the unique key (FerretDB always, MongoDB sometimes). Run again, the
 * write finds the document and updates it, which is what the caller meant.
 */
export async function upsertRacingSafely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return write();
  }
}
