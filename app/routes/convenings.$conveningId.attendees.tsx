import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { SubmitButton, TextField } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { CityCounts } from "~/registration/components/city-counts";
import { canDecideRegistrations, canSeeNeeds } from "~/registration/policy";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { invariantResponse } from "~/utils/invariant";
import { formatRange } from "~/registration/format";
import {
  approveRegistration,
  cancelRegistration,
  declineRegistration,
  fillFreePlaces,
  promotedNote,
  purgeNeeds,
} from "~/registration/registration.server";
import { PLACE_HOLDING_STATUSES, REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { loadAttendees, type RegistrationLine } from "~/registration/views.server";
import { loadDaysAttended } from "~/registration/attendance-summary.server";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import {
  APPROVE_INTENT,
  APPROVE_SELECTED_INTENT,
  CANCEL_REGISTRATION_INTENT,
  DECLINE_INTENT,
  DECLINE_SELECTED_INTENT,
  declineSchema,
  FILL_PLACES_INTENT,
  JOIN_WAITLIST_INTENT,
  PURGE_NEEDS_INTENT,
  UNDO_ENDING_INTENT,
} from "~/registration/registration-form";
import { CancelRegistrationForm } from "~/registration/components/cancel-registration";
import { BULK_FORM_ID, BulkRegistrations } from "~/registration/components/bulk-registrations";
import { SelectBox, useIsAllSelected } from "~/registration/components/selection";
import { UndoNotice, UndoRefusal } from "~/registration/components/undo-notice";
import { AskedFirst } from "~/registration/components/asked-first";
import bulkStyles from "~/registration/components/bulk.css";
import { confirmationNeeded, type Confirmation } from "~/forms/confirmation";
import {
  cancelConfirmation,
  declineConfirmation,
  declineSelectedConfirmation,
  UNDO_WINDOW_MINUTES,
} from "~/registration/confirmations";
import { approveSelected, declineSelected } from "~/registration/bulk-actions.server";
import { readSelection } from "~/registration/selection.server";
import { selectedIdsOf } from "~/registration/selection";
import { joinWaitlistAfterUndo, undoEnding, undoOffer, type UndoOffer } from "~/registration/undo.server";
import { translateRequest } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: bulkStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Attendees · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const attendees = await loadAttendees(person, convening);
  // "4 of 5 days" for the lines this reader sees; null for a one-day convening.
  const daysAttended = await loadDaysAttended(convening, attendees.lines);
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      startsAt: convening.startsAt,
      endsAt: convening.endsAt,
      timeZone: convening.timeZone,
      capacity: convening.registration.capacity,
      isApprovalRequired: convening.registration.isApprovalRequired,
    },
    canDecide: canDecideRegistrations(person),
    // A learning exchange's delegates each have a page: travel documents and costs.
    hasDelegatePages: convening.kind === "learning-exchange",
    canSeeNeeds: canSeeNeeds(person),
    daysAttended: daysAttended ? Object.fromEntries(daysAttended) : null,
    ...attendees,
  });
}

type AttendeesActionData = {
  intent: string;
  message: string | null;
  problem: string | null;
  result: FormResult | null;
  registrationId: string | null;
  /** The question a destructive post gets before it acts (decision 029). */
  confirm: Confirmation | null;
  /** "Undo" after a cancellation or decline, for a few minutes. */
  undo: UndoOffer | null;
  /** An undo found the place taken: this cancelled registration may join the waitlist instead. */
  waitlistFor: { registrationId: string; personName: string } | null;
  /** The people ticked, kept ticked when the post did nothing (a reason was missing). */
  selected: string[];
  reasonError: string | null;
};
type Actor = Awaited<ReturnType<typeof requirePerson>>;
type Convening = Awaited<ReturnType<typeof requireRegistrationConvening>>;

const NOTHING: AttendeesActionData = {
  intent: "",
  message: null,
  problem: null,
  result: null,
  registrationId: null,
  confirm: null,
  undo: null,
  waitlistFor: null,
  selected: [],
  reasonError: null,
};
const answer = (data: Partial<AttendeesActionData>, status = 200) =>
  json<AttendeesActionData>({ ...NOTHING, ...data }, { status });
