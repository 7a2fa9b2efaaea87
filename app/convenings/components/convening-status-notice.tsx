// The status line every reader sees: a draft (managers only reach it) or a cancellation with its reason.
import { Content } from "~/bilingual/components/content";
import { useT } from "~/i18n/use-t";

export function ConveningStatusNotice({
  status,
  cancelReason,
  cancelReasonCy = "",
}: {
  status: string;
  cancelReason: string;
  /** The reason in Welsh, if written: shown as the page's content view says. */
  cancelReasonCy?: string;
}) {
  const t = useT();
  if (status === "cancelled") {
    return (
      <div className="notice notice--error" role="note">
        <p>
          <strong>{t("convenings.notice.cancelled")}</strong>
        </p>
        {cancelReason || cancelReasonCy ? (
          <p>
            {t("convenings.notice.reason")} <Content versions={{ en: cancelReason, cy: cancelReasonCy }} />
          </p>
        ) : null}
      </div>
    );
  }
  if (status === "draft") {
    return (
      <p className="notice notice--warning" role="note">
        <strong>{t("convenings.notice.draft")}</strong> {t("convenings.notice.draftBody")}
      </p>
    );
  }
  if (status === "completed") {
    return <p className="notice">{t("convenings.notice.completed")}</p>;
  }
  return null;
}
