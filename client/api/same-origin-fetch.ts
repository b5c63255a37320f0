/**
 * fetch for the pages that sign in with a session cookie: credentials only to
 * this origin, and yoga's CSRF header on every request, so that a page of
 * another site cannot make the browser act for the user.
 */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

export function sameOriginFetch(base: typeof fetch = globalThis.fetch.bind(globalThis)): typeof fetch {
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set(CSRF_HEADER, "1");
    return base(input, { ...init, headers, credentials: "same-origin" });
  };
}
