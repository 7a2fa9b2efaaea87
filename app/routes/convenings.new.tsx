import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ConveningForm } from "~/convenings/components/convening-form";
import { parseWithZod } from "@conform-to/zod/v3";
import { addPlaceReply, conveningFormSchema } from "~/convenings/convening-form";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { timeZoneChoices } from "~/domain/exchanges/time-zone-choices";
import { redirectWithToast } from "~/utils/toast.server";
import { listCities } from "~models/city.server";
import { createConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "New convening · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireManager(request);
  const cities = await listCities();
  return json({ cities: cities.map((city) => ({ id: city.id, name: city.name })), timeZones: timeZoneChoices() });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const cities = await listCities();
  const formData = await readForm(request);
  const added = addPlaceReply(formData);
  if (added) return json({ result: added });
  const submission = parseWithZod(formData, {
    schema: conveningFormSchema({ cityIds: new Set(cities.map((city) => city.id)) }),
  });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const id = await createConvening(submission.value.convening, manager);
  const note = ["Draft saved. Add sessions, then publish it.", ...submission.value.notes].join(" ");
  return redirectWithToast(`/convenings/${id}`, note);
}

export default function NewConveningPage() {
  const { cities, timeZones } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>New convening</h1>
      <p className="lede">Saved as a draft that only the programme team sees until you publish it.</p>
      <ConveningForm
        values={{}}
        lastResult={actionData?.result}
        cities={cities}
        timeZones={timeZones}
        submitLabel="Save draft"
        pendingLabel="Saving…"
      />
    </>
  );
}
