import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { english } from "~/i18n/catalogues/english";
import { welsh } from "~/i18n/catalogues/welsh";
import { I18nProvider } from "~/i18n/i18n-provider";
import { ErrorSummary, TextField } from "~/components/form-fields";
import { email, requiredText, verbatim } from "./fields";
import { nestedValues, replyWithErrors, useSchemaForm, type FormResult } from "./schema-form";

const inEnglish = (element: React.ReactNode) =>
  renderToString(
    <I18nProvider language="en" messages={english}>
      {element}
    </I18nProvider>,
  );

const inWelsh = (element: React.ReactNode) =>
  renderToString(
    <I18nProvider language="cy" messages={welsh}>
      {element}
    </I18nProvider>,
  );

const schema = z.object({
  name: requiredText("Enter a name", { max: 5, tooLong: "Name must be 5 characters or fewer" }),
  email: email({
    required: "Enter an email address",
    tooLong: "Too long",
    invalid: "Enter an email address like name@example.org",
  }),
  password: verbatim({ required: "Enter a password" }),
});

function formData(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

function Page({ lastResult }: { lastResult?: FormResult }) {
  const [form, fields] = useSchemaForm({ id: "test", schema, lastResult });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <form method="post" {...getFormProps(form)}>
        <TextField field={fields.name} label="Name" />
        <TextField field={fields.email} label="Email address" type="email" hint="We never share it." />
        <TextField field={fields.password} label="Password" type="password" />
      </form>
    </>
  );
}

describe("a form rendered on the server from its last answer (no JavaScript needed)", () => {
  it("shows each message at its field and in the summary, and keeps the input but not the password", () => {
    const submission = parseWithZod(formData({ name: "Alexandra", email: "not-an-email", password: "secret words" }), {
      schema,
    });
    const html = inEnglish(<Page lastResult={submission.reply({ hideFields: ["password"] })} />);
    expect(html).toContain(
      '<input id="name" name="name" form="test" type="text" aria-invalid="true" aria-describedby="name-error" value="Alexandra"/>',
    );
    expect(html).toContain(
      'type="email" aria-invalid="true" aria-describedby="email-hint email-error" value="not-an-email"',
    );
    expect(html).toContain('<input id="password" name="password" form="test" type="password"/>');
    expect(html).toContain(
      '<p class="field__error" id="email-error"><span class="visually-hidden">Error: </span>Enter an email address like name@example.org</p>',
    );
    expect(html).toContain('<a href="#name">Name must be 5 characters or fewer</a>');
    expect(html).not.toContain("secret words");
    expect(html).toContain('<form method="post" id="test" novalidate="">');
  });

  it("puts a message found on the server after the schema passed at its field, and the form's own on top", () => {
    const submission = parseWithZod(formData({ name: "Al", email: "al@example.org", password: "x" }), { schema });
    const reply = replyWithErrors(submission, {
      fields: { email: "Someone already uses this email address" },
      form: "Try again later",
    });
    expect(reply.error).toEqual({ "": ["Try again later"], email: ["Someone already uses this email address"] });
    const html = inEnglish(<Page lastResult={reply} />);
    expect(html).toContain('<div class="error-summary" id="test-error" role="alert"');
    expect(html).toContain("<li>Try again later</li>");
    expect(html).toContain('<form method="post" id="test" novalidate="" aria-describedby="test-error">');
    expect(html).toContain('aria-describedby="email-hint email-error" value="al@example.org"');
  });

  it("reads the values a loader gives by field name, dotted names included", () => {
    expect(
      nestedValues({ title: "A", "places.0.name": "Cardiff", "places.1.name": "Newport", themes: ["T1", "T2"] }),
    ).toEqual({
      title: "A",
      places: { 0: { name: "Cardiff" }, 1: { name: "Newport" } },
      themes: ["T1", "T2"],
    });
  });
});

describe("the shared form parts in Welsh", () => {
  it("title the error summary and prefix each field's message in Welsh", () => {
    const submission = parseWithZod(formData({ name: "", email: "al@example.org", password: "x" }), { schema });
    const html = inWelsh(<Page lastResult={submission.reply()} />);
    expect(html).toContain('<h2 id="error-summary-title">Mae problem</h2>');
    expect(html).toContain('<span class="visually-hidden">Gwall: </span>Enter a name</p>');
    expect(html).not.toContain("There is a problem");
  });
});
