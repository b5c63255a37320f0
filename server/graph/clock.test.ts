import { describe, expect, it } from "vitest";
import { pinToday, today } from "./clock.ts";

describe("today", () => {
  it("is an ISO date", () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("answers the pinned date until unpinned", () => {
    const before = today();
    const unpin = pinToday("2016-02-29");
    expect(today()).toBe("2016-02-29");
    unpin();
    expect(today()).toBe(before);
  });
});
