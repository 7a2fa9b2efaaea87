// Reading a form's answer in tests: conform's reply (under `result` in what an action returns)
// as one message per field and the input kept by field name, the shapes the assertions use.
type Reply =
  { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/** The first message per field; the form's own message (conform's "") under "form". */
export function errorsOf(result: Reply): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, messages] of Object.entries(result?.error ?? {})) {
    if (messages?.[0]) errors[name === "" ? "form" : name] = messages[0];
  }
  return errors;
}

/** The input kept, by the names the form posts ("places.0.name"); repeated fields as arrays. */
export function valuesOf(result: Reply): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  const visit = (value: unknown, name: string) => {
    if (typeof value === "string" || (Array.isArray(value) && value.every((item) => typeof item === "string")))
      values[name] = value;
    else if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) visit(inner, name ? `${name}.${key}` : key);
    }
  };
  visit(result?.initialValue ?? {}, "");
  return values;
}

/**
 * An action's JSON answer with its form reply (`result`) read as `errors` and `values`, the rest
 * as sent; JSON without a reply (a loader's, or a success that answers none) comes back unchanged.
 */
export async function formReply<T = Record<string, unknown>>(
  response: Response,
): Promise<T & { errors: Record<string, string>; values: Record<string, string | string[]> }> {
  const data = (await response.json()) as T & {
    result?: Reply;
    errors: Record<string, string>;
    values: Record<string, string | string[]>;
  };
  if (!data || typeof data !== "object" || !data.result) return data;
  return { ...data, errors: errorsOf(data.result), values: valuesOf(data.result) };
}
