// The optional Welsh versions the convening, session, cancel and message forms take beside their
// English fields (decision 038): the same length limits as the English field, messages in the
// reader's language. Blank means "not written in Welsh"; readers then see the English.
import { z } from "zod";
import { text, textLines } from "~/forms/fields";
import englishBilingual from "~/i18n/catalogues/en/bilingual.json";
import type { Messages } from "~/i18n/messages";
import { createTranslator, type Translate } from "~/i18n/translator";

/** The limits of the English fields these stand beside (models/ hold the same maxlengths). */
export const WELSH_LIMITS = { title: 160, summary: 4000, description: 4000, aim: 300, aims: 12, reason: 1000 };

function tooLong(t: Translate, max: number) {
  return (length: number) => t("bilingual.tooLong", { max, length });
}

/** A one-line Welsh title, or "" when not written. */
export function welshTitle(t: Translate, max: number) {
  // As the English title: line breaks and runs of spaces become one space.
  return text({ max, tooLong: tooLong(t, max) }).transform((value) => value.replace(/\s+/g, " "));
}

/** Free Welsh text (a summary, a description, a reason), or "" when not written. */
export function welshText(t: Translate, max: number) {
  return text({ max, tooLong: tooLong(t, max) });
}

/** Welsh aims, one a line, held to the English aims' limits. */
export function welshAims(t: Translate) {
  return textLines().superRefine((aims, context) => {
    if (aims.length > WELSH_LIMITS.aims)
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: t("bilingual.tooManyAims", { max: WELSH_LIMITS.aims }),
      });
    else if (aims.some((aim) => aim.length > WELSH_LIMITS.aim))
      context.addIssue({ code: z.ZodIssueCode.custom, message: t("bilingual.aimTooLong", { max: WELSH_LIMITS.aim }) });
  });
}

/** The convening form's Welsh fields, spread into its object schema. */
export function welshConveningFields(t: Translate) {
  return {
    titleCy: welshTitle(t, WELSH_LIMITS.title),
    summaryCy: welshText(t, WELSH_LIMITS.summary),
    aimsCy: welshAims(t),
  };
}

/** The session form's Welsh fields. */
export function welshSessionFields(t: Translate) {
  return {
    titleCy: welshTitle(t, WELSH_LIMITS.title),
    descriptionCy: welshText(t, WELSH_LIMITS.description),
  };
}

/** For a form not yet given the reader's translator: the Welsh fields' messages in English. */
export const englishFieldMessages: Translate = createTranslator("en", englishBilingual as unknown as Messages);
