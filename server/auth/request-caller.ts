import type { AuthUser } from "../graph/access.ts";
import type { Authenticator } from "./authenticate.ts";

const callers = new WeakMap<object, Promise<AuthUser | null>>();

/**
 * The caller of one HTTP request, authenticated once however many times it
 * is asked for: the rate limit needs it before GraphQL runs, and GraphQL
 * needs it again (an API token costs a database lookup each time).
 */
export function callerOf(request: object, authorization: string | null | undefined, authenticate: Authenticator): Promise<AuthUser | null> {
  let caller = callers.get(request);
  if (!caller) {
    caller = authenticate(authorization);
    // Whoever asks first may not wait for it; an invalid credential is still refused by whoever does.
    caller.catch(() => undefined);
    callers.set(request, caller);
  }
  return caller;
}
