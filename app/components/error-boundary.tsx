// The error page: explains 404/403/409/503 kindly and never shows a stack trace. A route whose
// page needs its own words for a status (a convening that does not exist, a plan not shared with
// the reader) passes them as status handlers.
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";

/** What the page says for an error status, and where it offers to go next. */
export type ErrorWords = { title: string; body: string; link?: { to: string; label: string } };
export type StatusHandlers = Partial<Record<number, ErrorWords>>;

const EXPLANATIONS: StatusHandlers = {
  400: { title: "That request could not be understood", body: "Something in the address or form was not valid." },
  403: { title: "You do not have access to this", body: "Your account cannot see or change this page." },
  404: { title: "Page not found", body: "There is nothing at this address. It may have moved or been removed." },
  409: { title: "Changed by someone else", body: "This was changed since you opened it. Reload and try again." },
  503: { title: "Temporarily unavailable", body: "The planner cannot reach its database. Try again in a moment." },
};

const START_PAGE = { to: "/", label: "Go to the start page" };

/**
 * The words for an error response: the route's own for its status, else the refusal's message
 * (short texts written for people) under the general title, else the general explanation.
 */
export function explainError(
  status: number,
  statusText: string,
  data: unknown,
  statusHandlers: StatusHandlers = {},
): Required<ErrorWords> {
  const own = statusHandlers[status];
  if (own) return { link: START_PAGE, ...own };
  const known = EXPLANATIONS[status];
  const detail = typeof data === "string" && data.length < 300 ? data : null;
  return {
    title: known?.title ?? statusText ?? "Something went wrong",
    body: detail ?? known?.body ?? "The request could not be completed.",
    link: START_PAGE,
  };
}

export function GeneralErrorBoundary({ statusHandlers }: { statusHandlers?: StatusHandlers } = {}) {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const words = explainError(error.status, error.statusText, error.data, statusHandlers);
    return (
      <section className="error-page" aria-labelledby="error-title">
        <p className="error-page__code">Error {error.status}</p>
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
      <p className="error-page__code">Error 500</p>
      <h1 id="error-title">Something went wrong on our side</h1>
      <p>The problem has been logged. Your saved work is safe; please try again.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
