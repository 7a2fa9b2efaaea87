// Inviting people: a single-use link that expires, sent through the mailer.
import { createHash, randomBytes } from "node:crypto";
import {
  consumeInvitation,
  createInvitation,
  lookUpInvitation,
  type InvitationLookup,
} from "~models/invitation.server";
import {
  createPerson,
  findPersonIdByEmail,
  getPerson,
  setPasswordHash,
  updateInvitedPerson,
  type Role,
} from "~models/person.server";
import { getEnv } from "~/utils/env.server";
import { sendEmail } from "~/mail/mailer.server";
import { hashPassword } from "./password.server";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60_000;

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export type InvitationInput = { name: string; email: string; role: Role; cityId: string | null };

/** Creates the person if new (or reuses a person without an account) and emails a link. */
export async function invitePerson(
  input: InvitationInput,
  invitedById: string,
  now = new Date(),
): Promise<{ ok: true; personId: string } | { ok: false; field: "email"; message: string }> {
  const existingId = await findPersonIdByEmail(input.email);
  let personId: string;
  if (existingId) {
    const existing = await getPerson(existingId);
    if (existing?.hasAccount) {
      return { ok: false, field: "email", message: "This person already has an account." };
    }
    await updateInvitedPerson(existingId, { name: input.name, role: input.role, cityId: input.cityId });
    personId = existingId;
  } else {
    personId = await createPerson({ name: input.name, email: input.email, role: input.role, cityId: input.cityId });
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await createInvitation({ tokenHash: hashToken(token), personId, invitedById, expiresAt }, now);
  const link = `${getEnv().APP_URL}/invitations/${token}`;
  await sendEmail({
    to: input.email,
    subject: "You are invited to the Inclusive Cities planner",
    text: [
      `Hello ${input.name},`,
      `You have been invited to the Inclusive Cities convening planner. Set your password here to get started:\n${link}`,
      `The link works once and expires on ${expiresAt.toUTCString()}.`,
    ].join("\n\n"),
  });
  return { ok: true, personId };
}

export function checkInvitation(token: string, now = new Date()): Promise<InvitationLookup> {
  return lookUpInvitation(hashToken(token), now);
}

export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<string | null> {
  const personId = await consumeInvitation(hashToken(token), now);
  if (!personId) return null;
  await setPasswordHash(personId, await hashPassword(password));
  return personId;
}
