// The feedback results as CSV, held back exactly as on the results page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden } from "~/accounts/auth.server";
import { feedbackResultsCsv } from "~/feedback/results-csv";
import { summariseConveningFeedback } from "~/feedback/results.server";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { getReadableConveningForActions } from "~/follow-ups/readable-convening.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const convening = await getReadableConveningForActions(person, params.conveningId ?? "");
  if (!convening) throw notFound("That convening");
  const results = await summariseConveningFeedback(convening.id, person);
  if (!results) throw forbidden("Feedback results are for the programme team and city representatives.");
  return new Response(feedbackResultsCsv(results), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="feedback-results-${convening.id}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
