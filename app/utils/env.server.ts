// Configuration, read and validated once; a bad value stops start-up with one line naming it.
import { z } from "zod";

/** smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), with a host. */
function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce
      .number({ invalid_type_error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(3000),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/.+/, "must start with mongodb:// or mongodb+srv://")
      .optional(),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    APP_URL: z.string().url("must be a full URL such as https://planner.example.org").optional(),
    SMTP_URL: z
      .string()
      .refine(isSmtpUrl, "must be a URL such as smtp://user:pass@host:587 or smtps://user:pass@host:465")
      .optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default("Inclusive Cities planner <planner@example.org>"),
    DATA_DIR: z.string().min(1).default(".data"),
    // Seconds a convening's changes wait for more edits before one notice tells attendees of all.
    CHANGE_NOTICE_DELAY: z
      .string()
      .regex(/^\d+$/, "must be a whole number of seconds, 0 or more")
      .refine((value) => Number(value) <= 86_400, "must be at most 86400 seconds (a day)")
      .default("300")
      .transform(Number),
    // Whole days after a learning exchange ends before its delegates' travel documents are deleted.
    TRAVEL_DOCUMENTS_RETENTION_DAYS: z
      .string()
      .regex(/^\d+$/, "must be a whole number of days, 0 or more")
      .refine((value) => Number(value) <= 365, "must be at most 365 days")
      .default("30")
      .transform(Number),
    // How many weeks before a convening the queue warns of cities with nobody or places unfilled.
    ATTENTION_WEEKS_BEFORE: z
      .string()
      .regex(/^\d+$/, "must be a whole number of weeks")
      .refine((value) => Number(value) >= 1 && Number(value) <= 52, "must be from 1 to 52 weeks")
      .default("4")
      .transform(Number),
    // Days after a feedback form's invitations went out before the queue calls its response low.
    ATTENTION_FEEDBACK_DAYS: z
      .string()
      .regex(/^\d+$/, "must be a whole number of days")
      .refine((value) => Number(value) >= 1 && Number(value) <= 60, "must be from 1 to 60 days")
      .default("10")
      .transform(Number),
    // The share of invitees (per cent) who answered below which the queue calls a response low.
    ATTENTION_FEEDBACK_PERCENT: z
      .string()
      .regex(/^\d+$/, "must be a whole number of per cent")
      .refine((value) => Number(value) >= 1 && Number(value) <= 100, "must be from 1 to 100 per cent")
      .default("30")
      .transform(Number),
    // The largest document a convening's resources take, in bytes (20 MB unless set).
    RESOURCE_MAX_BYTES: z
      .string()
      .regex(/^\d+$/, "must be a whole number of bytes")
      .refine((value) => Number(value) >= 1 && Number(value) <= 1_000_000_000, "must be from 1 to 1000000000 bytes")
      .default("20000000")
      .transform(Number),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SESSION_SECRET"],
        message: "is required in production (at least 32 random characters)",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & { SESSION_SECRET: string; APP_URL: string };

const DEV_SESSION_SECRET = "dev-only-secret-not-for-production-use-000";

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/** Parses raw variables; empty strings count as unset so `FOO=` in a shell behaves as expected. */
export function parseEnv(raw: Record<string, string | undefined>): EnvResult {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? "environment");
    return { ok: false, message: `Invalid configuration: ${name} ${issue.message}.` };
  }
  const env = result.data;
  return {
    ok: true,
    env: {
      ...env,
      SESSION_SECRET: env.SESSION_SECRET ?? DEV_SESSION_SECRET,
      APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    },
  };
}

/**
 * Whether browsers reach the app over https: its public address, APP_URL, says so (behind a
 * TLS-terminating proxy too). Cookies are Secure and HSTS is sent exactly then; over plain http
 * (the local demo) a Secure cookie would not come back and nobody could sign in.
 */
export function isServedOverHttps(env: Pick<Env, "APP_URL">): boolean {
  return new URL(env.APP_URL).protocol === "https:";
}

let cached: Env | undefined;

/** Parsed once; tests re-read it so each can set the variables it needs. */
export function getEnv(): Env {
  if (cached && process.env.NODE_ENV !== "test") return cached;
  const result = parseEnv(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  cached = result.env;
  return cached;
}
