import { describe, expect, it } from "vitest";
import { parseCsvImport } from "./parse-csv-import.ts";

const DOCUMENT = { file: "903_00000000000000cc.txt", title: "Register", date: "2017-03-01" };

describe("parseCsvImport", () => {
  it("turns rows into seed-shaped nodes and lines: empty cells absent, aliases split on ;, props. columns as props", () => {
    const parsed = parseCsvImport(
      "id,label,name,aliases,section,props.meetingFrequency\nboard-a,Board,A Board,AB; A,2,monthly\nperson-b,Person,B,,2,",
      "type,from,to,section\nMEMBER_OF,person-b,board-a,2",
      DOCUMENT,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.files).toEqual([
      {
        document: DOCUMENT,
        nodes: [
          { id: "board-a", label: "Board", name: "A Board", aliases: ["AB", "A"], section: "2", props: { meetingFrequency: "monthly" } },
          { id: "person-b", label: "Person", name: "B", section: "2" },
        ],
        relationships: [{ type: "MEMBER_OF", from: "person-b", to: "board-a", section: "2" }],
      },
    ]);
  });

  it("locates a field at the line where its row starts, after quoted line breaks and blank lines, and its column", () => {
    const parsed = parseCsvImport('id,label,name,section\nboard-a,Board,"Two\nlines",1\n\nboard-b,Board,B,1', null, DOCUMENT);
    expect(parsed.locate(0, ["nodes", 1, "name"])).toEqual({ file: "content", line: 5, column: 3 });
    expect(parsed.locate(0, ["nodes", 0, "props", "x"])).toEqual({ file: "content", line: 2, column: null });
    expect(parsed.locate(0, ["document", "date"])).toEqual({ file: "document", line: null, column: null });
  });

  it("reports unknown columns, short rows and broken quoting with their place", () => {
    const parsed = parseCsvImport("id,label,name,section,colour\nboard-a,Board,A", 'type,from,to\n"LEADS,x,y', DOCUMENT);
    expect(parsed.problems).toEqual([
      { file: "content", line: 1, column: 5, path: "", message: 'unknown column "colour" (extra properties are named props.<name>)' },
      { file: "content", line: 2, column: null, path: "", message: "the row has 3 fields, the header 5" },
      { file: "lines", line: 2, column: null, path: "", message: expect.stringMatching(/^not valid CSV: Quote Not Closed/) },
    ]);
  });
});
