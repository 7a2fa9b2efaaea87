// The repair pass for resource files: deletes what GridFS holds that no resource lists (an upload
// cut off by a crash or a lost database), once it is old enough not to be an upload under way.
import { getConveningResources } from "~models/resource.server";
import { deleteUnlistedResourceFiles, listResourceBucketConveningIds } from "~models/resource-file.server";

/** No upload (20 MB at most) takes an hour: anything unlisted and older is left over. */
export const UNLISTED_FILE_AGE_MS = 60 * 60 * 1000;

export async function repairResourceFiles(
  now = new Date(),
): Promise<{ conveningsChecked: number; filesDeleted: number }> {
  const startedBefore = new Date(now.getTime() - UNLISTED_FILE_AGE_MS);
  const conveningIds = await listResourceBucketConveningIds();
  let filesDeleted = 0;
  for (const conveningId of conveningIds) {
    const { items } = await getConveningResources(conveningId);
    const listed = new Set(items.flatMap((item) => (item.file ? [item.file.fileId] : [])));
    filesDeleted += await deleteUnlistedResourceFiles(conveningId, listed, startedBefore);
  }
  return { conveningsChecked: conveningIds.length, filesDeleted };
}
