// Addresses that subscribe a calendar app to a feed: webcal:// for Apple Calendar and Outlook
// desktop, and the Google and Outlook on the web pages that add a feed by its address.

export const webcalUrl = (feedUrl: string) => feedUrl.replace(/^https?:\/\//, "webcal://");

export const googleSubscribeUrl = (feedUrl: string) =>
  `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalUrl(feedUrl))}`;

export const outlookSubscribeUrl = (feedUrl: string, name: string) =>
  `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(name)}`;

/** The public feed of one convening's agenda, at the app's public address. */
export const conveningFeedUrl = (appUrl: string, conveningId: string) =>
  `${appUrl}/calendar/convenings/${conveningId}.ics`;

/** The same feed with its words in Welsh, and Welsh versions of content where written. */
export const welshFeedUrl = (feedUrl: string) => `${feedUrl}${feedUrl.includes("?") ? "&" : "?"}lang=cy`;
