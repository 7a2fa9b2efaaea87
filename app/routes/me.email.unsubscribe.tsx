// The unsubscribe link of change notices and digests (List-Unsubscribe), signed for one person:
// no session needed. A GET only shows a button (link checkers and previews open links); the
// POST turns change-notice emails off, from that button or as RFC 8058's one-click POST.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { CHANGE_NOTICE_MODE_LABELS } from "~/domain/vocabulary/email-preferences";
import {
  BAD_TOKEN_MESSAGE,
  isOneClickUnsubscribe,
  personIdOfUnsubscribeToken,
  unsubscribeWithToken,
} from "~/email-preferences/unsubscribe.server";
import { SubmitButton } from "~/components/form-fields";
import { readForm, requireFormBody } from "~/forms/form-body.server";
import { connectDbForRequest } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "Unsubscribe · Inclusive Cities planner" }];

const PLAIN_TEXT = { "Content-Type": "text/plain; charset=utf-8" };

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token");

export async function loader({ request }: LoaderFunctionArgs) {
  const token = tokenOf(request);
  const isValid = personIdOfUnsubscribeToken(token) !== null;
  return json({ token: isValid ? token : null }, { status: isValid ? 200 : 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  // RFC 8058: the one-click POST comes from the mail provider's servers, not from a page of
  // ours, so it cannot pass the origin check; it is exempt from it, and only it (the body says
  // `List-Unsubscribe=One-Click`). What stands in for the check is the token, an HMAC per person
  // under SESSION_SECRET: a forged post without it changes nothing, and with it can only do what
  // its owner asked for. The button on the page is an ordinary form and is checked as every form.
  requireFormBody(request);
  const form = await readForm(request);
  const isOneClick = isOneClickUnsubscribe(form);
  if (!isOneClick) requireSameOrigin(request);
  await connectDbForRequest();
  const token = tokenOf(request) ?? String(form.get("token") ?? "");
  if (!(await unsubscribeWithToken(token))) {
    throw new Response(BAD_TOKEN_MESSAGE, { status: 403, headers: PLAIN_TEXT });
  }
  const done = `Unsubscribed: you will get no more emails about changes to your convenings.`;
  return isOneClick ? new Response(done, { headers: PLAIN_TEXT }) : json({ done });
}

export default function UnsubscribePage() {
  const { token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData && "done" in actionData) {
    return (
      <>
        <h1>You are unsubscribed</h1>
        <p className="lede">{actionData.done}</p>
        <p>
          Your email preferences now say “{CHANGE_NOTICE_MODE_LABELS.none}” for changes. To hear of them again, as they
          happen or in a daily digest, sign in and choose at <Link to="/me/email">your email preferences</Link>.
        </p>
      </>
    );
  }
  if (!token) {
    return (
      <>
        <h1>This unsubscribe link is not valid</h1>
        <p className="lede">{BAD_TOKEN_MESSAGE}</p>
        <p>
          <Link to="/me/email">Your email preferences</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Stop emails about changes?</h1>
      <p className="lede">
        You will get no more emails about changes to your convenings, neither as they happen nor in a daily digest.
        Emails about your own registrations still come.
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingText="Unsubscribing…">Unsubscribe from change notices</SubmitButton>
      </Form>
    </>
  );
}
