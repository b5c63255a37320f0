import { describe, expect, it } from "vitest";
import { encodeSource } from "../../domain/entity-record.ts";
import { diffStructure, StructureRow } from "./diff-structure.ts";

const cite = (document: string, date: string) => encodeSource({ document, section: "s", date });
const OLD = "002_0000000000000000.txt";
const NEW = "000_0000000000000000.txt";

function node(id: string, validFrom: string, validTo: string | null, sources: string[]) {
  return { id, name: id.toUpperCase(), label: "Board", validFrom, validTo, sources };
}
function rel(type: string, from: string, to: string, validFrom: string, sources: string[]) {
  return { type, from, to, validFrom, validTo: null, sources };
}

const row = StructureRow.parse({
  area: { id: "area-x", name: "X", label: "Area", sources: [] },
  bodies: [
    node("trust", "2008-01-01", "2010-10-01", [cite(OLD, "2011-09-29")]),
    node("arrangements", "2010-10-01", null, [cite(OLD, "2011-09-29")]),
    node("hwb", "2011-09-29", null, [cite(OLD, "2011-09-29"), cite(NEW, "2016-05-17")]),
    node("cpb", "2011-09-29", null, [cite(OLD, "2011-09-29")]),
    node("partnership", "2016-05-17", null, [cite(NEW, "2016-05-17")]),
  ],
  lines: [
    rel("ACCOUNTABLE_TO", "cpb", "hwb", "2011-09-29", [cite(OLD, "2011-09-29")]),
    rel("SITS_WITHIN", "partnership", "hwb", "2016-05-17", [cite(NEW, "2016-05-17")]),
    rel("REPLACES", "arrangements", "trust", "2010-10-01", [cite(OLD, "2011-09-29")]),
  ],
  others: [],
  documents: [
    { file: OLD, title: "Old", date: "2011-09-29" },
    { file: NEW, title: "New", date: "2016-05-17" },
  ],
});

describe("diffStructure", () => {
  it("lists bodies and lines added between the dates, and what changed on bodies in force at both", () => {
    const diff = diffStructure(row, "2011-10-01", "2016-06-01");
    expect(diff.bodiesAdded.map((b) => b.id)).toEqual(["partnership"]);
    expect(diff.bodiesEnded).toEqual([]);
    expect(diff.linesAdded.map((l) => l.id)).toEqual(["SITS_WITHIN:partnership->hwb"]);
    expect(diff.changed.map((c) => [c.entity.id, c.linesAdded.map((l) => l.id)])).toEqual([["hwb", ["SITS_WITHIN:partnership->hwb"]]]);
    expect(diff.replacements).toEqual([]);
  });

  it("ends a body at its validTo and shows the replacement made between the dates", () => {
    const diff = diffStructure(row, "2009-01-01", "2011-10-01");
    expect(diff.bodiesEnded.map((b) => b.id)).toEqual(["trust"]);
    expect(diff.replacements.map((l) => l.id)).toEqual(["REPLACES:arrangements->trust"]);
    expect(diff.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["arrangements", "trust"]));
  });

  it("lists facts in force at the later date that the newest document does not restate", () => {
    const diff = diffStructure(row, "2011-10-01", "2016-06-01");
    const stale = diff.notRestated.map((fact) => fact.entity?.id ?? fact.edge?.id);
    expect(stale).toEqual(["arrangements", "ACCOUNTABLE_TO:cpb->hwb", "cpb"]);
    expect(diff.notRestated[1]?.message).toBe(
      "Not restated since 002 (2011-09-29): CPB accountable to HWB; the newest document about X by 2016-06-01 is 000 (2016-05-17)",
    );
    expect(diff.notRestated.every((fact) => fact.newestDocument.file === NEW && fact.lastStatedIn.file === OLD)).toBe(true);
  });

  it("finds nothing stale when no newer document exists", () => {
    expect(diffStructure(row, "2011-10-01", "2012-01-01").notRestated).toEqual([]);
  });
});
