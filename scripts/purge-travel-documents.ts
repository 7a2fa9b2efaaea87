// npm run purge-travel-documents: deletes delegates' travel documents whose exchange ended more
// than TRAVEL_DOCUMENTS_RETENTION_DAYS ago, keeping the record that they were. Run it daily from
// cron; running it twice deletes nothing more.
import { purgeReportLine, purgeTravelDocuments } from "~/exchanges/travel-document-purge.server";
import { connectDb, disconnectDb } from "~/utils/db.server";

try {
  await connectDb();
  console.log(purgeReportLine(await purgeTravelDocuments()));
} catch (error) {
  console.error(`Deleting travel documents failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
