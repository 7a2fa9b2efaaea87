// The error page: explains 404/403/409/503 kindly and never shows a stack trace. A route whose
// page needs its own words for a status (a convening that does not exist, a plan not shared with
// the reader) passes them as status handlers.
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { Translate } from "~/i18n/translator";
import { useT } from "~/i18n/use-t";

/** What the page says for an error status, and where it offers to go next. */
export type ErrorWords = { title: string; body: string; link?: { to: string; label: string } };
export type StatusHandlers = Partial<Record<number, ErrorWords>>;

const EXPLAINED = [400, 403, 404, 409, 503] as const;
type ExplainedStatus = (typeof EXPLAINED)[number];
const isExplained = (status: number): status is ExplainedStatus => (EXPLAINED as readonly number[]).includes(status);

/**
 * The words for an error response: the route's own for its status, else the refusal's message
 * (short texts written for people) under the general title, else the general explanation.
 */
export function explainError(
  status: number,
  statusText: string,
  data: unknown,
  statusHandlers: StatusHandlers,
  t: Translate,
): Required<ErrorWords> {
  const startPage = { to: "/", label: t("error.startPage") };
  const own = statusHandlers[status];
  if (own) return { link: startPage, ...own };
  const detail = typeof data === "string" && data.length > 0 && data.length < 300 ? data : null;
  const known = isExplained(status) ? status : null;
  return {
    title: known ? t(`error.${known}.title`) : statusText || t("error.other.title"),
    body: detail ?? (known ? t(`error.${known}.body`) : t("error.other.body")),
    link: startPage,
  };
}

export function GeneralErrorBoundary({ statusHandlers }: { statusHandlers?: StatusHandlers } = {}) {
  const error = useRouteError();
  const t = useT();
  if (isRouteErrorResponse(error)) {
    const words = explainError(error.status, error.statusText, error.data, statusHandlers ?? {}, t);
    return (
      <section className="error-page" aria-labelledby="error-title">
        <p className="error-page__code">{t("error.code", { status: error.status })}</p>
        <h1 id="error-title">{words.title}</h1>
        <p>{words.body}</p>
        <p>
          <Link to={words.link.to}>{words.link.label}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__code">{t("error.code", { status: 500 })}</p>
      <h1 id="error-title">{t("error.500.title")}</h1>
      <p>{t("error.500.body")}</p>
      <p>
        <Link to="/">{t("error.startPage")}</Link>
      </p>
    </section>
  );
}
