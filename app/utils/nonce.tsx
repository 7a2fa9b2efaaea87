// The nonce of this document's Content-Security-Policy, from the server entry to the inline
// scripts Remix renders (<Scripts>, <ScrollRestoration>). In the browser it is "": browsers hide
// nonces from the page, so hydration compares "" with "".
import { createContext, useContext } from "react";

const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
