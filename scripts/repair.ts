// npm run repair: gives back places held by seats without a place-holding registration (left by a
// request a crash cut off) and hands free places to the waitlists in arrival order; and rebuilds
// the dashboard's and city plans' summaries of follow-up actions, correcting any that writes
// racing each other left wrong; and deletes stored files no resource lists (an upload cut off);
// and finishes deleting drafts whose deletion was cut off.
// Safe to run at any time, and twice.
import { repairPlaces } from "~/registration/registration.server";
import { repairActionSummaries } from "~/follow-ups/action-summaries.server";
import { repairResourceFiles } from "~/resources/repair-files.server";
import { settleMailSender } from "~/mail/background-sender.server";
import { connectDb, disconnectDb } from "~/utils/db.server";
import { listCities } from "~models/city.server";
import { repairCityPeople } from "~models/city-people.server";
import { finishInterruptedDeletions } from "~models/convening-deletion.server";

try {
  await connectDb();
  const report = await repairPlaces();
  console.log(
    `Places repaired: ${report.released} stray seat${report.released === 1 ? "" : "s"} released, ${report.promoted} ${report.promoted === 1 ? "person" : "people"} promoted from the waitlist.`,
  );
  const summaries = await repairActionSummaries();
  console.log(`Action summaries checked: ${summaries.checked}, ${summaries.corrected} corrected.`);
  const cityPeople = await repairCityPeople((await listCities()).map((city) => city.id));
  console.log(`City people indexes checked: ${cityPeople.checked}, ${cityPeople.corrected} corrected.`);
  const files = await repairResourceFiles();
  console.log(
    `Resource files checked in ${files.conveningsChecked} convening${files.conveningsChecked === 1 ? "" : "s"}: ${files.filesDeleted} left over from cut-off uploads deleted.`,
  );
  const deletions = await finishInterruptedDeletions();
  console.log(`Draft deletions finished: ${deletions}.`);
} catch (error) {
  console.error(`Repair failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await settleMailSender(); // the emails it queued go out before the database closes
  await disconnectDb();
}
