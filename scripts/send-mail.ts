// npm run send-mail: queues the change notices and daily digests that are due, sends the mail
// queue's due messages once and exits with a summary line (a line for change notices only when
// there were some). The app does both itself; this is for cron, e.g. when the app has been down.
import { describeChangeNoticeReport, runChangeNotices } from "~/change-notices/notice-runner.server";
import { settleMailSender } from "~/mail/background-sender.server";
import { sendQueuedMail } from "~/mail/send-queued-mail.server";
import { connectDb, disconnectDb } from "~/utils/db.server";

try {
  await connectDb();
  const notices = describeChangeNoticeReport(await runChangeNotices());
  if (notices) console.log(notices);
  console.log(await sendQueuedMail());
} catch (error) {
  console.error(`Sending mail failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await settleMailSender(); // what the change notices queued is not cut off mid-send
  await disconnectDb();
}
