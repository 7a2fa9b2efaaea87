// The header's language switch posts here: the language is kept in a cookie for this browser and
// the reader goes back to the page they were on. Works without JavaScript.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v3";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { safeRedirectPath } from "~/accounts/session.server";
import { readForm } from "~/forms/form-body.server";
import { languageSwitchSchema } from "~/i18n/language-forms";
import { languageCookieHeader } from "~/i18n/language.server";
import { translateRequest } from "~/i18n/translate.server";

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const submission = parseWithZod(await readForm(request), { schema: languageSwitchSchema });
  if (submission.status !== "success") {
    // The switch only offers its two buttons: anything else is a hand-made request.
    const { t } = await translateRequest(request);
    throw new Response(t("meLanguage.invalid"), { status: 400 });
  }
  return redirect(safeRedirectPath(submission.value.redirectTo), {
    headers: { "Set-Cookie": await languageCookieHeader(submission.value.language) },
  });
}

export function loader() {
  return redirect("/");
}
