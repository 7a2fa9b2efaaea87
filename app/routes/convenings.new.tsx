import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ConveningForm } from "~/convenings/components/convening-form";
import { parseWithZod } from "@conform-to/zod/v3";
import { addPlaceReply, conveningFormSchemaFor } from "~/convenings/convening-form";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { timeZoneChoices } from "~/domain/exchanges/time-zone-choices";
import { redirectWithToast } from "~/utils/toast.server";
import { listCities } from "~models/city.server";
import { createConvening } from "~models/convening.server";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.new.title") }];

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
  const { t } = await translateRequest(request);
  const added = addPlaceReply(formData);
  if (added) return json({ result: added });
  const submission = parseWithZod(formData, {
    schema: conveningFormSchemaFor(t, { cityIds: new Set(cities.map((city) => city.id)) }),
  });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const id = await createConvening(submission.value.convening, manager);
  const note = [t("planning.new.saved"), ...submission.value.notes].join(" ");
  return redirectWithToast(`/convenings/${id}`, note);
}

export default function NewConveningPage() {
  const { cities, timeZones } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("planning.new.title")}</h1>
      <p className="lede">{t("planning.new.lede")}</p>
      <ConveningForm
        values={{}}
        lastResult={actionData?.result}
        cities={cities}
        timeZones={timeZones}
        submitLabel={t("planning.new.submit")}
        pendingLabel={t("planning.saving")}
      />
    </>
  );
}
