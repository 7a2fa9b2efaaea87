// Session notes: key points per session, written by managers and the convening's note-takers,
// read by city representatives; a point becomes a follow-up action in one post.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import type { FormResult } from "~/forms/schema-form";
import { NOTE_KINDS, NOTE_KIND_LABELS } from "~/domain/vocabulary/notes";
import { ADD_NOTE_TAKER, ADD_POINT, DELETE_POINT, EDIT_POINT, MAKE_ACTION, REMOVE_NOTE_TAKER } from "~/notes/note-form";
import {
  addPoint,
  changeNoteTakers,
  editPoint,
  loadSessionNotes,
  makeActionFromPoint,
  type NotesOutcome,
} from "~/notes/notes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Session notes · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  return json(await loadSessionNotes(person, params.conveningId ?? ""));
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const conveningId = params.conveningId ?? "";
  let outcome: NotesOutcome;
  if (intent === ADD_POINT) outcome = await addPoint(person, conveningId, formData);
  else if (intent === EDIT_POINT) outcome = await editPoint(person, conveningId, formData, false);
  else if (intent === DELETE_POINT) outcome = await editPoint(person, conveningId, formData, true);
  else if (intent === MAKE_ACTION) outcome = await makeActionFromPoint(person, conveningId, formData);
  else if (intent === ADD_NOTE_TAKER) outcome = await changeNoteTakers(person, conveningId, formData, true);
  else if (intent === REMOVE_NOTE_TAKER) outcome = await changeNoteTakers(person, conveningId, formData, false);
  else return new Response("Unknown form: reload the page and try again.", { status: 400 });
  const form = String(formData.get("formKey") ?? intent);
  if (!outcome.ok)
    return json({ form, result: outcome.result, message: null, actionId: null }, { status: outcome.status });
  return json({ form, result: null, message: outcome.message, actionId: outcome.actionId ?? null });
}

type Reply = { form: string; result: FormResult | null; message: string | null; actionId: string | null };

function errorsOf(reply: Reply | undefined, formKey: string) {
  if (!reply || reply.form !== formKey || !reply.result)
    return { fields: {} as Record<string, string>, values: {} as Record<string, string> };
  const fields: Record<string, string> = {};
  for (const [name, messages] of Object.entries(reply.result.error ?? {}))
    if (messages?.[0]) fields[name] = messages[0];
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.result.initialValue ?? {}))
    if (typeof value === "string") values[name] = value;
  return { fields, values };
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}

