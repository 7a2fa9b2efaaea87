// The repair pass over the follow-up action summaries (npm run repair), for today's date.
import { todayIn } from "~/domain/follow-ups/action-rules";
import { repairActionSummaries as repairStored } from "~models/queries/action-summaries.server";

export function repairActionSummaries(now = new Date()) {
  return repairStored(todayIn(now));
}
