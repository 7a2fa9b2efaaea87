// A public document of a shared convening, downloaded by the share link's token with no account.
// Private resources are not there for the share link: a 404, as for one that does not exist.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NO_RESOURCE_MESSAGE, resourceDownload } from "~/resources/download.server";
import { isSharedResource } from "~/resources/policy";
import { connectDb } from "~/utils/db.server";
import { invariantResponse } from "~/utils/invariant";
import { getConveningByShareToken } from "~models/convening.server";
import { getConveningResource } from "~models/resource.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDb();
  const convening = await getConveningByShareToken(params.token ?? "");
  invariantResponse(convening, NO_RESOURCE_MESSAGE, { status: 404 });
  const resource = await getConveningResource(convening.id, params.resourceId ?? "");
  invariantResponse(resource && isSharedResource(convening, resource), NO_RESOURCE_MESSAGE, { status: 404 });
  return resourceDownload(request, convening.id, resource);
}
