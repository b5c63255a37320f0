// What each failure means for the person at the screen, and what they can do.
const SENTENCES: Record<string, string> = {
  NETWORK: "The service could not be reached. Check your network connection, then try again.",
  EMPTY: "The service sent an empty answer. Try again; if it keeps happening, tell the service's administrator.",
  UNEXPECTED: "Something went wrong on the server while preparing this view. It has been logged; try again, or choose another view.",
  GOV_DB_UNAVAILABLE: "The governance database is not answering just now, so nothing can be shown. Try again in a minute.",
  GOV_DB_QUERY_FAILED: "The governance database could not answer this question. It has been logged; try another view.",
  GOV_UNAUTHENTICATED: "You need to sign in to see this.",
  GOV_FORBIDDEN: "Your account is not allowed to see this.",
  GOV_SESSION_EXPIRED: "Your session has ended. Sign in again; what you typed is kept.",
  GOV_CSRF_REQUIRED: "The service refused a request that did not come from its own pages. Reload the page and try again.",
  GOV_RATE_LIMITED: "Too many requests from you in a short time. Wait a minute, then try again.",
  GOV_BUSY: "The service is busy with other large views just now. Try again in a few seconds.",
  GOV_QUERY_TIMEOUT: "This view took too long to prepare. Choose a smaller area or a lower depth, or try again later.",
  GOV_QUERY_LIMIT_EXCEEDED: "This view asks for too much at once. Choose a smaller area or a lower depth.",
};

/**
 * A sentence for the user from an error code (GOV_*, HTTP_nnn, NETWORK) and,
 * for input and not-found errors, the server's own message, which names the field.
 */
export function plainWords(code: string, serverMessage?: string): string {
  if (code === "GOV_INPUT_INVALID") {
    const detail = serverMessage?.replace(/^Invalid input:\s*/i, "") ?? "";
    return `That request could not be answered because part of it is not valid: ${detail || "check the date and the selection"}.`;
  }
  if (code === "GOV_NOT_FOUND") {
    return `${serverMessage ?? "That item"} — it may have been removed, or the link may be out of date. Search for it again.`;
  }
  const known = SENTENCES[code];
  if (known) return known;
  if (code.startsWith("HTTP_5")) return "The service had a problem answering. Try again in a minute.";
  if (code.startsWith("HTTP_4")) return "The service did not accept the request. Reload the page and try again.";
  return SENTENCES.UNEXPECTED!;
}
