// The forms that choose a language: the header switch (for this browser) and the saved setting
// on /me/language (for the person).
import { z } from "zod";
import { LANGUAGES } from "~/domain/languages";

export const languageSwitchSchema = z.object({
  language: z.enum(LANGUAGES),
  redirectTo: z.string().optional(),
});

export const savedLanguageSchema = (invalid: string) =>
  z.object({ language: z.enum(LANGUAGES, { errorMap: () => ({ message: invalid }) }) });
