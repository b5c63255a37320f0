import { describe, expect, it } from "vitest";
import { parseJsonImport } from "./parse-json-import.ts";

describe("parseJsonImport", () => {
  it("reads one seed file or a list of them and maps a path back to its line and column", () => {
    const one = parseJsonImport('{\n  "nodes": [\n    { "id": "x", "kind": "Y" }\n  ]\n}');
    expect(one.files).toHaveLength(1);
    expect(one.locate(0, ["nodes", 0, "kind"])).toEqual({ file: "content", line: 3, column: 26 });
    const list = parseJsonImport('[\n  { "nodes": [] },\n  { "nodes": [ { "id": "z" } ] }\n]');
    expect(list.files).toHaveLength(2);
    expect(list.locate(1, ["nodes", 0, "id"])).toEqual({ file: "content", line: 3, column: 24 });
    // A key that is missing is reported at the nearest value that exists.
    expect(list.locate(1, ["nodes", 0, "section"])).toEqual({ file: "content", line: 3, column: 16 });
  });

  it("refuses what is not JSON, or not seed files, with the place", () => {
    expect(parseJsonImport('{ "a": 1,, }').problems).toEqual([
      { file: "content", line: 1, column: 10, path: "", message: expect.stringMatching(/^not valid JSON/) },
    ]);
    expect(parseJsonImport("[{}, 3]").problems).toEqual([
      { file: "content", line: 1, column: 6, path: "[1]", message: "expected a seed file: an object with document, nodes and relationships" },
    ]);
  });
});
