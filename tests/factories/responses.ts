// Loaders and actions refuse by throwing a Response (403, 404, redirects); tests read it back.
export async function thrownResponse(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected the call to throw a Response");
}
