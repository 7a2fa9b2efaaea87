// The share link's buttons on the convening page: replace it, turn it off, turn it on. Each is
// an intent of one small form; every change gives the link a new token, so the old one is dead.
import { z } from "zod";
import { choice } from "~/forms/fields";
import type { MessageKey } from "~/i18n/messages";

export const SHARE_LINK_INTENTS = ["replace", "turn-off", "turn-on"] as const;
export type ShareLinkIntent = (typeof SHARE_LINK_INTENTS)[number];

export const shareLinkSchema = z.object({
  intent: choice(SHARE_LINK_INTENTS, "Choose what to do with the share link"),
});

/** Whether the link works after the change, and the note the manager reads (its catalogue key). */
export const SHARE_LINK_CHANGES: Record<ShareLinkIntent, { isOn: boolean; note: MessageKey }> = {
  replace: { isOn: true, note: "planning.share.replaced" },
  "turn-off": { isOn: false, note: "planning.share.turnedOff" },
  "turn-on": { isOn: true, note: "planning.share.turnedOn" },
};
