// What the edit forms say before a manager saves: how many people a change will be emailed to,
// and the "Don't notify attendees" checkbox for a typo fix. Inside the edit's own form, so it
// works without JavaScript; a ticked box stays ticked when the form comes back with errors.
import type { FormResult } from "~/forms/schema-form";
import type { Translate } from "~/i18n/translator";
import { useT } from "~/i18n/use-t";
import { SKIP_NOTICE_FIELD } from "../notice-choice";
import type { NoticeAudienceCount } from "../notice-audience.server";

function audienceText(t: Translate, audience: NoticeAudienceCount, about: "convening" | "session"): string {
  const count = audience.withPlace + audience.waiting;
  if (count === 0) return t("planning.notice.nobody");
  const values = { count, withPlace: audience.withPlace, waiting: audience.waiting };
  if (about === "convening")
    return t(audience.waiting === 0 ? "planning.notice.convening" : "planning.notice.conveningWaiting", values);
  return t(audience.waiting === 0 ? "planning.notice.session" : "planning.notice.sessionWaiting", values);
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
  const t = useT();
  if (!audience.isAnnounced) {
    return <p className="field__hint">{t("planning.notice.notAnnounced")}</p>;
  }
  const hintId = `${SKIP_NOTICE_FIELD}-hint`;
  const wasTicked = lastResult?.initialValue?.[SKIP_NOTICE_FIELD] === "on";
  return (
    <fieldset className="fieldset change-notice-choice">
      <legend className="form-section">{t("planning.notice.legend")}</legend>
      <p>
        <strong>{audienceText(t, audience, about)}</strong>{" "}
        {audience.delay ? t("planning.notice.batched", { delay: audience.delay }) : t("planning.notice.atOnce")}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          name={SKIP_NOTICE_FIELD}
          id={SKIP_NOTICE_FIELD}
          aria-describedby={hintId}
          defaultChecked={wasTicked}
        />
        {t("planning.notice.skip")}
      </label>
      <p className="field__hint" id={hintId}>
        {t("planning.notice.skipHint")}
      </p>
    </fieldset>
  );
}
