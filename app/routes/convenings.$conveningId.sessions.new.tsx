import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SessionForm } from "~/agenda/components/session-form";
import { parseWithZod } from "@conform-to/zod/v3";
import type { FormFields } from "~/forms/schema-form";
import { sessionFormSchema } from "~/agenda/session-form";
import { newSessionDefaults, sessionPlaceChoices } from "~/agenda/session-place-default";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { translateRequest } from "~/i18n/translate.server";
import { isOpenForChanges } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { createSession } from "~models/agenda-session.server";
import { listPeopleForPicking } from "~models/convening-attendance.server";
import { getConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Add a session · Inclusive Cities planner" }];

async function openConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  invariantResponse(isOpenForChanges(convening), "A cancelled convening's agenda cannot be changed.", { status: 409 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await openConvening(params.conveningId);
  const people = await listPeopleForPicking();
  const defaults: FormFields = newSessionDefaults(convening, new URL(request.url).searchParams.get("day"));
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      placeNames: convening.places.map((place) => place.name),
      placeDays: sessionPlaceChoices(convening.places),
    },
    people,
    defaults,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await openConvening(params.conveningId);
  const people = await listPeopleForPicking();
  const submission = parseWithZod(await readForm(request), {
    schema: sessionFormSchema({
      people: new Map(people.map((person) => [person.id, person.name])),
      t: (await translateRequest(request)).t,
    }),
  });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const { session, notes } = submission.value;
  const sessionId = await createSession(convening, session, manager);
  const note = [`Added “${session.title}”.`, ...notes].join(" ");
  return redirectWithToast(`/convenings/${convening.id}#session-${sessionId}`, note);
}

export default function NewSessionPage() {
  const { convening, people, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>Back to {convening.title}</Link>
      </p>
      <h1>Add a session</h1>
      <SessionForm
        values={defaults}
        lastResult={actionData?.result}
        people={people}
        placeNames={convening.placeNames}
        placeDays={convening.placeDays}
        submitLabel="Add session"
        pendingLabel="Adding…"
      />
    </>
  );
}
