import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text.ts";
import { dateProblem, EARLIEST_DATE, LATEST_DATE } from "./date-range.ts";

describe("cleanText", () => {
  it("normalises to NFC and keeps tabs and line breaks", () => {
    expect(cleanText("Cafe\u0301 Board")).toEqual({ ok: true, value: "Caf\u00e9 Board" });
    expect(cleanText("line one\nline two\tend")).toEqual({ ok: true, value: "line one\nline two\tend" });
  });

  it("refuses lone surrogates, control characters and names empty once zero-width characters go", () => {
    expect(cleanText("Board \uD800")).toMatchObject({ ok: false, problem: /lone UTF-16 surrogate/ });
    expect(cleanText("\uDC00 Board")).toMatchObject({ ok: false, problem: /lone UTF-16 surrogate/ });
    expect(cleanText("Bo\u0000ard")).toMatchObject({ ok: false, problem: "holds the control character U+0000 at position 3" });
    expect(cleanText("Board\u0085")).toMatchObject({ ok: false, problem: /U\+0085/ });
    expect(cleanText("\u200B\u200C\u2060 \uFEFF")).toMatchObject({ ok: false, problem: /must not be empty/ });
    expect(cleanText("")).toMatchObject({ ok: false, problem: /must not be empty/ });
  });

  it("accepts a character outside the basic plane (a well-formed surrogate pair)", () => {
    expect(cleanText("Board \u{1F3DB}")).toEqual({ ok: true, value: "Board \u{1F3DB}" });
  });
});

describe("dateProblem", () => {
  it("holds dates from 1800-01-01 to 2200-12-31 and nothing else", () => {
    expect([EARLIEST_DATE, LATEST_DATE]).toEqual(["1800-01-01", "2200-12-31"]);
    expect(dateProblem("1800-01-01")).toBeUndefined();
    expect(dateProblem("2200-12-31")).toBeUndefined();
    expect(dateProblem("0000-01-01")).toBe("0000-01-01 is outside the dates the graph holds (1800-01-01 to 2200-12-31)");
    expect(dateProblem("1799-12-31")).toMatch(/outside/);
    expect(dateProblem("2201-01-01")).toMatch(/outside/);
    expect(dateProblem("2016-02-30")).toBe('"2016-02-30" is not a date (YYYY-MM-DD)');
    expect(dateProblem("20160101")).toMatch(/is not a date/);
  });
});
