import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { backToConvening, changeConveningStatus } from "~/convenings/convening-status.server";
import { publishConvening } from "~models/convening.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => backToConvening(request, params.conveningId);

export const action = ({ request, params }: ActionFunctionArgs) =>
  changeConveningStatus(request, params.conveningId, publishConvening, {
    done: "Published: everyone can now see it, and the share link works.",
    refused: (convening) => `This convening is ${convening.status}, not a draft, so it was not published again.`,
  });
