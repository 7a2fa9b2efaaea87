// Any address no other route answers. Without this route Remix answers an unmatched address
// without running the root loader, so the error page would have neither the reader's language
// nor the header's links; here the root loader runs and the 404 reads like every other page.
import { GeneralErrorBoundary } from "~/components/error-boundary";

export function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export default function UnknownPage() {
  return null; // never rendered: the loader always throws
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
