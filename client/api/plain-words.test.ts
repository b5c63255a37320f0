import { describe, expect, it } from "vitest";
import { plainWords } from "./plain-words.ts";

// The refusals a person meets on the pages themselves: the database away, a busy
// service, their own rate limit, a session that ended. Each needs its own words,
// not the "something went wrong" of an error nobody foresaw.
const MET_ON_PAGES = [
  "GOV_DB_UNAVAILABLE",
  "GOV_BUSY",
  "GOV_RATE_LIMITED",
  "GOV_QUERY_TIMEOUT",
  "GOV_QUERY_LIMIT_EXCEEDED",
  "GOV_SESSION_EXPIRED",
  "GOV_CSRF_REQUIRED",
  "GOV_UNAUTHENTICATED",
  "GOV_FORBIDDEN",
];

describe("plain words for the person at the screen", () => {
  const fallback = plainWords("GOV_NO_SUCH_CODE");

  it.each(MET_ON_PAGES)("%s has a sentence of its own, without the code", (code) => {
    const words = plainWords(code);
    expect(words).not.toBe(fallback);
    expect(words).not.toContain("GOV_");
    expect(words).toMatch(/\.$/);
  });

  it("keeps the server's field path for invalid input", () => {
    expect(plainWords("GOV_INPUT_INVALID", "Invalid input: input.validFrom: must be a date")).toContain("input.validFrom");
  });
});
