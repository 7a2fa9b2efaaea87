// npm run send-mail: sends the mail queue's due messages once and exits with a summary line. The
// app drains the queue itself; this is for cron, e.g. when the app has been down or is not running.
import { sendQueuedMail } from "~/mail/send-queued-mail.server";
import { connectDb, disconnectDb } from "~/utils/db.server";

try {
  await connectDb();
  console.log(await sendQueuedMail());
} catch (error) {
  console.error(`Sending mail failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