const done = (intent: string, message: string) => answer({ intent, message });
const askFirst = (intent: string, confirm: Confirmation) => answer({ intent, confirm });
const registrationIdOf = (formData: FormData) => String(formData.get("registrationId") ?? "");

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const { t } = await translateRequest(request);
  if (intent === CANCEL_REGISTRATION_INTENT) return cancelOne(person, convening, formData, t);
  if (intent === UNDO_ENDING_INTENT) return undoOne(person, convening, formData);
  if (intent === JOIN_WAITLIST_INTENT) return joinWaitlist(person, convening, formData);
  invariantResponse(canDecideRegistrations(person), "Only the programme team can do this.", { status: 403 });
  switch (intent) {
    case APPROVE_INTENT:
      return approveOne(convening, formData);
    case DECLINE_INTENT:
      return declineOne(person, convening, formData, t);
    case APPROVE_SELECTED_INTENT:
      return approveTicked(person, convening, formData);
    case DECLINE_SELECTED_INTENT:
      return declineTicked(person, convening, formData, t);
    case FILL_PLACES_INTENT:
      return offerFreePlaces(convening);
    case PURGE_NEEDS_INTENT:
      return deleteNeeds(convening);
  }
  throw new Response("Unknown action", { status: 400 });
}

/** The one registration a row's button names, checked as a selection of one: its name for the question. */
async function requireOne(person: Actor, convening: Convening, formData: FormData) {
  const selection = await readSelection(person, convening, [registrationIdOf(formData)]);
  if (!selection.ok) throw new Response(selection.message, { status: selection.status === 400 ? 404 : 403 });
  return selection.registrations[0];
}

async function cancelOne(person: Actor, convening: Convening, formData: FormData, t: Translate) {
  const registration = await requireOne(person, convening, formData);
  const confirm = confirmationNeeded(formData, cancelConfirmation(registration.id, registration.name, t));
  if (confirm) return askFirst(CANCEL_REGISTRATION_INTENT, confirm);
  const result = await cancelRegistration(person, convening, registration.id);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return answer({
    intent: CANCEL_REGISTRATION_INTENT,
    message: `${result.personName}'s registration is cancelled and they were emailed; if anyone was waiting, the first in line got the place.`,
    undo: undoOffer(convening, registration.id, result.personName),
  });
}

async function undoOne(person: Actor, convening: Convening, formData: FormData) {
  const registrationId = registrationIdOf(formData);
  const result = await undoEnding(person, convening, registrationId);
  if (result.ok) return done(UNDO_ENDING_INTENT, result.message);
  if (result.status !== 409) throw new Response(result.message, { status: result.status });
  const registration = result.canJoinWaitlist ? await requireOne(person, convening, formData) : null;
  return answer(
    {
      intent: UNDO_ENDING_INTENT,
      problem: result.message,
      waitlistFor: registration ? { registrationId, personName: registration.name } : null,
    },
    409,
  );
}

async function joinWaitlist(person: Actor, convening: Convening, formData: FormData) {
  const result = await joinWaitlistAfterUndo(person, convening, registrationIdOf(formData));
  if (result.ok) return done(JOIN_WAITLIST_INTENT, result.message);
  if (result.status !== 409) throw new Response(result.message, { status: result.status });
  return answer({ intent: JOIN_WAITLIST_INTENT, problem: result.message }, 409);
}

async function approveOne(convening: Convening, formData: FormData) {
  const result = await approveRegistration(convening, registrationIdOf(formData));
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return done(APPROVE_INTENT, "Approved. A confirmation with the calendar file was emailed.");
}

async function declineOne(manager: Actor, convening: Convening, formData: FormData, t: Translate) {
  const registrationId = registrationIdOf(formData);
  const submission = parseWithZod(formData, { schema: declineSchema });
  if (submission.status !== "success")
    return answer({ intent: DECLINE_INTENT, result: submission.reply(), registrationId }, 400);
  const registration = await requireOne(manager, convening, formData);
  const confirm = confirmationNeeded(
    formData,
    declineConfirmation(registration.id, registration.name, submission.value.reason, t),
  );
  if (confirm) return askFirst(DECLINE_INTENT, confirm);
  const result = await declineRegistration(convening, registrationId, submission.value.reason, manager.id);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return answer({
    intent: DECLINE_INTENT,
    message: `${registration.name}'s registration is declined, and they were emailed the reason.`,
    undo: undoOffer(convening, registration.id, registration.name),
  });
}

/** The ticked registrations, or the answer that says why nothing was done (nobody ticked: at the form). */
async function ticked(person: Actor, convening: Convening, formData: FormData, intent: string) {
  const selection = await readSelection(person, convening, selectedIdsOf(formData));
  if (selection.ok) return selection;
  if (selection.status === 403) throw new Response(selection.message, { status: 403 });
  return answer({ intent, problem: selection.message }, 400);
}

async function approveTicked(manager: Actor, convening: Convening, formData: FormData) {
  const selection = await ticked(manager, convening, formData, APPROVE_SELECTED_INTENT);
  if (!("registrations" in selection)) return selection;
  const outcome = await approveSelected(convening, selection.registrations);
  return done(APPROVE_SELECTED_INTENT, outcome.message);
}

