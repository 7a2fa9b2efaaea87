// The status line every reader sees: a draft (managers only reach it) or a cancellation with its reason.
export function ConveningStatusNotice({ status, cancelReason }: { status: string; cancelReason: string }) {
  if (status === "cancelled") {
    return (
      <div className="notice notice--error" role="note">
        <p>
          <strong>This convening has been cancelled.</strong>
        </p>
        {cancelReason ? <p>Reason: {cancelReason}</p> : null}
      </div>
    );
  }
  if (status === "draft") {
    return (
      <p className="notice notice--warning" role="note">
        <strong>Draft.</strong> Only the programme team can see this until it is published.
      </p>
    );
  }
  if (status === "completed") {
    return <p className="notice">This convening has taken place.</p>;
  }
  return null;
}
