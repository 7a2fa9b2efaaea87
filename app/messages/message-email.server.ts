// What a message to a convening's people looks like in their inbox: the text as written, a line
// naming the convening with its link, and a footer saying why they got it. The preview shows
// exactly this text.
import { formatEmailBody } from "~/mail/email-format";
import { formatDateRange } from "~/domain/local-time";
import type { MessageAudience } from "~/domain/vocabulary/messages";
import { getEnv } from "~/utils/env.server";

export type MessageConvening = { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string };

/** The footer's reason: what ties this person to the convening. */
export function messageReason(audience: MessageAudience, convening: MessageConvening): string {
  switch (audience) {
    case "waitlist":
      return `You receive this because you are on the waitlist for ${convening.title}.`;
    case "pending":
      return `You receive this because you asked to register for ${convening.title} and your registration is waiting for approval.`;
    case "selected":
      return `You receive this because of your registration for ${convening.title}.`;
    default:
      return `You receive this because you are registered for ${convening.title}.`;
  }
}

/** The email's text before the mailer's footer. */
export function messageText(body: string, convening: MessageConvening): string {
  const dates = formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone);
  return `${body}\n\n${convening.title}, ${dates}: ${getEnv().APP_URL}/convenings/${convening.id}`;
}

/** The message as each recipient reads it, footer included: what the preview shows. */
export function renderMessage(
  message: { subject: string; body: string; audience: MessageAudience },
  convening: MessageConvening,
): { subject: string; text: string } {
  const { text } = formatEmailBody({
    subject: message.subject,
    text: messageText(message.body, convening),
    reason: messageReason(message.audience, convening),
    preferencesUrl: `${getEnv().APP_URL}/me/email`,
  });
  return { subject: message.subject, text };
}
