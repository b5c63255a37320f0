import { describe, expect, it } from "vitest";
import { fieldOfPath, formProblems } from "./field-paths.ts";

const FIELDS = new Set(["id", "name", "document", "section", "validFrom"]);

describe("the server's field paths in a form", () => {
  it("places a path on the field it ends at, past list indexes and the input wrapper", () => {
    expect(fieldOfPath(["input", "sources", 0, "section"], FIELDS)).toBe("section");
    expect(fieldOfPath(["input", "name"], FIELDS)).toBe("name");
    expect(fieldOfPath(["expectedVersion"], FIELDS)).toBeNull();
  });

  it("shows each of the server's issues beside its own field, in the server's words", () => {
    const problems = formProblems(
      [
        {
          message: "Invalid input: input.name: must not be empty; input.sources.0.document: must not be empty",
          code: "GOV_INPUT_INVALID",
          fieldPath: ["input", "name"],
          extensions: { issues: ["input.name: must not be empty", "input.sources.0.document: must not be empty"] },
        },
      ],
      FIELDS,
    );
    expect(problems).toEqual([
      { field: "name", message: "must not be empty" },
      { field: "document", message: "must not be empty" },
    ]);
  });

  it("reads the seed rules' bracketed paths, and keeps a problem that names no field for the summary", () => {
    const problems = formProblems(
      [
        { message: "x", code: "GOV_INPUT_INVALID", fieldPath: ["input", "id"], extensions: { issues: ["input.sources[0].section: too long"] } },
        { message: "Not allowed: createEntity needs the editor role", code: "GOV_FORBIDDEN", fieldPath: [], extensions: {} },
      ],
      FIELDS,
    );
    expect(problems).toEqual([
      { field: "section", message: "too long" },
      { field: null, message: "Not allowed: createEntity needs the editor role" },
    ]);
  });
});
