
import { useEditingApp } from "../support/editing-app.ts";
import { describe, expect, it } from "vitest";
import { graphSnapshot, } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";

const IMPORT = /* GraphQL */ `
  mutation Import($content: String!, $lines: String, $document: ImportDocumentInput, $dryRun: Boolean!) {
    importGraph(format: CSV, content: $content, lines: $lines, document: $document, dryRun: $dryRun) {
      committed nodes relationships created changed unchanged
      problems { file line column path message }
    }
  }
`;
const DOCUMENT = { file: "903_00000000000000cc.txt", title: "Testshire partnership register", date: "2017-03-01" };

const BODIES = [
  "id,label,name,kind,area,validFrom,validTo,aliases,section,props.meetingFrequency,colour",
  "board-test-cse,Board,Exploitation Group,WORKING_GROUP,area-testshire,2017-01-10,,CSE Group;CSEG,2,monthly,",
  "strategy-test-cse,Strategie,CSE Strategy,STRATEGY,,2017-01-10,,,3,,",
  'board-test-old,Board,"Old Forum, closed",FORUM,area-testshire,2017-01-10,2016-01-01,,2,,',
].join("\n");
const LINES = ["type,from,to,validFrom,section", "REPORTS_TO,board-test-cse,board-test-partnership,,2", "LEADS,board-test-cse,person-test-lead,,2"].join("\n");

type Report = { importGraph: { problems: { file: string; line: number; column: number; path: string; message: string }[] } & Record<string, unknown> };

describe("importing CSV: bodies and lines, each problem at its line and column", () => {
  const editing = useEditingApp("Ida Importer");

  it("reports every problem in either file, and a missing document, with file, line and column; writes nothing", async () => {
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql<Report>(editing.app, IMPORT, { content: BODIES, lines: LINES, dryRun: true }, editing.editor);
    const problems = answer.data?.importGraph.problems.map((p) => `${p.file}:${p.line ?? "-"}:${p.column ?? "-"} ${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'content:1:11 : unknown column "colour" (extra properties are named props.<name>)',
      "document:-:- document: a CSV import needs the document its rows cite",
      "document:-:- document.file: Invalid input: expected string, received undefined",
      "document:-:- document.title: Invalid input: expected string, received undefined",
      "document:-:- document.date: Invalid input: expected string, received undefined",
      'content:3:2 nodes[1].label: "Strategie" is not a node label',
      "content:4:7 nodes[2].validTo: validTo 2016-01-01 is before validFrom 2017-01-10",
      "lines:3:3 relationships[1].to: LEADS cannot end at a Person (allowed: Strategy, Board, Organisation)",
    ]);
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("imports bodies and lines citing the document, with aliases, extra properties and lines to nodes already in the graph", async () => {
    const bodies = BODIES.split("\n")
      .slice(0, 2)
      .map((line) => line.replace(/,colour$/, "").replace(/,$/, ""))
      .join("\n");
    const lines = LINES.split("\n").slice(0, 2).join("\n");
    const answer = await graphql<Report>(editing.app, IMPORT, { content: bodies, lines, document: DOCUMENT, dryRun: false }, editing.editor);
    expect(answer.data?.importGraph).toEqual({ committed: true, nodes: 1, relationships: 2, created: 3, changed: 0, unchanged: 0, problems: [] });
    const read = await graphql<{ entity: Record<string, unknown>; relationships: { key: string }[] }>(
      editing.app,
      /* GraphQL */ `{ entity(id: "board-test-cse") { name aliases areaId props { name text } sources { document section date } } relationships(entityId: "board-test-cse") { key } }`,
    );
    expect(read.data).toEqual({
      entity: {
        name: "Exploitation Group",
        aliases: ["CSE Group", "CSEG"],
        areaId: "area-testshire",
        props: [{ name: "meetingFrequency", text: "monthly" }],
        sources: [{ document: DOCUMENT.file, section: "2", date: "2017-03-01" }],
      },
      relationships: [{ key: "IN_AREA:board-test-cse->area-testshire" }, { key: "REPORTS_TO:board-test-cse->board-test-partnership" }],
    });
  });

  it("stores hostile text in cells as text", async () => {
    const hostile = 'x"}) DETACH DELETE n //';
    const bodies = `id,label,name,section,description\nperson-test-hostile,Person,"${hostile.replace(/"/g, '""')}",1,' OR 1=1 --`;
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql<Report>(editing.app, IMPORT, { content: bodies, document: DOCUMENT, dryRun: false }, editing.editor);
    expect(answer.data?.importGraph.problems).toEqual([]);
    const read = await graphql<{ entity: { name: string; description: string } }>(editing.app, /* GraphQL */ `{ entity(id: "person-test-hostile") { name description } }`);
    expect(read.data?.entity).toEqual({ name: hostile, description: "' OR 1=1 --" });
    const after = await graphSnapshot(editing.db.runner);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
  });
});
