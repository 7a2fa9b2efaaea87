// The delegate page (/convenings/:id/delegates/:personId) as tests post to it: the action's
// answer, thrown or returned, as one Response.
import { action as delegateAction } from "../../app/routes/convenings.$conveningId.delegates.$personId";
import { formRequest } from "../factories/people";

export const delegatePageOf = (conveningId: string, personId: string) =>
  `/convenings/${conveningId}/delegates/${personId}`;

export async function postToDelegatePage(
  actorId: string,
  conveningId: string,
  personId: string,
  fields: Record<string, string>,
): Promise<Response> {
  try {
    return (await delegateAction({
      request: await formRequest(actorId, delegatePageOf(conveningId, personId), fields),
      params: { conveningId, personId },
      context: {},
    })) as Response;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}
