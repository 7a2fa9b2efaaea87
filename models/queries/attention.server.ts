// What the queue of things needing attention reads: the published convenings still to come, with
// their registration limits and each one's roster (by _id, decision 020); from the same read, the
// convenings that ended lately, with their feedback forms (by _id) and the invitations of the
// forms sent: one query for them all, whatever the number of convenings (FerretDB answers it by
// scanning the invitations, one document per attendee of a convening that had feedback).
import { findConveningViews, type ConveningView } from "~models/convening.server";
import { readRoster, type RosterEntry } from "~models/convening-roster.server";
import { listFeedbackForms, type FeedbackFormRecord } from "~models/feedback-form.server";
import { FeedbackInvitation } from "~models/feedback-invitation.server";

export type UpcomingConvening = ConveningView<"registration"> & { entries: RosterEntry[] };

export type EndedConvening = {
  convening: ConveningView<"registration">;
  form: FeedbackFormRecord | null;
  invitations: Array<{ cityId: string | null; sentAt: Date | null; answeredAt: Date | null }>;
};

export type QueueConvenings = { upcoming: UpcomingConvening[]; ended: EndedConvening[] };

type StoredInvitation = { conveningId: unknown; cityId?: unknown; sentAt?: Date | null; answeredAt?: Date | null };

/** Convenings still to come (published), and those that ended since `endedSince` (published or completed). */
export async function readQueueConvenings(now: Date, endedSince: Date): Promise<QueueConvenings> {
  const convenings = await findConveningViews(
    { status: { $in: ["published", "completed"] }, endsAt: { $gte: endedSince } },
    "registration",
  );
  const coming = convenings.filter((convening) => convening.endsAt >= now && convening.status === "published");
  const past = convenings.filter((convening) => convening.endsAt < now);
  const [rosters, forms] = await Promise.all([
    Promise.all(coming.map((convening) => readRoster(convening.id))),
    listFeedbackForms(past.map((convening) => convening.id)),
  ]);
  const sentIds = forms.filter((form) => form.sentAt !== null).map((form) => form.conveningId);
  const invitations =
    sentIds.length === 0
      ? []
      : await FeedbackInvitation.find({ conveningId: { $in: sentIds } })
          .select("conveningId cityId sentAt answeredAt")
          .lean<StoredInvitation[]>();
  const formOf = new Map(forms.map((form) => [form.conveningId, form]));
  return {
    upcoming: coming.map((convening, index) => ({ ...convening, entries: rosters[index].entries })),
    ended: past.map((convening) => ({
      convening,
      form: formOf.get(convening.id) ?? null,
      invitations: invitations
        .filter((invitation) => String(invitation.conveningId) === convening.id)
        .map((invitation) => ({
          cityId: invitation.cityId ? String(invitation.cityId) : null,
          sentAt: invitation.sentAt ?? null,
          answeredAt: invitation.answeredAt ?? null,
        })),
    })),
  };
}
