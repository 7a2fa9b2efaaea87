// A manager's steps with convenings, through the real actions: a draft from the new-convening
// form, sessions from the session form, publishing.
import { expect } from "vitest";
import { action as publishAction } from "../../app/routes/convenings.$conveningId.publish";
import { action as newSessionAction } from "../../app/routes/convenings.$conveningId.sessions.new";
import { action as newAction } from "../../app/routes/convenings.new";
import { conveningFields, conveningIdFrom, postForm, sessionFields } from "../factories/convenings";

/** Saves the new-convening form (the factory's fields with these overrides) as a draft; its id. */
export async function createDraft(
  managerId: string,
  overrides: Record<string, string | string[]> = {},
): Promise<string> {
  const response = await postForm(newAction, managerId, "/convenings/new", {}, conveningFields(overrides));
  expect(response).toHaveStatus(302);
  return conveningIdFrom(response);
}

/** Posts the session form (the factory's fields with these overrides); the action's Response. */
export function addSession(
  managerId: string,
  conveningId: string,
  fields: Record<string, string | string[]> = {},
): Promise<Response> {
  return postForm(
    newSessionAction,
    managerId,
    `/convenings/${conveningId}/sessions/new`,
    { conveningId },
    sessionFields(fields),
  );
}

/** Publishes a draft, failing the test unless the action redirects. */
export async function publish(managerId: string, conveningId: string) {
  const response = await postForm(publishAction, managerId, `/convenings/${conveningId}/publish`, { conveningId }, {});
  expect(response).toHaveStatus(302);
}
