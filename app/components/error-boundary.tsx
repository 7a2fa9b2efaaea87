import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";

const EXPLANATIONS: Record<number, { title: string; body: string }> = {
  400: { title: "That request could not be understood", body: "Something in the address or form was not valid." },
  403: { title: "You do not have access to this", body: "Your account cannot see or change this page." },
  404: { title: "Page not found", body: "There is nothing at this address. It may have moved or been removed." },
  409: { title: "Changed by someone else", body: "This was changed since you opened it. Reload and try again." },
  503: { title: "Temporarily unavailable", body: "The planner cannot reach its database. Try again in a moment." },
};

/** Explains 404/403/500 kindly; never shows a stack trace. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const known = EXPLANATIONS[error.status];
    const detail = typeof error.data === "string" && error.data.length < 300 ? error.data : null;
    return (
      <section className="error-page" aria-labelledby="error-title">
        <p className="error-page__code">Error {error.status}</p>
        <h1 id="error-title">{known?.title ?? error.statusText ?? "Something went wrong"}</h1>
        <p>{detail ?? known?.body ?? "The request could not be completed."}</p>
        <p>
          <Link to="/">Go to the start page</Link>
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
