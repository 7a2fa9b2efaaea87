// "No English interface text left" on a page read in Welsh: every text the page shows in its own
// language (no nearer lang attribute than <html lang="cy">) must hold none of English's common
// words or the interface's verbs and nouns. Content people wrote (titles, descriptions, names)
// carries its own lang attribute, so it is left out, as it should be for screen readers too.
import type { Page } from "@playwright/test";

// Words Welsh never uses, case-insensitive ("a", "i", "am", "ar", "dim" are Welsh, so not here).
const ENGLISH_WORDS = [
  "the",
  "and",
  "of",
  "to",
  "your",
  "you",
  "with",
  "for",
  "is",
  "are",
  "this",
  "that",
  "from",
  "has",
  "have",
  "not",
  "will",
  "be",
  "or",
  "on",
  "in",
  "by",
  "no",
  "yes",
  "all",
  "there",
  "here",
  "who",
  "what",
  "when",
  "where",
  "which",
  "their",
  "they",
  "it",
  "its",
  "was",
  "were",
  "been",
  "can",
  "sign",
  "register",
  "registered",
  "save",
  "cancel",
  "edit",
  "delete",
  "back",
  "add",
  "show",
  "download",
  "print",
  "share",
  "email",
  "name",
  "date",
  "time",
  "city",
  "cities",
  "meeting",
  "meetings",
  "session",
  "sessions",
  "actions",
  "update",
  "search",
  "next",
  "previous",
  "page",
  "places",
  "people",
  "waitlist",
  "approve",
  "decline",
  "send",
  "open",
  "close",
  "closed",
  "view",
  "details",
  "feedback",
  "notes",
  "calendar",
  "subscribe",
  "settings",
  "language",
  "password",
  "account",
  "draft",
  "published",
  "cancelled",
  "upcoming",
  "past",
  "today",
  "tomorrow",
  "days",
  "day",
  "week",
  "weeks",
  "attendees",
  "documents",
  "resources",
  "owner",
  "due",
  "done",
  "overdue",
  "progress",
  "plan",
  "report",
  "reports",
];
const WORD = new RegExp(`\\b(${ENGLISH_WORDS.join("|")})\\b`, "i");

/** Each bit of Welsh-language interface text on the page that reads as English, with its element. */
export async function englishLeftOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template, code, pre, [hidden]")) continue;
      if (parent.closest("[lang]") !== document.documentElement) continue;
      if (!parent.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) && !parent.closest("title"))
        continue;
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) found.push(`${parent.tagName.toLowerCase()}: ${text}`);
    }
    // Labels a screen reader reads that are not text nodes.
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], input[type=submit]")) {
      if (element.closest("[lang]") !== document.documentElement) continue;
      for (const name of ["aria-label", "title", "placeholder", "value"]) {
        const value = element.getAttribute(name);
        if (value && (name !== "value" || element.matches("input[type=submit]")))
          found.push(`${element.tagName.toLowerCase()}[${name}]: ${value}`);
      }
    }
    return found;
  });
  return texts.filter((text) => WORD.test(text.slice(text.indexOf(": ") + 2)));
}
