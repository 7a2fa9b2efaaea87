// The _id of a feedback response: an HMAC of the link's token under a key derived from
// SESSION_SECRET. One answer per link is then a unique insert, and since the token is stored
// nowhere, the database alone cannot tie a response to its invitation.
import { createHmac } from "node:crypto";
import { getEnv } from "~/utils/env.server";

export function feedbackResponseId(token: string): string {
  const key = createHmac("sha256", getEnv().SESSION_SECRET).update("feedback-response-key").digest();
  return createHmac("sha256", key).update(`feedback-response:${token}`).digest("hex");
}
