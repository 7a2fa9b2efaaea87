// What deleting a draft, reinstating a cancelled convening and changing the share link ask
// first (decision 029): the same words in the dialog, on the no-JavaScript page and in tests.
import type { Confirmation } from "~/forms/confirmation";
import type { ShareLinkIntent } from "./share-link-form";

export function deleteDraftConfirmation(title: string): Confirmation {
  return {
    title: `Delete the draft “${title}”?`,
    message:
      "The draft, its sessions, places and uploaded files are deleted for good. It was never published, so nobody else has seen it. This cannot be undone.",
    yesLabel: "Yes, delete the draft",
    noLabel: "No, keep it",
    fields: {},
  };
}

export function reinstateConfirmation(title: string, hasEnded: boolean): Confirmation {
  return {
    title: `Reinstate “${title}”?`,
    message: [
      "It is published again and the cancellation reason is no longer shown.",
      "Everyone who had a place keeps it and gets an email with a calendar invitation putting it back in their calendar; people waiting for approval or on the waitlist are told too.",
      hasEnded ? "Its dates have passed: it comes back as published, and you can then mark it as completed." : "",
    ]
      .filter(Boolean)
      .join(" "),
    yesLabel: "Yes, reinstate it",
    noLabel: "No, keep it cancelled",
    fields: {},
    // Reinstating gives back what the cancellation took: not a red button.
    tone: "primary",
  };
}

const SHARE_LINK_CONFIRMATIONS: Record<Exclude<ShareLinkIntent, "turn-on">, Omit<Confirmation, "fields">> = {
  replace: {
    title: "Replace the share link?",
    message:
      "The current link stops working at once for everyone who has it; partners need the new one. The old link cannot be brought back.",
    yesLabel: "Yes, replace the link",
    noLabel: "No, keep this link",
  },
  "turn-off": {
    title: "Turn off the share link?",
    message:
      "The link stops working at once for everyone who has it. Turning it on later makes a new link: this one stays off for good.",
    yesLabel: "Yes, turn it off",
    noLabel: "No, keep it on",
  },
};

/** Null for turning the link on, which takes nothing away and needs no question. */
export function shareLinkConfirmation(intent: ShareLinkIntent): Confirmation | null {
  if (intent === "turn-on") return null;
  return { ...SHARE_LINK_CONFIRMATIONS[intent], fields: { intent } };
}
