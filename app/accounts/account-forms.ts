// Forms of the accounts feature: signing in, setting a password from an invitation, and deleting
// one's own data.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/domain/password-rules";
import { email, text, verbatim } from "~/forms/fields";
import type { Translate } from "~/i18n/translator";

/** The sign-in form, its messages in the reader's language (server and browser alike). */
export const signInSchemaFor = (t: Translate) =>
  z.object({
    email: email({
      required: t("login.emailRequired"),
      tooLong: t("login.emailTooLong"),
      invalid: t("login.emailInvalid"),
    }),
    password: verbatim({
      required: t("login.passwordRequired"),
      max: PASSWORD_MAX_LENGTH,
      tooLong: t("login.passwordTooLong", { max: PASSWORD_MAX_LENGTH }),
    }),
  });

/** Setting a password from an invitation, its messages in the reader's language. */
export const setPasswordSchemaFor = (t: Translate) =>
  z
    .object({
      password: verbatim({
        max: PASSWORD_MAX_LENGTH,
        tooLong: t("invitation.passwordTooLong", { max: PASSWORD_MAX_LENGTH }),
      }).refine((value) => value.length >= PASSWORD_MIN_LENGTH, {
        message: t("invitation.passwordTooShort", { min: PASSWORD_MIN_LENGTH }),
      }),
      confirmPassword: verbatim(),
    })
    .refine((value) => value.password === value.confirmPassword, {
      path: ["confirmPassword"],
      message: t("invitation.passwordsDiffer"),
    });

/** Password fields never travel back to the page. */
export const PASSWORD_FIELDS = ["password", "confirmPassword"];

export const DELETE_DATA_CONFIRMATION = "delete my data";

/** Deleting one's data: the phrase typed in the reader's language (the English one is taken too). */
export const deleteDataSchemaFor = (t: Translate) => {
  const phrase = t("me.data.phrase");
  return z.object({
    confirm: text().refine((value) => [phrase, DELETE_DATA_CONFIRMATION].includes(value.toLowerCase()), {
      message: t("me.data.typeToConfirm", { phrase }),
    }),
  });
};
