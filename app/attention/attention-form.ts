// The queue's buttons: set one item aside (dismiss while unchanged, or snooze a week), or bring
// every item back.
import { z } from "zod";

export const DISMISS_INTENT = "dismiss";
export const SNOOZE_INTENT = "snooze";
export const RESTORE_ALL_INTENT = "restore-all";

export const attentionFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal(DISMISS_INTENT), key: z.string().min(1).max(200) }),
  z.object({ intent: z.literal(SNOOZE_INTENT), key: z.string().min(1).max(200) }),
  z.object({ intent: z.literal(RESTORE_ALL_INTENT) }),
]);
