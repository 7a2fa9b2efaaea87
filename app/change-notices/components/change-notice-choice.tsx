// What the edit forms say before a manager saves: how many people a change will be emailed to,
// and the "Don't notify attendees" checkbox for a typo fix. Inside the edit's own form, so it
// works without JavaScript; a ticked box stays ticked when the form comes back with errors.
import type { FormResult } from "~/forms/schema-form";
import { SKIP_NOTICE_FIELD } from "../notice-choice";
import type { NoticeAudienceCount } from "../notice-audience.server";

const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);

function audienceText(audience: NoticeAudienceCount, about: "convening" | "session"): string {
  const total = audience.withPlace + audience.waiting;
  if (total === 0) return "Nobody will be told yet: no one is registered or waiting for a place.";
  const told =
    about === "convening"
      ? "of a change to its dates, places, format or joining link"
      : "of a change to this session's time, place or status";
  const waiting =
    audience.waiting === 0
      ? ""
      : ` (${audience.withPlace} with a place; ${audience.waiting} waiting for approval or a place${about === "convening" ? ", who are not sent the joining link" : ""})`;
  return `${people(total)} will be told by email ${told}${waiting}.`;
}

export function ChangeNoticeChoice({
  audience,
  about,
  lastResult,
}: {
  audience: NoticeAudienceCount;
  about: "convening" | "session";
  lastResult?: FormResult | null;
}) {
  if (!audience.isAnnounced) {
    return <p className="field__hint">Nobody is emailed about changes until the convening is published.</p>;
  }
  const hintId = `${SKIP_NOTICE_FIELD}-hint`;
  const wasTicked = lastResult?.initialValue?.[SKIP_NOTICE_FIELD] === "on";
  return (
    <fieldset className="fieldset change-notice-choice">
      <legend className="form-section">Telling attendees</legend>
      <p>
        <strong>{audienceText(audience, about)}</strong>{" "}
        {audience.delay
          ? `Changes saved within ${audience.delay} of each other go in one email.`
          : "Each save is emailed at once."}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          name={SKIP_NOTICE_FIELD}
          id={SKIP_NOTICE_FIELD}
          aria-describedby={hintId}
          defaultChecked={wasTicked}
        />
        Don&apos;t notify attendees (for a typo fix)
      </label>
      <p className="field__hint" id={hintId}>
        Nobody is emailed about what you save now. The change still shows on the agenda, in calendar feeds and in the
        change history.
      </p>
    </fieldset>
  );
}
