// npm run reminders: emails owners a digest of due-soon and overdue follow-up actions and each
// city's operational lead a weekly plan summary, and sends the feedback forms of convenings that
// ended (with their one reminder). Safe to run from cron daily: nothing is sent twice.
import { runFeedbackMail } from "~/feedback/feedback-mail.server";
import { runReminders } from "~/follow-ups/reminders.server";
import { settleMailSender } from "~/mail/background-sender.server";
import { connectDb, disconnectDb } from "~/utils/db.server";

try {
  await connectDb();
  const report = await runReminders();
  for (const message of report.sent) console.log(`sent ${message.kind} to ${message.to}: ${message.subject}`);
  for (const failure of report.failed) console.error(`failed ${failure.kind} to ${failure.to}: ${failure.reason}`);
  console.log(
    `Reminders: ${report.sent.length} sent, ${report.alreadySent} already sent earlier, ${report.failed.length} failed.`,
  );
  const feedback = await runFeedbackMail();
  for (const message of feedback.sent) console.log(`sent feedback ${message.kind} to ${message.to}`);
  for (const failure of feedback.failed)
    console.error(`failed feedback ${failure.kind} to ${failure.to}: ${failure.reason}`);
  console.log(
    `Feedback: ${feedback.sent.length} sent, ${feedback.alreadySent} already sent earlier, ${feedback.failed.length} failed.`,
  );
  if (report.failed.length > 0 || feedback.failed.length > 0) process.exitCode = 1;
} catch (error) {
  console.error(`Reminders failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await settleMailSender(); // the emails it queued go out before the database closes
  await disconnectDb();
}