async function declineTicked(manager: Actor, convening: Convening, formData: FormData, t: Translate) {
  const selection = await ticked(manager, convening, formData, DECLINE_SELECTED_INTENT);
  if (!("registrations" in selection)) return selection;
  const ids = selection.registrations.map((registration) => registration.id);
  const submission = parseWithZod(formData, { schema: declineSchema });
  if (submission.status !== "success")
    return answer(
      {
        intent: DECLINE_SELECTED_INTENT,
        reasonError: submission.error?.reason?.[0] ?? "Give a reason",
        selected: ids,
      },
      400,
    );
  const confirm = confirmationNeeded(formData, declineSelectedConfirmation(ids, submission.value.reason, t));
  if (confirm) return askFirst(DECLINE_SELECTED_INTENT, confirm);
  const outcome = await declineSelected(convening, selection.registrations, submission.value.reason, manager.id);
  return done(DECLINE_SELECTED_INTENT, outcome.message);
}

/** The reason box and button for declining one person's registration. */
function DeclineForm({ line, lastResult }: { line: RegistrationLine; lastResult?: FormResult | null }) {
  const [form, fields] = useSchemaForm({ id: `decline-${line.id}`, schema: declineSchema, lastResult });
  return (
    <Form method="post" className="cluster decline-form" {...getFormProps(form)}>
      <input type="hidden" name="registrationId" value={line.id} />
      <TextField id={`reason-${line.id}`} field={fields.reason} label={`Reason for declining ${line.name}`} />
      <button type="submit" name="intent" value={DECLINE_INTENT} className="button button--quiet">
        Decline
      </button>
    </Form>
  );
}

async function offerFreePlaces(convening: Convening) {
  const promoted = await fillFreePlaces(convening);
  return done(FILL_PLACES_INTENT, promotedNote(promoted.length) || "No free places, or nobody waiting.");
}

async function deleteNeeds(convening: Convening) {
  const result = await purgeNeeds(convening);
  if (!result.ok) return answer({ intent: PURGE_NEEDS_INTENT, problem: result.message }, 409);
  return done(
    PURGE_NEEDS_INTENT,
    `Dietary and access needs deleted from ${result.purged} registration${result.purged === 1 ? "" : "s"}.`,
  );
}

/** People a bulk action can be about: everyone still on the list (not cancelled or declined). */
const isSelectable = (status: string) => status !== "cancelled" && status !== "declined";

const isPlaceHolding = (status: string) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(status);

function statusBadge(line: RegistrationLine) {
  const tone =
    line.status === "waitlisted"
      ? "badge--warning"
      : line.status === "declined" || line.status === "no-show"
        ? "badge--error"
        : line.status === "pending" || line.status === "cancelled"
          ? "badge--neutral"
          : "badge--success";
  return (
    <span className={`badge ${tone}`}>
      {REGISTRATION_STATUS_LABELS[line.status]}
      {line.waitlistPosition ? ` (${line.waitlistPosition})` : ""}
    </span>
  );
}

