// The resources page's action, one named function per form: add a document (the file streamed
// into GridFS while the form is read, kept only when the whole form is right), add a link,
// change one, delete one (its stored file too). Bad input is answered 400 with the message at
// its field and the typed values kept; a file that was stored for a refused form is deleted.
import { json } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v3";
import { readMultipartForm } from "~/forms/multipart-form.server";
import { replyWithErrors, type FieldErrors } from "~/forms/schema-form";
import { getEnv } from "~/utils/env.server";
import { redirectWithToast } from "~/utils/toast.server";
import type { SignedInPerson } from "~models/person.server";
import type { ConveningRecord } from "~models/convening.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { deleteResourceFile } from "~models/resource-file.server";
import { addConveningResource, removeConveningResource, updateConveningResource } from "~models/resource.server";
import {
  ADD_FILE_INTENT,
  ADD_LINK_INTENT,
  addFileSchema,
  addLinkSchema,
  DELETE_RESOURCE_INTENT,
  deleteResourceSchema,
  FILE_FIELD,
  titleFromFilename,
  UPDATE_RESOURCE_INTENT,
  updateResourceSchema,
} from "./resource-forms";
import { resourceUploadReceiver, type UploadOutcome } from "./resource-upload.server";

type Context = { manager: SignedInPerson; convening: ConveningRecord; sessionIds: Set<string> };

const NOT_A_SESSION = "Choose one of this convening's sessions, or the whole convening";
const GONE = "This resource is not on the list any more: someone may have deleted it.";

const pageOf = (convening: ConveningRecord) => `/convenings/${convening.id}/resources`;
const visibility = (isPublic: boolean) => (isPublic ? "public: it shows on the share link" : "private");

function refused(intent: string, result: ReturnType<typeof replyWithErrors>, resourceId?: string) {
  return json({ intent, resourceId: resourceId ?? null, result }, { status: 400 });
}

function sessionError(sessionId: string, context: Context): FieldErrors {
  return sessionId && !context.sessionIds.has(sessionId) ? { sessionId: NOT_A_SESSION } : {};
}

export async function resourcesAction(request: Request, manager: SignedInPerson, convening: ConveningRecord) {
  const receiver = resourceUploadReceiver(convening.id, getEnv().RESOURCE_MAX_BYTES);
  let isFileKept = false;
  try {
    const formData = await readMultipartForm(request, receiver.onFile);
    const sessions = await listAgendaSessions(convening.id);
    const context: Context = {
      manager,
      convening,
      sessionIds: new Set(sessions.map((session) => session.id)),
    };
    switch (formData.get("intent")) {
      case ADD_FILE_INTENT: {
        const answer = await addFile(formData, receiver.outcome(), context);
        isFileKept = answer.isFileKept;
        return answer.response;
      }
      case ADD_LINK_INTENT:
        return await addLink(formData, context);
      case UPDATE_RESOURCE_INTENT:
        return await changeResource(formData, context);
      case DELETE_RESOURCE_INTENT:
        return await deleteResource(formData, context);
    }
    return json({ intent: null, resourceId: null, result: null }, { status: 400 });
  } finally {
    // Whatever was stored for a form that was refused, or failed, is deleted.
    if (!isFileKept) await receiver.discard();
  }
}

function fileMessage(outcome: UploadOutcome, isRestRight: boolean): string | null {
  if (outcome.status === "none") return "Choose a file to upload";
  if (outcome.status === "refused") return outcome.message;
  // A browser cannot send a file back with the page: it has to be chosen again.
  return isRestRight ? null : `Choose “${outcome.file.filename}” again once the rest is right: it was not kept.`;
}

async function addFile(formData: FormData, outcome: UploadOutcome, context: Context) {
  const submission = parseWithZod(formData, { schema: addFileSchema });
  const sessionErrors = submission.status === "success" ? sessionError(submission.value.sessionId, context) : {};
  const isRestRight = submission.status === "success" && Object.keys(sessionErrors).length === 0;
  const fileError = fileMessage(outcome, isRestRight);
  if (submission.status !== "success" || !isRestRight || fileError || outcome.status !== "stored") {
    const fields = { ...sessionErrors, ...(fileError ? { [FILE_FIELD]: fileError } : {}) };
    return { isFileKept: false, response: refused(ADD_FILE_INTENT, replyWithErrors(submission, { fields })) };
  }
  const { title, sessionId, isPublic } = submission.value;
  const resourceTitle = title || titleFromFilename(outcome.file.filename);
  await addConveningResource(context.convening.id, {
    kind: "file",
    title: resourceTitle,
    sessionId: sessionId || null,
    isPublic,
    file: outcome.file,
    addedById: context.manager.id,
  });
  return {
    isFileKept: true,
    response: await redirectWithToast(pageOf(context.convening), `Added “${resourceTitle}”, ${visibility(isPublic)}.`),
  };
}

async function addLink(formData: FormData, context: Context) {
  const submission = parseWithZod(formData, { schema: addLinkSchema });
  if (submission.status !== "success") return refused(ADD_LINK_INTENT, submission.reply());
  const errors = sessionError(submission.value.sessionId, context);
  if (errors.sessionId) return refused(ADD_LINK_INTENT, replyWithErrors(submission, { fields: errors }));
  const { title, url, sessionId, isPublic } = submission.value;
  await addConveningResource(context.convening.id, {
    kind: "link",
    title,
    url,
    sessionId: sessionId || null,
    isPublic,
    addedById: context.manager.id,
  });
  return redirectWithToast(pageOf(context.convening), `Added the link “${title}”, ${visibility(isPublic)}.`);
}

async function changeResource(formData: FormData, context: Context) {
  const submission = parseWithZod(formData, { schema: updateResourceSchema });
  const resourceId = String(formData.get("resourceId") ?? "");
  if (submission.status !== "success") return refused(UPDATE_RESOURCE_INTENT, submission.reply(), resourceId);
  const errors = sessionError(submission.value.sessionId, context);
  if (errors.sessionId)
    return refused(UPDATE_RESOURCE_INTENT, replyWithErrors(submission, { fields: errors }), resourceId);
  const { title, sessionId, isPublic } = submission.value;
  const before = await updateConveningResource(context.convening.id, resourceId, {
    title,
    isPublic,
    sessionId: sessionId || null,
  });
  if (!before) return refused(UPDATE_RESOURCE_INTENT, replyWithErrors(submission, { form: GONE }), resourceId);
  return redirectWithToast(pageOf(context.convening), `Saved “${title}”, ${visibility(isPublic)}.`);
}

async function deleteResource(formData: FormData, context: Context) {
  const submission = parseWithZod(formData, { schema: deleteResourceSchema });
  const resourceId = String(formData.get("resourceId") ?? "");
  if (submission.status !== "success") return refused(DELETE_RESOURCE_INTENT, submission.reply(), resourceId);
  const removed = await removeConveningResource(context.convening.id, resourceId);
  if (!removed) return refused(DELETE_RESOURCE_INTENT, replyWithErrors(submission, { form: GONE }), resourceId);
  // Off the list first, so no page offers a file that is being deleted.
  if (removed.file) await deleteResourceFile(context.convening.id, removed.file.fileId);
  return redirectWithToast(pageOf(context.convening), `Deleted “${removed.title}”.`);
}
