import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { drain, readMultipartForm } from "~/forms/multipart-form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { MAX_IMPORT_CHARACTERS, MAX_IMPORT_ROWS, type ImportPlan } from "~/people/people-import";
import { confirmImport, previewImport } from "~/people/people-import.server";

export const meta: MetaFunction = () => [{ title: "Import people · Inclusive Cities planner" }];

const PREVIEW_INTENT = "preview";
const CONFIRM_INTENT = "confirm";

// Importing is the programme team's, as the people directory is (app/people/policy.ts).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireManager(request);
  return json({});
}

type ImportActionData = { csv: string; plan: ImportPlan | null; message: string | null; fieldError: string | null };

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  await requireManager(request);
  let uploaded: string | null = null;
  let isFileTooLong = false;
  const formData = await readMultipartForm(request, async (part) => {
    if (part.name !== "file" || part.filename === "") return drain(part.data);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of part.data) {
      size += chunk.byteLength;
      if (size <= MAX_IMPORT_CHARACTERS) chunks.push(chunk);
      else isFileTooLong = true;
    }
    uploaded = Buffer.concat(chunks).toString("utf8");
  });
  const reply = (data: ImportActionData, status = 200) => json<ImportActionData>(data, { status });
  if (isFileTooLong)
    return reply(
      { csv: "", plan: null, message: null, fieldError: "The file is larger than 1 MB: split it in two" },
      400,
    );
  const pasted = String(formData.get("csv") ?? "");
  const csv = uploaded ?? pasted;
  if (csv.trim() === "")
    return reply({ csv, plan: null, message: null, fieldError: "Choose a CSV file or paste the rows of one" }, 400);
  if (formData.get("intent") === CONFIRM_INTENT) {
    const outcome = await confirmImport(csv, { isUpdatingExisting: formData.get("existing") === "update" });
    if (!outcome.ok) return reply({ csv, plan: outcome.plan, message: outcome.message, fieldError: null }, 400);
    const parts = [
      `${outcome.created} added`,
      outcome.updated > 0 ? `${outcome.updated} updated` : null,
      outcome.skipped > 0 ? `${outcome.skipped} already known and left as they were` : null,
      outcome.taskforceAdded > 0 ? `${outcome.taskforceAdded} added to city taskforces` : null,
    ].filter(Boolean);
    return redirectWithToast("/people", `Imported: ${parts.join(", ")}.`);
  }
  const plan = await previewImport(csv);
  if (!plan.ok) return reply({ csv, plan: null, message: null, fieldError: plan.message }, 400);
  return reply({ csv, plan, message: null, fieldError: null });
}

export default function ImportPeoplePage() {
  const data = useActionData<typeof action>();
  const plan = data?.plan?.ok ? data.plan : null;
  return (
    <>
      <div className="page-heading">
        <h1>Import people</h1>
        <Link to="/people">Back to people</Link>
      </div>
      {plan ? <Preview csv={data!.csv} rows={plan.rows} message={data!.message} /> : <UploadForm data={data} />}
    </>
  );
}

function UploadForm({ data }: { data: ImportActionData | undefined }) {
  const navigation = useNavigation();
  const isPending = navigation.state === "submitting";
  const error = data?.fieldError ?? null;
  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title" style={{ marginTop: 0 }}>
        Choose a CSV file
      </h2>
      <p className="muted">
        A header row, then one row a person, with the columns in any order: <code>name</code>, <code>email</code> (both
        needed), <code>city</code> (its name or short name), <code>role</code> (participant, city-rep or manager),{" "}
        <code>programme role</code>, <code>organisation</code>, <code>sector</code> and <code>taskforce</code> (yes or
        no; a taskforce member needs a city and a sector). Up to {MAX_IMPORT_ROWS} people at a time. You see every row
        before anything is imported.
      </p>
      <Form method="post" encType="multipart/form-data" className="form">
        <div className={error ? "field field--error" : "field"}>
          {error ? (
            <p className="field__error" id="csv-error" role="alert">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          ) : null}
          <label htmlFor="file">CSV file</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "csv-error" : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="csv">Or paste the rows</label>
          <textarea
            id="csv"
            name="csv"
            rows={8}
            defaultValue={data?.csv ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "csv-error" : undefined}
          />
        </div>
        <button
          type="submit"
          name="intent"
          value={PREVIEW_INTENT}
          className="button"
          aria-disabled={isPending || undefined}
        >
          {isPending ? "Checking rows…" : "Check the rows"}
        </button>
      </Form>
    </section>
  );
}

type Rows = Extract<ImportPlan, { ok: true }>["rows"];

function Preview({ csv, rows, message }: { csv: string; rows: Rows; message: string | null }) {
  const navigation = useNavigation();
  const isPending = navigation.state === "submitting";
  const errors = rows.filter((row) => row.status === "error");
  const newCount = rows.filter((row) => row.status === "new").length;
  const existingCount = rows.filter((row) => row.status === "existing").length;
  return (
    <>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title" style={{ marginTop: 0 }}>
          {rows.length} rows: {newCount} new, {existingCount} already known, {errors.length} with errors
        </h2>
        {errors.length > 0 ? (
          <>
            <p>Nothing is imported while any row has an error. Correct these rows in the file and check it again:</p>
            <ul aria-label="Rows with errors">
              {errors.map((row) => (
                <li key={row.row}>
                  Row {row.row}: {row.status === "error" ? row.message : null}
                </li>
              ))}
            </ul>
            <Link to="/people/import">Check another file</Link>
          </>
        ) : (
          <Form method="post" className="form">
            <input type="hidden" name="csv" value={csv} />
            {existingCount > 0 ? (
              <fieldset>
                <legend>People already known (matched by email)</legend>
                <div className="field">
                  <input type="radio" id="existing-skip" name="existing" value="skip" defaultChecked />{" "}
                  <label htmlFor="existing-skip">Leave them as they are</label>
                </div>
                <div className="field">
                  <input type="radio" id="existing-update" name="existing" value="update" />{" "}
                  <label htmlFor="existing-update">
                    Update their name, city, programme role and organisation (never how they sign in)
                  </label>
                </div>
              </fieldset>
            ) : null}
            <button
              type="submit"
              name="intent"
              value={CONFIRM_INTENT}
              className="button"
              aria-disabled={isPending || undefined}
            >
              {isPending ? "Importing…" : `Import ${newCount} new ${newCount === 1 ? "person" : "people"}`}
            </button>{" "}
            <Link to="/people/import">Start again</Link>
          </Form>
        )}
      </section>
      <section aria-labelledby="rows-title">
        <h2 id="rows-title">Every row</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.row}>
                  <td>{row.row}</td>
                  <td>{row.status === "error" ? "—" : row.person.name}</td>
                  <td>{row.status === "error" ? "—" : row.person.email}</td>
                  <td>
                    {row.status === "new" ? <span className="badge badge--success">New</span> : null}
                    {row.status === "existing" ? (
                      <span>Matches existing {row.existing.name} (by email): will update or skip, as chosen above</span>
                    ) : null}
                    {row.status === "error" ? <span className="field__error">Error: {row.message}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
