// Calling loaders and actions as Remix does, with a Request from a signed-in person's browser,
// and reading back what they answered whether they returned it or threw it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestAs } from "../factories/people";
import { formReply } from "../factories/form-replies";

export type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

/** The Response a call answered with, returned or thrown (loaders refuse by throwing 403/404/redirects). */
export async function responseOf(call: Promise<unknown>): Promise<Response> {
  try {
    return (await call) as Response;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/** A loader's answer to `personId` (null: signed out) asking for `url`. */
export async function load(
  loader: Loader,
  personId: string | null,
  url: string,
  params: Record<string, string> = {},
  init: RequestInit = {},
): Promise<Response> {
  return responseOf(loader({ request: await requestAs(personId, url, init), params, context: {} }));
}

/** A Response's JSON body, as the page would get it; a form's reply (`result`) also read as `errors` and `values`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of loaders under test, read field by field
export async function body<T = any>(response: Response): Promise<T> {
  return (await formReply(response)) as T;
}