function FormProblem({ message }: { message?: string }) {
  return message ? (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  ) : null;
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Point = Data["sessions"][number]["points"][number];

function useNotesFetcher(formKey: string) {
  const fetcher = useFetcher<typeof action>({ key: formKey });
  const document = useActionData<typeof action>();
  const reply = (fetcher.data ?? (document?.form === formKey ? document : undefined)) as Reply | undefined;
  return { fetcher, reply, isSaving: fetcher.state !== "idle" };
}

function AddPointForm({
  sessionId,
  sessionTitle,
  pointId,
}: {
  sessionId: string;
  sessionTitle: string;
  pointId: string;
}) {
  const formKey = `add-${sessionId}`;
  const { fetcher, reply, isSaving } = useNotesFetcher(formKey);
  const { fields, values } = errorsOf(reply, formKey);
  const textId = `${formKey}-text`;
  return (
    <fetcher.Form
      method="post"
      className="form"
      key={reply?.message ? pointId : "open"}
      aria-label={`Add a point to ${sessionTitle}`}
    >
      <input type="hidden" name="intent" value={ADD_POINT} />
      <input type="hidden" name="formKey" value={formKey} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="pointId" value={pointId} />
      <FormProblem message={fields[""] ?? fields.sessionId ?? fields.pointId} />
      <div className="field">
        <label htmlFor={textId}>New point</label>
        <textarea
          id={textId}
          name="text"
          rows={2}
          defaultValue={values.text ?? ""}
          aria-invalid={fields.text ? true : undefined}
          aria-describedby={fields.text ? `${textId}-error` : undefined}
        />
        <FieldError id={`${textId}-error`} message={fields.text} />
      </div>
      <div className="field">
        <label htmlFor={`${formKey}-kind`}>Kind</label>
        <select id={`${formKey}-kind`} name="kind" defaultValue={values.kind ?? "point"}>
          {NOTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {NOTE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={isSaving}>
        {isSaving ? "Saving…" : "Add point"}
      </button>
      {reply?.message ? <p role="status">{reply.message}</p> : null}
    </fetcher.Form>
  );
}

function PointItem({ point, actionForm }: { point: Point; actionForm: Data["actionForm"] }) {
  const editKey = `edit-${point.id}`;
  const makeKey = `make-${point.id}`;
  const edit = useNotesFetcher(editKey);
  const make = useNotesFetcher(makeKey);
  const remove = useNotesFetcher(`delete-${point.id}`);
  const editErrors = errorsOf(edit.reply, editKey);
  const makeErrors = errorsOf(make.reply, makeKey);
  return (
    <li className="card" id={`point-${point.id}`}>
      <p>
        <strong>{NOTE_KIND_LABELS[point.kind]}:</strong> {point.text}
      </p>
      <p className="muted">
        {point.authorName}, {point.writtenAt}
      </p>
      {point.action ? (
        <p>
          Became action: <Link to={`/actions/${point.action.id}`}>{point.action.title}</Link>
        </p>
      ) : null}
      {point.canChange ? (
        <details>
          <summary>Edit or delete</summary>
          <edit.fetcher.Form method="post" className="form">
            <input type="hidden" name="intent" value={EDIT_POINT} />
            <input type="hidden" name="formKey" value={editKey} />
            <input type="hidden" name="pointId" value={point.id} />
            <input type="hidden" name="kind" value={point.kind} />
            <FormProblem message={editErrors.fields[""]} />
            <div className="field">
              <label htmlFor={`${editKey}-text`}>Point</label>
              <textarea
                id={`${editKey}-text`}
                name="text"
                rows={2}
                defaultValue={editErrors.values.text ?? point.text}
                aria-invalid={editErrors.fields.text ? true : undefined}
                aria-describedby={editErrors.fields.text ? `${editKey}-text-error` : undefined}
              />
              <FieldError id={`${editKey}-text-error`} message={editErrors.fields.text} />
            </div>
            <button type="submit" className="button button--quiet" disabled={edit.isSaving}>
              {edit.isSaving ? "Saving…" : "Save point"}
            </button>
          </edit.fetcher.Form>
          <remove.fetcher.Form method="post">
            <input type="hidden" name="intent" value={DELETE_POINT} />
            <input type="hidden" name="formKey" value={`delete-${point.id}`} />
            <input type="hidden" name="pointId" value={point.id} />
            <button type="submit" className="button button--quiet" disabled={remove.isSaving}>
              {remove.isSaving ? "Deleting…" : "Delete point"}
            </button>
          </remove.fetcher.Form>
        </details>
      ) : null}
      {actionForm && !point.action ? (
        <details>
          <summary>Make this an action</summary>
          <make.fetcher.Form method="post" className="form">
            <input type="hidden" name="intent" value={MAKE_ACTION} />
            <input type="hidden" name="formKey" value={makeKey} />
            <input type="hidden" name="pointId" value={point.id} />
            <FormProblem message={makeErrors.fields[""]} />
            <div className="field">
              <label htmlFor={`${makeKey}-title`}>Action</label>
              <input
                id={`${makeKey}-title`}
                name="title"
                defaultValue={makeErrors.values.title ?? point.text.slice(0, 200)}
                aria-invalid={makeErrors.fields.title ? true : undefined}
                aria-describedby={makeErrors.fields.title ? `${makeKey}-title-error` : undefined}
              />
              <FieldError id={`${makeKey}-title-error`} message={makeErrors.fields.title} />
            </div>
            <div className="field">
              <label htmlFor={`${makeKey}-city`}>Owner city</label>
              <select
                id={`${makeKey}-city`}
                name="ownerCityId"
                defaultValue={makeErrors.values.ownerCityId ?? actionForm.defaultCityId}
                aria-invalid={makeErrors.fields.ownerCityId ? true : undefined}
                aria-describedby={makeErrors.fields.ownerCityId ? `${makeKey}-city-error` : undefined}
              >
                {actionForm.isCityFixed ? null : <option value="">Choose a city</option>}
                {actionForm.cities
                  .filter((city) => !actionForm.isCityFixed || city.id === actionForm.defaultCityId)
                  .map((city) => (
                    <option key={city.id} value={city.id}>
                      {city.name}
                    </option>
                  ))}
              </select>
              <FieldError id={`${makeKey}-city-error`} message={makeErrors.fields.ownerCityId} />
            </div>
            <div className="field">
              <label htmlFor={`${makeKey}-due`}>Due date (optional)</label>
              <input
                id={`${makeKey}-due`}
                name="dueOn"
                type="date"
                defaultValue={makeErrors.values.dueOn ?? ""}
                aria-invalid={makeErrors.fields.dueOn ? true : undefined}
                aria-describedby={makeErrors.fields.dueOn ? `${makeKey}-due-error` : undefined}
              />
              <FieldError id={`${makeKey}-due-error`} message={makeErrors.fields.dueOn} />
            </div>
            <button type="submit" className="button" disabled={make.isSaving}>
              {make.isSaving ? "Saving…" : "Make this an action"}
            </button>
          </make.fetcher.Form>
        </details>
      ) : null}
    </li>
  );
}

function NoteTakers({ data }: { data: Data }) {
  const add = useNotesFetcher("add-note-taker");
  const errors = errorsOf(add.reply, "add-note-taker");
  if (!data.noteTakers) return null;
  return (
    <section className="card" aria-labelledby="note-takers-title">
      <h2 id="note-takers-title" style={{ marginTop: 0 }}>
        Note-takers
      </h2>
      <p className="muted">Managers always take notes. Name others who may write this convening&rsquo;s notes.</p>
      {data.noteTakers.length === 0 ? <p>No one else is named yet.</p> : null}
      <ul>
        {data.noteTakers.map((taker) => (
          <li key={taker.id}>
            {taker.name} <RemoveNoteTaker personId={taker.id} name={taker.name} />
          </li>
        ))}
      </ul>
      <add.fetcher.Form method="post" className="form">
        <input type="hidden" name="intent" value={ADD_NOTE_TAKER} />
        <input type="hidden" name="formKey" value="add-note-taker" />
        <div className="field">
          <label htmlFor="note-taker">Person</label>
          <select
            id="note-taker"
            name="personId"
            defaultValue=""
            aria-invalid={errors.fields.personId ? true : undefined}
            aria-describedby={errors.fields.personId ? "note-taker-error" : undefined}
          >
            <option value="">Choose a person</option>
            {data.candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
          <FieldError id="note-taker-error" message={errors.fields.personId} />
        </div>
        <button type="submit" className="button button--quiet" disabled={add.isSaving}>
          {add.isSaving ? "Saving…" : "Name note-taker"}
        </button>
      </add.fetcher.Form>
    </section>
  );
}

function RemoveNoteTaker({ personId, name }: { personId: string; name: string }) {
  const { fetcher, isSaving } = useNotesFetcher(`remove-${personId}`);
  return (
    <fetcher.Form method="post" style={{ display: "inline" }}>
      <input type="hidden" name="intent" value={REMOVE_NOTE_TAKER} />
      <input type="hidden" name="formKey" value={`remove-${personId}`} />
      <input type="hidden" name="personId" value={personId} />
      <button type="submit" className="button button--quiet" disabled={isSaving} aria-label={`Remove ${name}`}>
        {isSaving ? "Removing…" : "Remove"}
      </button>
    </fetcher.Form>
  );
}

export default function SessionNotesPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/convenings/${data.convening.id}`}>← {data.convening.title}</Link>
      </p>
      <div className="page-heading">
        <div>
          <h1>Session notes</h1>
          <p className="muted">Key points, decisions and questions from each session of {data.convening.title}.</p>
        </div>
        <p className="cluster">
          <Link className="button button--quiet" to={`/convenings/${data.convening.id}/outcomes`}>
            Outcomes
          </Link>
        </p>
      </div>
      <NoteTakers data={data} />
      {data.sessions.length === 0 ? (
        <div className="empty-state">
          <h2>No sessions</h2>
          <p>Notes are taken per session: add sessions to the agenda first.</p>
        </div>
      ) : null}
      {data.sessions.map((session) => (
        <section key={session.id} aria-labelledby={`session-${session.id}`} className="card">
          <h2 id={`session-${session.id}`} style={{ marginTop: 0 }}>
            {session.title}
          </h2>
          <p className="muted">{session.when}</p>
          {session.points.length === 0 ? <p>No points yet.</p> : null}
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {session.points.map((point) => (
              <PointItem key={point.id} point={point} actionForm={data.actionForm} />
            ))}
          </ul>
          {data.canWrite ? (
            <AddPointForm sessionId={session.id} sessionTitle={session.title} pointId={data.newPointId} />
          ) : null}
        </section>
      ))}
    </>
  );
}
