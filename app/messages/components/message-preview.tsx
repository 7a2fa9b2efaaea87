// The message as its recipients will read it, and how many will get it: shown after "Preview",
// before anything is sent. Focus moves here so keyboard and screen-reader users find it.
import { useEffect, useRef } from "react";
import { peopleCount } from "~/domain/vocabulary/messages";
import type { MessagePreview as Preview } from "~/messages/message-actions.server";

export function MessagePreview({ preview }: { preview: Preview }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [preview]);
  return (
    <section className="card message-preview" aria-labelledby="message-preview-title" tabIndex={-1} ref={ref}>
      <h2 id="message-preview-title">Preview</h2>
      <p>
        <strong>
          This will go to {peopleCount(preview.recipientCount)} ({preview.audience}).
        </strong>{" "}
        Nothing has been sent yet.
      </p>
      <p>Subject: {preview.subject}</p>
      <pre className="message-preview__text">{preview.text}</pre>
    </section>
  );
}
