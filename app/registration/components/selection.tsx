// Checkboxes that choose people for a bulk action. Each list's rows have forms of their own, so
// the boxes join the bulk form by its id (the `form` attribute) rather than sitting inside it.
// "Select all" is a button once the page's script runs; before (or without) it, a link that
// loads the page with every box ticked (?select=all).
import { Link, useLocation } from "@remix-run/react";
import { useCallback, useEffect, useState } from "react";
import { SELECTED_FIELD } from "~/registration/selection";

/** True once the page's script runs. */
export function useIsScripted() {
  const [isScripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return isScripted;
}

/** Whether the page was asked for with every box ticked (the no-script "Select all"). */
export function useIsAllSelected() {
  return new URLSearchParams(useLocation().search).get("select") === "all";
}

export function SelectBox({
  formId,
  registrationId,
  personName,
  isChecked,
}: {
  formId: string;
  registrationId: string;
  personName: string;
  isChecked: boolean;
}) {
  return (
    <input
      type="checkbox"
      className="select-box"
      form={formId}
      name={SELECTED_FIELD}
      value={registrationId}
      defaultChecked={isChecked}
      aria-label={`Select ${personName}`}
    />
  );
}

const boxesOf = (formId: string) =>
  [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${SELECTED_FIELD}"]`)].filter(
    (box) => box.form?.id === formId && !box.closest("[hidden]"),
  );

/** "Select all" / "Clear selection" and how many are ticked. */
export function SelectAll({ formId }: { formId: string }) {
  const isScripted = useIsScripted();
  const isAllSelected = useIsAllSelected();
  const { pathname, search } = useLocation();
  const [counts, setCounts] = useState({ ticked: 0, total: 0 });
  const recount = useCallback(() => {
    const boxes = boxesOf(formId);
    setCounts({ ticked: boxes.filter((box) => box.checked).length, total: boxes.length });
  }, [formId]);
  useEffect(() => {
    recount();
    document.addEventListener("change", recount);
    return () => document.removeEventListener("change", recount);
  }, [recount]);

  if (!isScripted) {
    const query = new URLSearchParams(search);
    if (isAllSelected) query.delete("select");
    else query.set("select", "all");
    return (
      <Link className="button button--quiet" to={`${pathname}?${query}#${formId}`} replace>
        {isAllSelected ? "Clear selection" : "Select all"}
      </Link>
    );
  }
  const isEveryTicked = counts.total > 0 && counts.ticked === counts.total;
  function toggle() {
    for (const box of boxesOf(formId)) box.checked = !isEveryTicked;
    recount();
  }
  return (
    <span className="cluster">
      <button type="button" className="button button--quiet" onClick={toggle}>
        {isEveryTicked ? "Clear selection" : "Select all"}
      </button>
      <span className="muted" role="status">
        {counts.ticked} of {counts.total} selected
      </span>
    </span>
  );
}
