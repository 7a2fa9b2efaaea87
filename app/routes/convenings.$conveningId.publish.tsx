import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { backToConvening, changeConveningStatus } from "~/convenings/convening-status.server";
import { conveningStatusText } from "~/i18n/vocabulary";
import { publishConvening } from "~models/convening.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => backToConvening(request, params.conveningId);

export const action = ({ request, params }: ActionFunctionArgs) =>
  changeConveningStatus(request, params.conveningId, publishConvening, (t) => ({
    done: t("planning.publish.done"),
    refused: (convening) =>
      t("planning.publish.refused", { status: conveningStatusText(t, convening.status).toLowerCase() }),
  }));
