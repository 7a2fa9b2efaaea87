// The two parts every email has: the plain text callers write, and a short, accessible HTML
// version made from it (paragraphs, lists, links with their address as text), both ending with a
// footer that says why the person got it and where to change what they receive.

import { HTML_LANG, type Language } from "~/domain/languages";

export const DEFAULT_REASON = "You receive this because you take part in the Inclusive Cities programme.";

export type EmailBody = { text: string; html: string };

/** The footer's words in the reader's language (the mailer translates them; English by default). */
export type FooterWords = { reason: string; preferences: (url: string) => string; preferencesLink: string };

const ENGLISH_FOOTER: FooterWords = {
  reason: DEFAULT_REASON,
  preferences: (url) => `Your email preferences: ${url}`,
  preferencesLink: "Choose which emails you receive",
};

// Colours chosen for contrast on white: body 16:1, footer 9:1, links 8:1 (WCAG AAA for text).
const INK = "#1a1a1a";
const MUTED = "#4a4a4a";
const LINK = "#0b4f8a";

const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'"]/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped text with every http(s) address made a link whose text is the address. */
function inlineHtml(text: string): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}" style="color:${LINK}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A paragraph of text as HTML: lines starting "- " become a list, indented lines continue an item. */
function blockHtml(block: string): string {
  const lead: string[] = [];
  const items: string[][] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("- ")) items.push([line.slice(2)]);
    else if (items.length > 0 && /^\s/.test(line)) items[items.length - 1].push(line.trim());
    else if (items.length === 0) lead.push(line);
    else items[items.length - 1].push(line);
  }
  const paragraph = lead.length > 0 ? `<p>${lead.map(inlineHtml).join("<br>")}</p>` : "";
  const list =
    items.length > 0 ? `<ul>${items.map((item) => `<li>${item.map(inlineHtml).join("<br>")}</li>`).join("")}</ul>` : "";
  return paragraph + list;
}

export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map(blockHtml)
    .filter(Boolean)
    .join("\n");
}

/**
 * Both parts of a message with the footer. `html`, when a caller gives it, is trusted markup for
 * the body; otherwise the body is made from the text, escaped.
 */
export function formatEmailBody(input: {
  subject: string;
  text: string;
  html?: string;
  reason?: string;
  preferencesUrl: string;
  /** The language the email is written in (`<html lang>`), English by default. */
  language?: Language;
  footer?: FooterWords;
}): EmailBody {
  const footer = input.footer ?? ENGLISH_FOOTER;
  const reason = input.reason?.trim() || footer.reason;
  const text = `${input.text.trimEnd()}\n\n-- \n${reason}\n${footer.preferences(input.preferencesUrl)}\n`;
  const body = input.html ?? textToHtml(input.text);
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${input.language ? HTML_LANG[input.language] : "en"}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.subject)}</title>`,
    "</head>",
    `<body style="margin:0;padding:24px;background:#ffffff;color:${INK};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">`,
    '<div style="max-width:600px">',
    body,
    `<footer style="margin-top:32px;padding-top:16px;border-top:1px solid ${MUTED};color:${MUTED};font-size:14px">`,
    `<p>${escapeHtml(reason)}</p>`,
    `<p><a href="${escapeHtml(input.preferencesUrl)}" style="color:${LINK}">${escapeHtml(footer.preferencesLink)}</a></p>`,
    "</footer>",
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
  return { text, html };
}
