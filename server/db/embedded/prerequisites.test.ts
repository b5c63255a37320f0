import { describe, expect, it } from "vitest";
import { javaMajorVersion } from "./prerequisites.ts";

describe("javaMajorVersion", () => {
  it("reads modern and legacy version strings", () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion("no java here")).toBeUndefined();
  });
});
