// The attention queue's buttons on the home page; a GET goes back home.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requirePerson, forbidden } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { hasAttentionQueue } from "~/attention/policy";
import { restoreAll, setAside, SNOOZE_DAYS } from "~/attention/queue.server";
import { attentionFormSchema, RESTORE_ALL_INTENT, SNOOZE_INTENT } from "~/attention/attention-form";
import { redirectWithToast } from "~/utils/toast.server";
import { translateRequest } from "~/i18n/translate.server";

export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  if (!hasAttentionQueue(person)) throw forbidden();
  const { t } = await translateRequest(request);
  const form = attentionFormSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!form.success) return redirectWithToast("/", t("attention.toast.notUnderstood"));
  if (form.data.intent === RESTORE_ALL_INTENT) {
    await restoreAll(person);
    return redirectWithToast("/", t("attention.toast.restored"));
  }
  const done = await setAside(person, form.data.key, form.data.intent);
  if (!done) return redirectWithToast("/", t("attention.toast.gone"));
  return redirectWithToast(
    "/",
    form.data.intent === SNOOZE_INTENT
      ? t("attention.toast.snoozed", { days: SNOOZE_DAYS })
      : t("attention.toast.dismissed"),
  );
}