export default function AttendeesPage() {
  const { convening, canDecide, canSeeNeeds, hasDelegatePages, lines, counts, needs, isNeedsPurgeable, daysAttended } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const isAllSelected = useIsAllSelected();
  const kept = new Set(actionData?.selected ?? []);
  const cities = [...new Set(lines.map((line) => line.cityName))].sort();
  const isBulkProblem =
    actionData?.intent === APPROVE_SELECTED_INTENT || actionData?.intent === DECLINE_SELECTED_INTENT;
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
      </p>
      <div className="page-heading">
        <h1>Attendees</h1>
        <div className="cluster">
          <a className="button button--quiet" href={`/convenings/${convening.id}/attendees.csv`} download>
            Download CSV
          </a>
          {hasDelegatePages ? (
            <Link className="button button--quiet" to={`/convenings/${convening.id}/costs`}>
              Costs
            </Link>
          ) : null}
          {canDecide ? (
            <Link className="button button--quiet" to={`/convenings/${convening.id}/attendance`}>
              Mark attendance
            </Link>
          ) : null}
          <Link className="button" to={`/convenings/${convening.id}/register`}>
            Register someone
          </Link>
        </div>
      </div>
      <p className="lede">
        {convening.title}: {formatRange(convening.startsAt, convening.endsAt, convening.timeZone)}
      </p>
      {actionData?.confirm ? <AskedFirst confirmation={actionData.confirm} /> : null}
      {actionData?.message ? (
        <UndoNotice message={actionData.message} offer={actionData.undo} minutes={UNDO_WINDOW_MINUTES} />
      ) : null}
      {actionData?.problem && !isBulkProblem ? (
        <UndoRefusal message={actionData.problem} waitlistFor={actionData.waitlistFor} />
      ) : null}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">By city</h2>
        <CityCounts counts={counts} capacity={convening.capacity} />
        {canDecide ? (
          <Form method="post" className="after-table">
            <SubmitButton name="intent" value={FILL_PLACES_INTENT} pendingText="Offering places…">
              Offer free places to the waitlist
            </SubmitButton>
          </Form>
        ) : null}
      </section>
      {needs ? (
        <section aria-labelledby="needs-title" className="card">
          <h2 id="needs-title" style={{ marginTop: 0 }}>
            Catering and access
          </h2>
          <p className="muted">
            Only the programme team sees this. It counts people with a place or awaiting approval.
          </p>
          <div className="grid">
            <div>
              <h3>Dietary needs</h3>
              {needs.dietary.length === 0 ? (
                <p>None stated.</p>
              ) : (
                <ul>
                  {needs.dietary.map((entry) => (
                    <li key={entry.need}>
                      {entry.need}: {entry.count}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Access needs</h3>
              {needs.access.length === 0 ? (
                <p>None stated.</p>
              ) : (
                <ul>
                  {needs.access.map((entry) => (
                    <li key={entry.need}>
                      {entry.need}: {entry.count}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          {isNeedsPurgeable ? (
            <Form method="post">
              <p>The convening is over: delete everyone's dietary and access needs for it.</p>
              <button type="submit" name="intent" value={PURGE_NEEDS_INTENT} className="button button--danger">
                Delete needs data
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {lines.some((line) => isSelectable(line.status)) ? (
        <BulkRegistrations
          conveningId={convening.id}
          canDecide={canDecide}
          reasonError={actionData?.reasonError ?? null}
          problem={isBulkProblem ? (actionData?.problem ?? null) : null}
        />
      ) : null}
      {lines.length === 0 ? (
        <div className="empty-state">
          <h2>Nobody registered yet</h2>
          <p>City representatives register their people from the register page.</p>
        </div>
      ) : (
        cities.map((cityName) => (
          <section key={cityName} aria-label={cityName}>
            <h2>{cityName}</h2>
            <TableScroll label={`${cityName} attendees`} hint={false}>
              <table className="table-stack">
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="visually-hidden">Select</span>
                    </th>
                    <th scope="col">Name</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Role at event</th>
                    <th scope="col">Status</th>
                    {daysAttended ? <th scope="col">Days attended</th> : null}
                    {canSeeNeeds ? <th scope="col">Needs</th> : null}
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {lines
                    .filter((line) => line.cityName === cityName)
                    .map((line) => (
                      <tr key={line.id}>
                        <td className="select-cell">
                          {isSelectable(line.status) ? (
                            <SelectBox
                              formId={BULK_FORM_ID}
                              registrationId={line.id}
                              personName={line.name}
                              isChecked={isAllSelected || kept.has(line.id)}
                            />
                          ) : null}
                        </td>
                        <td>
                          {hasDelegatePages && isPlaceHolding(line.status) ? (
                            <Link to={`/convenings/${convening.id}/delegates/${line.personId}`}>{line.name}</Link>
                          ) : (
                            line.name
                          )}
                        </td>
                        <td data-label="Organisation">{line.organisation || "—"}</td>
                        <td data-label="Role at event">{line.roleAtEvent || "—"}</td>
                        <td data-label="Status">
                          {statusBadge(line)}
                          {line.declineReason ? <div className="muted">{line.declineReason}</div> : null}
                        </td>
                        {daysAttended ? <td data-label="Days attended">{daysAttended[line.id] ?? "—"}</td> : null}
                        {canSeeNeeds ? (
                          <td data-label="Needs">
                            {[line.dietaryNeeds, line.accessNeeds].filter(Boolean).join("; ") || "—"}
                          </td>
                        ) : null}
                        <td className="table-stack__actions">
                          <div className="cluster">
                            {canDecide && line.status === "pending" ? (
                              <Form method="post">
                                <input type="hidden" name="registrationId" value={line.id} />
                                <button
                                  type="submit"
                                  name="intent"
                                  value={APPROVE_INTENT}
                                  className="button button--quiet"
                                  aria-label={`Approve ${line.name}`}
                                >
                                  Approve
                                </button>
                              </Form>
                            ) : null}
                            {canDecide && (line.status === "pending" || line.status === "waitlisted") ? (
                              <DeclineForm
                                line={line}
                                lastResult={actionData?.registrationId === line.id ? actionData.result : undefined}
                              />
                            ) : null}
                            {["pending", "registered", "waitlisted"].includes(line.status) ? (
                              <CancelRegistrationForm registrationId={line.id} personName={line.name} />
                            ) : null}
                          </div>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))
      )}
    </>
  );
}
