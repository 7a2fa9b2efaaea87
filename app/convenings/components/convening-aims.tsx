// A convening's numbered aims, shared by the convening page and its public agenda.
import { ContentList } from "~/bilingual/components/content";
import { useT } from "~/i18n/use-t";

/** The aims in the page's content view: `aimsCy` are the Welsh aims, if written. */
export function ConveningAims({ aims, aimsCy = [] }: { aims: string[]; aimsCy?: string[] }) {
  const t = useT();
  if (aims.length === 0 && aimsCy.length === 0) return null;
  return (
    <section aria-labelledby="aims-title">
      <h2 id="aims-title">{t("convenings.aims")}</h2>
      <ContentList versions={{ en: aims, cy: aimsCy }} className="aims" />
    </section>
  );
}
