// The edit forms' "Don't notify attendees" checkbox: ticked for a typo fix, so the saved change
// is recorded in the history and the feeds but nobody is emailed. Read from the same form data
// as the edit itself, with its own small schema.
import { parseWithZod } from "@conform-to/zod/v3";
import { z } from "zod";
import { checkbox } from "~/forms/fields";

export const SKIP_NOTICE_FIELD = "skipChangeNotice";

export const noticeChoiceSchema = z.object({ [SKIP_NOTICE_FIELD]: checkbox() });

export type NoticeChoice = { isNotified: boolean };

export function readNoticeChoice(formData: FormData): NoticeChoice {
  const submission = parseWithZod(formData, { schema: noticeChoiceSchema });
  return { isNotified: !(submission.status === "success" && submission.value[SKIP_NOTICE_FIELD]) };
}
