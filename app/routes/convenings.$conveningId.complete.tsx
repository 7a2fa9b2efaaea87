import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { backToConvening, changeConveningStatus } from "~/convenings/convening-status.server";
import { completeConvening } from "~models/convening.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => backToConvening(request, params.conveningId);

export const action = ({ request, params }: ActionFunctionArgs) =>
  changeConveningStatus(request, params.conveningId, completeConvening, (t) => ({
    done: t("planning.complete.done"),
    refused: () => t("planning.complete.refused"),
  }));
