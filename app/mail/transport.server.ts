// The configured way out for mail: SMTP when SMTP_URL is set (it wins over Resend), else the
// Resend HTTP API when RESEND_API_KEY is set, else none: messages are held for the outbox.
import { getEnv, type Env } from "~/utils/env.server";
import { resendTransport } from "./resend-transport.server";
import { smtpTransport } from "./smtp-transport.server";
import type { MailTransport } from "./transport-failure.server";

export type { MailTransport };

export function configuredTransport(env: Env = getEnv()): MailTransport | null {
  if (env.SMTP_URL) return smtpTransport({ ...env, SMTP_URL: env.SMTP_URL });
  if (env.RESEND_API_KEY) return resendTransport({ ...env, RESEND_API_KEY: env.RESEND_API_KEY });
  return null;
}

/** False in the demo and wherever no transport is set: mail is held for the outbox. */
export function isTransportConfigured(env: Env = getEnv()): boolean {
  return Boolean(env.SMTP_URL || env.RESEND_API_KEY);
}

/** What managers are told about the way out, without credentials. */
export function describeTransport(env: Env = getEnv()): string | null {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    return `SMTP server ${url.hostname}:${url.port || (url.protocol === "smtps:" ? "465" : "587")}`;
  }
  if (env.RESEND_API_KEY) return "Resend email API";
  return null;
}
