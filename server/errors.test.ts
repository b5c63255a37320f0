import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERRORS, govError } from "./errors.ts";

const documented = readFileSync(new URL("../docs/errors.md", import.meta.url), "utf8");

describe("the error registry", () => {
  it("documents every code in docs/errors.md", () => {
    const missing = Object.keys(ERRORS).filter((code) => !documented.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });

  it("documents no code that the registry lacks", () => {
    const listed = [...documented.matchAll(/^\| `(GOV_[A-Z_]+)` \|/gm)].map((match) => match[1] ?? "");
    expect(listed.filter((code) => !(code in ERRORS))).toEqual([]);
  });

  it("builds errors that carry their code and field path", () => {
    const error = govError("GOV_CONFLICT", { detail: "version 3, not 2", path: ["input", "name"], currentVersion: 3 });
    expect(error.message).toBe("version 3, not 2");
    expect(error.extensions).toEqual({ code: "GOV_CONFLICT", fieldPath: ["input", "name"], currentVersion: 3 });
  });
});
