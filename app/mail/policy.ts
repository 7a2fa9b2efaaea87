// Who may see the mail pages: the queue with its refusals (/mail) and the outbox (/dev/outbox).
// Both show other people's addresses and messages, so they are the programme managers'.
import { ALLOWED, isManager, refused, type Decision, type Viewer } from "~/accounts/policy";

export function canSeeMail(viewer: Viewer | null): Decision {
  if (isManager(viewer)) return ALLOWED;
  return refused("The mail queue and the outbox are for the programme managers.");
}
