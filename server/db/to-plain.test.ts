import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "./to-plain.ts";

describe("toPlain", () => {
  it("leaves strings, numbers and booleans as they are and turns undefined into null", () => {
    expect(toPlain("Health and Wellbeing Board")).toBe("Health and Wellbeing Board");
    expect(toPlain(3)).toBe(3);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(undefined)).toBeNull();
  });

  it("turns Neo4j integers into numbers and temporal values into ISO strings, inside lists and maps", () => {
    const row = {
      version: neo4j.int(4),
      adoptedOn: new neo4j.types.Date(2024, 3, 1),
      reviews: [{ due: new neo4j.types.Date(2026, 12, 31), count: neo4j.int(2) }],
    };
    expect(toPlain(row)).toEqual({ version: 4, adoptedOn: "2024-03-01", reviews: [{ due: "2026-12-31", count: 2 }] });
  });

  it("writes dates as the driver does, years outside 1 to 9999 included", () => {
    const dates = [new neo4j.types.Date(7, 1, 9), new neo4j.types.Date(2026, 10, 10), new neo4j.types.Date(9999, 12, 31), new neo4j.types.Date(10000, 1, 1), new neo4j.types.Date(-44, 3, 15), new neo4j.types.Date(0, 1, 1)];
    expect(dates.map(toPlain)).toEqual(dates.map((date) => date.toString()));
    expect(toPlain(dates[0])).toBe("0007-01-09");
  });

  it("turns nodes and relationships into their properties", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Board", "Entity"], { id: "board-hwb", validFrom: new neo4j.types.Date(2013, 4, 1) }, "4:x:1");
    const line = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), "ACCOUNTABLE_TO", { sources: ["001 3.15"] }, "5:x:2", "4:x:1", "4:x:3");
    expect(toPlain([node, line])).toEqual([{ id: "board-hwb", validFrom: "2013-04-01" }, { sources: ["001 3.15"] }]);
  });
});
