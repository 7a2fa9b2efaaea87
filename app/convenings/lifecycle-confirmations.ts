// What deleting a draft, reinstating a cancelled convening and changing the share link ask
// first (decision 029): the same words in the dialog, on the no-JavaScript page and in tests.
import type { Confirmation } from "~/forms/confirmation";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";
import type { ShareLinkIntent } from "./share-link-form";

export function deleteDraftConfirmation(title: string, t: Translate): Confirmation {
  return {
    title: t("planning.delete.confirmTitle", { title }),
    message: t("planning.delete.confirmMessage"),
    yesLabel: t("planning.delete.yes"),
    noLabel: t("planning.delete.no"),
    fields: {},
  };
}

export function reinstateConfirmation(title: string, hasEnded: boolean, t: Translate): Confirmation {
  return {
    title: t("planning.reinstate.confirmTitle", { title }),
    message: [
      t("planning.reinstate.confirmMessage"),
      t("planning.reinstate.confirmTold"),
      hasEnded ? t("planning.reinstate.confirmEnded") : "",
    ]
      .filter(Boolean)
      .join(" "),
    yesLabel: t("planning.reinstate.yes"),
    noLabel: t("planning.reinstate.no"),
    fields: {},
    // Reinstating gives back what the cancellation took: not a red button.
    tone: "primary",
  };
}

const SHARE_LINK_CONFIRMATIONS = {
  replace: {
    title: "planning.share.replaceTitle",
    message: "planning.share.replaceMessage",
    yesLabel: "planning.share.replaceYes",
    noLabel: "planning.share.replaceNo",
  },
  "turn-off": {
    title: "planning.share.offTitle",
    message: "planning.share.offMessage",
    yesLabel: "planning.share.offYes",
    noLabel: "planning.share.offNo",
  },
} as const satisfies Record<
  Exclude<ShareLinkIntent, "turn-on">,
  Record<keyof Omit<Confirmation, "fields" | "tone">, MessageKey>
>;

/** Null for turning the link on, which takes nothing away and needs no question. */
export function shareLinkConfirmation(intent: ShareLinkIntent, t: Translate): Confirmation | null {
  if (intent === "turn-on") return null;
  const keys = SHARE_LINK_CONFIRMATIONS[intent];
  return {
    title: t(keys.title),
    message: t(keys.message),
    yesLabel: t(keys.yesLabel),
    noLabel: t(keys.noLabel),
    fields: { intent },
  };
}
