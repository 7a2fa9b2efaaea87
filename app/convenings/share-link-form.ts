// The share link's buttons on the convening page: replace it, turn it off, turn it on. Each is
// an intent of one small form; every change gives the link a new token, so the old one is dead.
import { z } from "zod";
import { choice } from "~/forms/fields";

export const SHARE_LINK_INTENTS = ["replace", "turn-off", "turn-on"] as const;
export type ShareLinkIntent = (typeof SHARE_LINK_INTENTS)[number];

export const shareLinkSchema = z.object({
  intent: choice(SHARE_LINK_INTENTS, "Choose what to do with the share link"),
});

/** Whether the link works after the change, and the note the manager reads. */
export const SHARE_LINK_CHANGES: Record<ShareLinkIntent, { isOn: boolean; note: string }> = {
  replace: {
    isOn: true,
    note: "The share link was replaced: the old link no longer works. Send partners the new one.",
  },
  "turn-off": { isOn: false, note: "The share link is off: it no longer works for anyone." },
  "turn-on": { isOn: true, note: "The share link is on again, at a new address: the old one stays off." },
};
