import { describe, expect, it } from "vitest";
import { DEFAULT_REASON, formatEmailBody, textToHtml } from "./email-format";

describe("email parts", () => {
  it("turns paragraphs, line breaks, dash lists and addresses into escaped HTML", () => {
    expect(
      textToHtml(
        "Hello <Ann> & co,\n\nSecond line\nthird line\n\nOverdue:\n- Publish the plan\n  https://planner.example.org/actions/1\n- Book a room",
      ),
    ).toBe(
      [
        "<p>Hello &#60;Ann&#62; &#38; co,</p>",
        "<p>Second line<br>third line</p>",
        '<p>Overdue:</p><ul><li>Publish the plan<br><a href="https://planner.example.org/actions/1" style="color:#0b4f8a">https://planner.example.org/actions/1</a></li><li>Book a room</li></ul>',
      ].join("\n"),
    );
  });

  it("keeps a full stop or a bracket after an address out of the link", () => {
    expect(textToHtml("See (https://a.example/x).")).toBe(
      '<p>See (<a href="https://a.example/x" style="color:#0b4f8a">https://a.example/x</a>).</p>',
    );
  });

  it("ends both parts with the reason and the preferences link, the default reason when none is given", () => {
    const body = formatEmailBody({
      subject: "A <b> subject",
      text: "Hi\n",
      preferencesUrl: "https://planner.example.org/me/email",
    });
    expect(body.text).toBe(
      `Hi\n\n-- \n${DEFAULT_REASON}\nYour email preferences: https://planner.example.org/me/email\n`,
    );
    expect(body.html).toContain("<title>A &#60;b&#62; subject</title>");
    expect(body.html).toContain(`<p>${DEFAULT_REASON}</p>`);
    expect(body.html).toContain('<a href="https://planner.example.org/me/email" style="color:#0b4f8a">');
  });
});
