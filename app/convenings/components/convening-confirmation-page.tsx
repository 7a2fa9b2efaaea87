// A convening's own page for a question asked first (delete a draft, reinstate): the way back,
// the heading, and the server's confirmation — the page scripts-off browsers land on.
import { Link } from "@remix-run/react";
import { ConfirmationView } from "~/components/confirm-dialog";
import type { Confirmation } from "~/forms/confirmation";
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";

export function ConveningConfirmationPage({
  conveningId,
  conveningTitle,
  heading,
  confirmation,
}: {
  conveningId: string;
  conveningTitle: string;
  heading: string;
  confirmation: Confirmation;
}) {
  const t = useT();
  return (
    <>
      <p>
        <Link to={`/convenings/${conveningId}`}>
          {t("planning.backTo")} <ContentLang>{conveningTitle}</ContentLang>
        </Link>
      </p>
      <h1>{heading}</h1>
      <ConfirmationView confirmation={confirmation} backTo={`/convenings/${conveningId}`} />
    </>
  );
}
