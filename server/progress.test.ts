import { describe, expect, it } from "vitest";
import { progressBar } from "./progress.ts";

describe("progressBar", () => {
  it("fills in proportion and clamps", () => {
    expect(progressBar(0.5, 10)).toBe("[#####-----]");
    expect(progressBar(2, 4)).toBe("[####]");
    expect(progressBar(-1, 4)).toBe("[----]");
  });
});
