// A table wrapper that scrolls sideways when the table is wider than the screen. It is a focusable,
// labelled region so keyboard users can scroll it with the arrow keys (WCAG 2.1.1), and on narrow
// screens it says that it scrolls.
import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t";

type Label = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

export function TableScroll({ children, hint = true, ...label }: Label & { children: ReactNode; hint?: boolean }) {
  const t = useT();
  return (
    <>
      {hint ? (
        <p className="table-wrap__hint" aria-hidden="true">
          {t("forms.tableScrollHint")}
        </p>
      ) : null}
      <div
        className="table-wrap"
        role="region"
        tabIndex={0}
        aria-label={label.label}
        aria-labelledby={label.labelledBy}
      >
        {children}
      </div>
    </>
  );
}
