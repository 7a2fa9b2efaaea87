// One learning report: convenings held and how far their aims were met, attendance by city,
// actions by theme and city, picked quotes and the change since the previous report; managers
// edit the introduction, conclusions and quotes here.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { TableScroll } from "~/components/table-scroll";
import { ErrorSummary, SubmitButton, TextAreaField } from "~/components/form-fields";
import { MIN_GROUP } from "~/domain/feedback/summary";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm } from "~/forms/schema-form";
import { canEditReports, canReadReports } from "~/reports/policy";
import {
  DROP_QUOTE_INTENT,
  dropQuoteSchema,
  EDIT_TEXT_INTENT,
  editTextSchema,
  PICK_QUOTE_INTENT,
  pickQuoteSchema,
} from "~/reports/report-forms";
import { dropReportQuote, pickReportQuote, readLearningReport, saveReportText } from "~/reports/report.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { FigureTable } from "~/reports/components/figure-table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.report.title ?? "Learning report"} · Inclusive Cities planner` },
];

async function readableReport(request: Request, reportId: string | undefined) {
  const person = await requirePerson(request);
  const read = canReadReports(person);
  if (!read.ok) throw forbidden(read.reason);
  const report = await readLearningReport(reportId ?? "", person);
  invariantResponse(report, "Report not found", { status: 404 });
  return { person, report };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { person, report } = await readableReport(request, params.reportId);
  return json({ report, canEdit: canEditReports(person).ok });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const { person, report } = await readableReport(request, params.reportId);
  const edit = canEditReports(person);
  if (!edit.ok) throw forbidden(edit.reason);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === EDIT_TEXT_INTENT) {
    const submission = parseWithZod(formData, { schema: editTextSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    await saveReportText(report.id, submission.value);
    return redirectWithToast(`/reports/${report.id}`, "Introduction and conclusions saved.");
  }
  if (intent === PICK_QUOTE_INTENT) {
    const submission = parseWithZod(formData, { schema: pickQuoteSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    const picked = await pickReportQuote(report, submission.value.conveningId, submission.value.quote);
    if (!picked)
      return json(
        {
          intent,
          result: submission.reply({ formErrors: ["That quote is not an open answer from this report's convenings."] }),
        },
        { status: 400 },
      );
    return redirectWithToast(`/reports/${report.id}`, "Quote added to the report.");
  }
  if (intent === DROP_QUOTE_INTENT) {
    const submission = parseWithZod(formData, { schema: dropQuoteSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    await dropReportQuote(report.id, submission.value.quoteId);
    return redirectWithToast(`/reports/${report.id}`, "Quote removed.");
  }
  return json({ intent: null, result: null }, { status: 400 });
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}

function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  const width = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <span className="report-bar" role="img" aria-label={label}>
      <span style={{ width: `${width}%` }} />
    </span>
  );
}

export default function LearningReportPage() {
  const { report, canEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [textForm, textFields] = useSchemaForm({
    id: "report-text",
    schema: editTextSchema,
    lastResult: actionData?.intent === EDIT_TEXT_INTENT ? actionData.result : undefined,
    defaultValue: { introduction: report.introduction, conclusions: report.conclusions },
  });
  const { figures } = report;
  const maxRegistered = Math.max(0, ...figures.attendanceByCity.map((row) => row.registered));
  const pickedKeys = new Set(report.quotes.map((quote) => `${quote.conveningId}\n${quote.text}`));
  return (
    <article className="learning-report">
      <p className="no-print">
        <Link to="/reports">All learning reports</Link> · <a href={`/reports/${report.id}.pdf`}>Download as PDF</a>
      </p>
      <h1>{report.title}</h1>
      <p className="lede">
        {report.startsOn} to {report.endsOn}
      </p>

      <section className="report-section" aria-labelledby="intro-title">
        <h2 id="intro-title">Introduction</h2>
        {report.introduction ? (
          <Paragraphs text={report.introduction} />
        ) : (
          <p className="muted">No introduction yet.</p>
        )}
      </section>

      <section className="report-section" aria-labelledby="summary-title">
        <h2 id="summary-title">Summary against aims</h2>
        <p>
          {figures.totals.convenings} convenings held; {figures.totals.aimsMet} of {figures.totals.aimsMeasured} aims
          with enough feedback were met (mean score 4 or more of 5). Figures from fewer than {MIN_GROUP} answers are not
          shown.
        </p>
        {figures.convenings.map((convening) => (
          <TableScroll key={convening.id} labelledBy={`aims-${convening.id}`}>
            <FigureTable
              captionId={`aims-${convening.id}`}
              caption={
                <>
                  {convening.title} ({convening.startsOn})
                </>
              }
              columns={["Aim", "How far met"]}
              empty={convening.aims.length === 0 ? "No aims were set." : null}
            >
              {convening.aims.map((aim) => (
                <tr key={aim.number}>
                  <td>
                    {aim.number}. {aim.text}
                  </td>
                  <td>
                    {!convening.hasFeedback
                      ? "No feedback collected"
                      : aim.mean === null
                        ? `Fewer than ${MIN_GROUP} answers: not shown`
                        : `${aim.mean} of 5 (${aim.answers} answers)`}
                  </td>
                </tr>
              ))}
            </FigureTable>
          </TableScroll>
        ))}
      </section>

      <section className="report-section" aria-labelledby="attendance-title">
        <h2 id="attendance-title">Attendance by city</h2>
        {figures.attendanceByCity.length === 0 ? (
          <p className="muted">No registrations were recorded for these convenings.</p>
        ) : (
          <TableScroll labelledBy="attendance-caption">
            <FigureTable
              captionId="attendance-caption"
              caption="All convenings in the report"
              columns={["City", "Attended", "Registered", "Share"]}
            >
              {figures.attendanceByCity.map((row) => (
                <tr key={row.cityId}>
                  <th scope="row">{row.city}</th>
                  <td>{row.attended}</td>
                  <td>{row.registered}</td>
                  <td>
                    <Bar value={row.registered} max={maxRegistered} label={`${row.registered} registered`} />
                  </td>
                </tr>
              ))}
            </FigureTable>
          </TableScroll>
        )}
        {figures.attendanceByConvening
          .filter((convening) => convening.cities.length > 0)
          .map((convening) => (
            <TableScroll key={convening.conveningId} labelledBy={`attendance-${convening.conveningId}`}>
              <FigureTable
                captionId={`attendance-${convening.conveningId}`}
                caption={convening.title}
                columns={["City", "Attended / registered"]}
              >
                {convening.cities.map((row) => (
                  <tr key={row.cityId}>
                    <th scope="row">{row.city}</th>
                    <td>
                      {row.attended} / {row.registered}
                    </td>
                  </tr>
                ))}
              </FigureTable>
            </TableScroll>
          ))}
      </section>

      <section className="report-section" aria-labelledby="actions-title">
        <h2 id="actions-title">Actions opened and done</h2>
        {[
          { id: "theme", title: "By theme", rows: figures.actionsByTheme },
          { id: "city", title: "By city", rows: figures.actionsByCity },
        ].map((group) => (
          <TableScroll key={group.id} labelledBy={`actions-${group.id}`}>
            <FigureTable
              captionId={`actions-${group.id}`}
              caption={group.title}
              columns={[group.id === "theme" ? "Theme" : "City", "Opened", "Done"]}
            >
              {group.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.opened}</td>
                  <td>{row.done}</td>
                </tr>
              ))}
            </FigureTable>
          </TableScroll>
        ))}
      </section>

      <section className="report-section" aria-labelledby="quotes-title">
        <h2 id="quotes-title">In their words</h2>
        {report.quotes.length === 0 ? <p className="muted">No quotes picked yet.</p> : null}
        {report.quotes.map((quote) => (
          <figure key={quote.id}>
            <blockquote>{quote.text}</blockquote>
            <figcaption>{quote.conveningTitle}</figcaption>
            {canEdit ? (
              <Form method="post" className="no-print">
                <input type="hidden" name="intent" value={DROP_QUOTE_INTENT} />
                <input type="hidden" name="quoteId" value={quote.id} />
                <SubmitButton pendingText="Removing…">Remove this quote</SubmitButton>
              </Form>
            ) : null}
          </figure>
        ))}
      </section>

      <section className="report-section" aria-labelledby="changes-title">
        <h2 id="changes-title">Since the previous report</h2>
        {report.previous ? (
          <TableScroll labelledBy="changes-caption">
            <FigureTable
              captionId="changes-caption"
              caption={<>Compared with {report.previous.title}</>}
              columns={["Figure", "Before", "Now", "Change"]}
            >
              {report.previous.deltas.map((delta) => (
                <tr key={delta.label}>
                  <th scope="row">{delta.label}</th>
                  <td>{delta.before}</td>
                  <td>{delta.now}</td>
                  <td>{delta.change > 0 ? `+${delta.change}` : delta.change}</td>
                </tr>
              ))}
            </FigureTable>
          </TableScroll>
        ) : (
          <p className="muted">This is the first report.</p>
        )}
      </section>

      <section className="report-section" aria-labelledby="conclusions-title">
        <h2 id="conclusions-title">Conclusions</h2>
        {report.conclusions ? <Paragraphs text={report.conclusions} /> : <p className="muted">No conclusions yet.</p>}
      </section>

      {canEdit ? (
        <section className="no-print" aria-labelledby="edit-title">
          <h2 id="edit-title">Edit the report</h2>
          <Form method="post" className="form" {...getFormProps(textForm)}>
            <input type="hidden" name="intent" value={EDIT_TEXT_INTENT} />
            <ErrorSummary
              id={textForm.errorId}
              errors={actionData?.intent === EDIT_TEXT_INTENT ? actionData.result?.error : undefined}
            />
            <TextAreaField
              field={textFields.introduction}
              label="Introduction"
              hint="Plain text; a blank line starts a paragraph."
              rows={8}
            />
            <TextAreaField field={textFields.conclusions} label="Conclusions" rows={8} />
            <SubmitButton pendingText="Saving…">Save the text</SubmitButton>
          </Form>
          <h3>Pick quotes from open feedback answers</h3>
          {actionData?.intent === PICK_QUOTE_INTENT ? (
            <ErrorSummary id="pick-quote-errors" errors={actionData.result?.error} />
          ) : null}
          {figures.convenings.every((convening) => convening.openAnswers.length === 0) ? (
            <p className="muted">No open answers to pick from.</p>
          ) : null}
          {figures.convenings
            .filter((convening) => convening.openAnswers.length > 0)
            .map((convening) => (
              <section key={convening.id} aria-label={`Open answers from ${convening.title}`}>
                <h4>{convening.title}</h4>
                <ul>
                  {convening.openAnswers.map((answer, index) => (
                    <li key={index}>
                      {answer}{" "}
                      {pickedKeys.has(`${convening.id}\n${answer}`) ? (
                        <span className="muted">(picked)</span>
                      ) : (
                        <Form method="post" style={{ display: "inline" }}>
                          <input type="hidden" name="intent" value={PICK_QUOTE_INTENT} />
                          <input type="hidden" name="conveningId" value={convening.id} />
                          <input type="hidden" name="quote" value={answer} />
                          <SubmitButton pendingText="Adding…">Use this quote</SubmitButton>
                        </Form>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </section>
      ) : null}
    </article>
  );
}
