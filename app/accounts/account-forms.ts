// Forms of the accounts feature: signing in, setting a password from an invitation, and deleting
// one's own data.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/domain/password-rules";
import { email, text, verbatim } from "~/forms/fields";

const tooLongPassword = `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;

export const signInSchema = z.object({
  email: email({
    required: "Enter your email address",
    tooLong: "Email address must be 254 characters or fewer",
    invalid: "Enter an email address like name@example.org",
  }),
  password: verbatim({ required: "Enter your password", max: PASSWORD_MAX_LENGTH, tooLong: tooLongPassword }),
});

export const setPasswordSchema = z
  .object({
    password: verbatim({ max: PASSWORD_MAX_LENGTH, tooLong: tooLongPassword }).refine(
      (value) => value.length >= PASSWORD_MIN_LENGTH,
      {
        message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters`,
      },
    ),
    confirmPassword: verbatim(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match",
  });

/** Password fields never travel back to the page. */
export const PASSWORD_FIELDS = ["password", "confirmPassword"];

export const DELETE_DATA_CONFIRMATION = "delete my data";

export const deleteDataSchema = z.object({
  confirm: text().refine((value) => value.toLowerCase() === DELETE_DATA_CONFIRMATION, {
    message: `Type “${DELETE_DATA_CONFIRMATION}” to confirm`,
  }),
});
