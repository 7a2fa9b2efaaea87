// The identity of every calendar event the planner writes: one UID per convening, session and
// follow-up action, the same in every feed, download and email, so a calendar that receives
// the same thing twice (an emailed invitation and a feed) keeps one entry and applies updates.
// The domain is a constant: UIDs must not change when the site moves to another address, or
// subscribers' calendars would show every item twice.
export const UID_DOMAIN = "inclusive-cities-planner";

export const conveningUid = (conveningId: string) => `convening-${conveningId}@${UID_DOMAIN}`;
export const sessionUid = (sessionId: string) => `session-${sessionId}@${UID_DOMAIN}`;
export const actionUid = (actionId: string) => `action-${actionId}@${UID_DOMAIN}`;
