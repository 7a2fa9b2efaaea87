// "Add to calendar" and "Subscribe" for a convening, as the public share page offers them: the
// event once (.ics, Google, Outlook), or its agenda as a feed that follows every change.
import { AddToCalendar, type AddToCalendarProps } from "./add-to-calendar";
import { SubscribeLinks } from "./subscribe-links";

export type ConveningCalendarOfferProps = {
  title: string;
  addToCalendar: Omit<AddToCalendarProps, "itemTitle"> | null;
  feedUrl: string;
};

export function ConveningCalendarOffer({ title, addToCalendar, feedUrl }: ConveningCalendarOfferProps) {
  return (
    <section className="card no-print" aria-labelledby="calendar-offer-title">
      <h2 id="calendar-offer-title">In your calendar</h2>
      {addToCalendar ? (
        <>
          <p>Add the convening to your calendar once:</p>
          <AddToCalendar {...addToCalendar} itemTitle={title} />
        </>
      ) : null}
      <p>
        Or subscribe to its agenda, so your calendar follows every change:{" "}
        <a href={feedUrl}>
          agenda feed<span className="visually-hidden"> of {title}</span>
        </a>
      </p>
      <SubscribeLinks url={feedUrl} name={title} />
    </section>
  );
}
