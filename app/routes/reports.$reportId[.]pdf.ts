// A learning report as a PDF download: the same figures as the page, for the same readers.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { canReadReports } from "~/reports/policy";
import { renderReportPdf, reportFileName } from "~/reports/pdf/report-pdf.server";
import { readLearningReport } from "~/reports/report.server";
import { invariantResponse } from "~/utils/invariant";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const read = canReadReports(person);
  if (!read.ok) throw forbidden(read.reason);
  const report = await readLearningReport(params.reportId ?? "", person);
  invariantResponse(report, "Report not found", { status: 404 });
  const pdf = await renderReportPdf(report);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${reportFileName(report.title)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
