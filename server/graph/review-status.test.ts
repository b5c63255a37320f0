import { describe, expect, it } from "vitest";
import { addYears, daysBetween, effectiveReviewDue, reviewStatus } from "./review-status.ts";

describe("review dates", () => {
  it("adds years, keeping 29 February inside the calendar", () => {
    expect(addYears("2015-03-01", 1)).toBe("2016-03-01");
    expect(addYears("2016-02-29", 1)).toBe("2017-02-28");
    expect(addYears("2015-02-28", 1)).toBe("2016-02-28");
  });

  it("counts whole days across a leap day", () => {
    expect(daysBetween("2016-02-28", "2016-03-01")).toBe(2);
    expect(daysBetween("2016-07-01", "2015-04-01")).toBe(-457);
  });

  it("uses a stated review date, else adoption plus a year, else says it is unknown", () => {
    expect(effectiveReviewDue({ adoptedOn: "2014-01-01", reviewDue: "2014-06-01" })).toEqual({ date: "2014-06-01", basis: "STATED" });
    expect(effectiveReviewDue({ adoptedOn: "2014-01-01", reviewDue: null })).toEqual({ date: "2015-01-01", basis: "ADOPTED_PLUS_ONE_YEAR" });
    expect(effectiveReviewDue({ adoptedOn: null, reviewDue: null })).toEqual({ date: null, basis: "UNKNOWN" });
  });
});

describe("reviewStatus", () => {
  const terms = { adoptedOn: "2016-01-01", reviewDue: "2016-10-01" };

  it("is MISSING without terms", () => {
    expect(reviewStatus(null, "2016-07-01", 90)).toMatchObject({ status: "MISSING", reviewDueBasis: null });
  });

  it("is CURRENT outside the window, DUE_SOON inside it or on the day, OVERDUE the day after", () => {
    expect(reviewStatus(terms, "2016-07-01", 90)).toMatchObject({ status: "CURRENT", daysUntilReview: 92 });
    expect(reviewStatus(terms, "2016-07-03", 90)).toMatchObject({ status: "DUE_SOON", daysUntilReview: 90 });
    expect(reviewStatus(terms, "2016-10-01", 90)).toMatchObject({ status: "DUE_SOON", daysUntilReview: 0 });
    expect(reviewStatus(terms, "2016-10-02", 90)).toMatchObject({ status: "OVERDUE", daysUntilReview: -1 });
    expect(reviewStatus(terms, "2016-10-02", 90).reason).toBe("Review due 2016-10-01: 1 day overdue on 2016-10-02.");
  });

  it("calls undated terms overdue, says why, and quotes the recorded status", () => {
    const undated = reviewStatus({ adoptedOn: null, reviewDue: null, statusNote: "under review" }, "2016-07-01", 90);
    expect(undated).toMatchObject({ status: "OVERDUE", reviewDueBasis: "UNKNOWN", reviewDue: null, daysUntilReview: null });
    expect(undated.reason).toContain('The record says: "under review".');
  });
});
