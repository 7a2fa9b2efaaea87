import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SessionForm } from "~/agenda/components/session-form";
import { ChangeNoticeChoice } from "~/change-notices/components/change-notice-choice";
import { countNoticeAudience, type NoticeAudienceCount } from "~/change-notices/notice-audience.server";
import { readNoticeChoice, type NoticeChoice } from "~/change-notices/notice-choice";
import { announceSessionEdit, announceSessionStatus, noticeNote } from "~/change-notices/record-changes.server";
import { SubmitButton } from "~/components/form-fields";
import { parseWithZod } from "@conform-to/zod/v3";
import { replyWithErrors, STALE_MESSAGE, withKeptValue } from "~/forms/schema-form";
import {
  CANCEL_SESSION_INTENT,
  RESTORE_SESSION_INTENT,
  sessionFormSchema,
  sessionFormValues,
} from "~/agenda/session-form";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { translateRequest } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";
import { isOpenForChanges } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { cancelSession, getSession, restoreSession, updateSession } from "~models/agenda-session.server";
import { listPeopleForPicking } from "~models/convening-attendance.server";
import { getConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Edit session · Inclusive Cities planner" }];

/** A session of a convening that is not cancelled; a cancelled session can only be restored. */
async function editableSession(params: { conveningId?: string; sessionId?: string }) {
  const convening = await getConvening(params.conveningId ?? "");
  const session = convening ? await getSession(convening.id, params.sessionId ?? "") : null;
  invariantResponse(convening && session, "Session not found", { status: 404 });
  invariantResponse(isOpenForChanges(convening), "The convening is cancelled: its sessions cannot be changed.", {
    status: 409,
  });
  return { convening, session };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { convening, session } = await editableSession(params);
  const [people, notice] = await Promise.all([
    session.isCancelled ? Promise.resolve([]) : listPeopleForPicking(),
    countNoticeAudience(convening),
  ]);
  return json({
    convening: { id: convening.id, title: convening.title, placeNames: convening.places.map((place) => place.name) },
    session: { id: session.id, title: session.title, isCancelled: session.isCancelled },
    people,
    values: sessionFormValues(session),
    notice,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const editable = await editableSession(params);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (editable.session.isCancelled) {
    invariantResponse(intent === RESTORE_SESSION_INTENT, "A cancelled session cannot be edited: restore it first.", {
      status: 409,
    });
    return restoreOne(editable, manager, readNoticeChoice(formData));
  }
  if (intent === CANCEL_SESSION_INTENT) return cancelOne(editable, manager, readNoticeChoice(formData));
  return saveSession(editable, manager, formData, (await translateRequest(request)).t);
}

type Editable = Awaited<ReturnType<typeof editableSession>>;
type Manager = Awaited<ReturnType<typeof requireManager>>;

async function saveSession({ convening, session }: Editable, manager: Manager, formData: FormData, t: Translate) {
  const people = await listPeopleForPicking();
  const submission = parseWithZod(formData, {
    schema: sessionFormSchema({
      people: new Map(people.map((person) => [person.id, person.name])),
      t,
    }),
  });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const { session: changes, notes, revision } = submission.value;
  const result = await updateSession(convening, session.id, revision, changes, manager);
  if (!result.ok) {
    invariantResponse(result.reason !== "missing", "Session not found", { status: 404 });
    // Keep their input, but with the current revision so a deliberate second save goes through.
    const current = await getSession(convening.id, session.id);
    return json(
      {
        result: withKeptValue(
          replyWithErrors(submission, { form: STALE_MESSAGE }),
          "revision",
          String(current?.revision ?? ""),
        ),
      },
      { status: 409 },
    );
  }
  const told = noticeNote(await announceSessionEdit(convening, session, changes, readNoticeChoice(formData)));
  const note = [`Saved “${changes.title}”.`, ...notes, told].filter(Boolean).join(" ");
  return redirectWithToast(`/convenings/${convening.id}#session-${session.id}`, note);
}

async function cancelOne({ convening, session }: Editable, manager: Manager, choice: NoticeChoice) {
  const isCancelled = await cancelSession(convening, session.id, manager);
  const told = isCancelled ? noticeNote(await announceSessionStatus(convening, session, true, choice)) : "";
  return redirectWithToast(
    `/convenings/${convening.id}`,
    [`Cancelled “${session.title}”. It stays on the agenda, marked cancelled.`, told].filter(Boolean).join(" "),
  );
}

function CancelSessionForm({ notice }: { notice: NoticeAudienceCount }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={CANCEL_SESSION_INTENT} />
      <ChangeNoticeChoice audience={notice} about="session" />
      <SubmitButton name="intent" value={CANCEL_SESSION_INTENT} pendingText="Cancelling…">
        Cancel session
      </SubmitButton>
    </Form>
  );
}

async function restoreOne({ convening, session }: Editable, manager: Manager, choice: NoticeChoice) {
  const isRestored = await restoreSession(convening, session.id, manager);
  const told = isRestored ? noticeNote(await announceSessionStatus(convening, session, false, choice)) : "";
  return redirectWithToast(
    `/convenings/${convening.id}#session-${session.id}`,
    [`Restored “${session.title}”. Calendars show it again.`, told].filter(Boolean).join(" "),
  );
}

function RestoreSessionForm({ notice }: { notice: NoticeAudienceCount }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={RESTORE_SESSION_INTENT} />
      <ChangeNoticeChoice audience={notice} about="session" />
      <SubmitButton name="intent" value={RESTORE_SESSION_INTENT} pendingText="Restoring…">
        Restore session
      </SubmitButton>
    </Form>
  );
}

export default function EditSessionPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const back = (
    <p>
      <Link to={`/convenings/${loaderData.convening.id}`}>Back to {loaderData.convening.title}</Link>
    </p>
  );
  if (loaderData.session.isCancelled) {
    return (
      <>
        {back}
        <h1>“{loaderData.session.title}” is cancelled</h1>
        <section className="card" aria-labelledby="restore-session-title">
          <h2 id="restore-session-title">Restore this session</h2>
          <p>It goes back on the agenda at its time and place, and calendars show it as confirmed again.</p>
          <RestoreSessionForm notice={loaderData.notice} />
        </section>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>Edit “{loaderData.session.title}”</h1>
      <SessionForm
        key={actionData ? "submitted" : "loaded"}
        values={loaderData.values}
        lastResult={actionData?.result}
        people={loaderData.people}
        placeNames={loaderData.convening.placeNames}
        submitLabel="Save session"
        pendingLabel="Saving…"
        beforeSubmit={
          <ChangeNoticeChoice audience={loaderData.notice} about="session" lastResult={actionData?.result} />
        }
      />
      <section className="card danger-zone" aria-labelledby="cancel-session-title">
        <h2 id="cancel-session-title">Cancel this session</h2>
        <p>The session stays on the agenda marked as cancelled, and calendars show the cancellation.</p>
        <CancelSessionForm notice={loaderData.notice} />
      </section>
    </>
  );
}
