// A convening's numbered aims, shared by the convening page and its public agenda.
import { HTML_LANG } from "~/domain/languages";
import { useT } from "~/i18n/use-t";

export function ConveningAims({ aims }: { aims: string[] }) {
  const t = useT();
  if (aims.length === 0) return null;
  return (
    <section aria-labelledby="aims-title">
      <h2 id="aims-title">{t("convenings.aims")}</h2>
      <ol className="aims" lang={HTML_LANG.en}>
        {aims.map((aim, index) => (
          <li key={index}>{aim}</li>
        ))}
      </ol>
    </section>
  );
}
