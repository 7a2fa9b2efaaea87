// "N people will be told": who a change to this convening would reach, as the edit forms say it
// before the manager saves. People who turned change notices off are not counted.
import { describeDelay } from "~/domain/change-notices/notice-timing";
import { getEnv } from "~/utils/env.server";
import { listNoticeRecipients } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import { hasCalendarEntry, isAnnounced, TOLD_STATUSES, wantsChangeNotices } from "./policy";

export type NoticeAudienceCount = {
  isAnnounced: boolean;
  /** People with a place, told of every change. */
  withPlace: number;
  /** People waiting for approval or a place, told of everything but the joining link. */
  waiting: number;
  /** "5 minutes": how long changes wait for more before one email tells of them all; null: they do not wait. */
  delay: string | null;
};

export async function countNoticeAudience(convening: { id: string; status: string }): Promise<NoticeAudienceCount> {
  const seconds = getEnv().CHANGE_NOTICE_DELAY;
  const delay = seconds === 0 ? null : describeDelay(seconds);
  if (!isAnnounced(convening)) return { isAnnounced: false, withPlace: 0, waiting: 0, delay };
  const registrations = await listRegistrationsForConvening(convening.id, { statuses: TOLD_STATUSES });
  const people = await listNoticeRecipients(registrations.map((registration) => registration.personId));
  const told = registrations.filter((registration) => {
    const person = people.get(registration.personId);
    return person !== undefined && wantsChangeNotices(person.changeNotices);
  });
  const withPlace = told.filter((registration) => hasCalendarEntry(registration.status)).length;
  return { isAnnounced: true, withPlace, waiting: told.length - withPlace, delay };
}
