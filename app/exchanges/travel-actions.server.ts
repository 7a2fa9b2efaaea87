// The Travel section's actions: save a segment (new or edited) and delete one, each allowed by the
// travel policy for everyone on the segment before and after the change.
import { parseWithZod } from "@conform-to/zod/v3";
import type { SignedInPerson } from "~models/person.server";
import { createTravelSegment, deleteTravelSegment, updateTravelSegment } from "~models/travel-segment.server";
import { segmentLabel } from "~/domain/exchanges/travel-warnings";
import { replyWithErrors, STALE_MESSAGE } from "~/forms/schema-form";
import { invariantResponse } from "~/utils/invariant";
import { formProblem, savedAt } from "./itinerary-answers.server";
import type { ItineraryExchange } from "./itinerary-exchange.server";
import { segmentFormOptions, type ItineraryData } from "./itinerary-page.server";
import { deleteSegmentSchema, SAVE_SEGMENT_INTENT, segmentFormSchema } from "./segment-form";
import { canEditTravel, canSeeBookingReference } from "./travel-policy";
import { travellersOf } from "./travel-view";

type Context = { viewer: SignedInPerson; exchange: ItineraryExchange; data: ItineraryData; formData: FormData };

const NOT_YOURS = "You can only change the travel of your own city's delegates.";

function existingSegment({ data }: Context, segmentId: string) {
  const segment = data.segments.find((candidate) => candidate.id === segmentId);
  invariantResponse(segment, "There is no such segment on this exchange.", { status: 404 });
  return segment;
}

export async function saveSegment(context: Context) {
  const { viewer, exchange, data, formData } = context;
  const submission = parseWithZod(formData, {
    schema: segmentFormSchema(segmentFormOptions(viewer, exchange, data)),
  });
  const target = String(formData.get("segmentId") ?? "");
  if (submission.status !== "success") return formProblem(SAVE_SEGMENT_INTENT, target, submission.reply());
  const { segmentId, revision, segment, notes } = submission.value;
  const byId = new Map(data.allDelegates.map((delegate) => [delegate.personId, delegate]));
  invariantResponse(canEditTravel(viewer, travellersOf(segment, data.allDelegates, byId)), NOT_YOURS, {
    status: 403,
  });
  const note = [`Saved ${segmentLabel(segment)}.`, ...notes].join(" ");
  if (!segmentId) {
    const id = await createTravelSegment(exchange.id, segment);
    return savedAt(exchange.id, `#segment-${id}`, note);
  }
  const before = existingSegment(context, segmentId);
  const travellers = travellersOf(before, data.allDelegates, byId);
  invariantResponse(canEditTravel(viewer, travellers), NOT_YOURS, { status: 403 });
  // A reference the person may not read is never theirs to overwrite.
  const input = canSeeBookingReference(viewer, travellers)
    ? segment
    : { ...segment, bookingReference: before.bookingReference };
  const saved = await updateTravelSegment(exchange.id, segmentId, revision, input);
  invariantResponse(saved.ok || saved.reason !== "missing", "There is no such segment on this exchange.", {
    status: 404,
  });
  if (!saved.ok)
    return formProblem(SAVE_SEGMENT_INTENT, segmentId, replyWithErrors(submission, { form: STALE_MESSAGE }), 409);
  return savedAt(exchange.id, `#segment-${segmentId}`, note);
}

export async function deleteSegment(context: Context) {
  const { viewer, exchange, data, formData } = context;
  const submission = parseWithZod(formData, { schema: deleteSegmentSchema });
  invariantResponse(submission.status === "success", "Choose a segment to delete.", { status: 400 });
  const segment = existingSegment(context, submission.value.segmentId);
  const byId = new Map(data.allDelegates.map((delegate) => [delegate.personId, delegate]));
  invariantResponse(canEditTravel(viewer, travellersOf(segment, data.allDelegates, byId)), NOT_YOURS, {
    status: 403,
  });
  await deleteTravelSegment(exchange.id, segment.id);
  return savedAt(exchange.id, "#travel", `Deleted ${segmentLabel(segment)}.`);
}
