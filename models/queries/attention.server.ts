// What the queue of things needing attention reads: the published convenings still to come, with
// their registration limits, and each one's roster (by _id, decision 020).
import { findConveningViews, type ConveningView } from "~models/convening.server";
import { readRoster, type RosterEntry } from "~models/convening-roster.server";

export type UpcomingConvening = ConveningView<"registration"> & { entries: RosterEntry[] };

export async function listUpcomingWithRosters(now: Date): Promise<UpcomingConvening[]> {
  const convenings = await findConveningViews({ status: "published", endsAt: { $gte: now } }, "registration");
  const rosters = await Promise.all(convenings.map((convening) => readRoster(convening.id)));
  return convenings.map((convening, index) => ({ ...convening, entries: rosters[index].entries }));
}
