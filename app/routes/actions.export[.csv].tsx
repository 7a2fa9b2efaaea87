// CSV export of follow-up actions: ?city=<slug>, ?convening=<id>, ?phase=<n> (any together), or every action.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requirePlanReader } from "~/follow-ups/action-service.server";
import { exportActionsCsv } from "~/follow-ups/action-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePlanReader(request);
  const url = new URL(request.url);
  const result = await exportActionsCsv(
    {
      citySlug: url.searchParams.get("city"),
      conveningId: url.searchParams.get("convening"),
      phase: url.searchParams.get("phase"),
    },
    person,
  );
  if (!result) throw notFound("That city, convening or phase");
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
