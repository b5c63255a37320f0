import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseSeedFile, SeedFile } from "../../server/domain/seed-file.ts";
import { generateCouncil, syntheticDocumentFile } from "./generate-council.ts";
import { syntheticGraphView } from "./graph-view.ts";
import { describeSynthetic } from "./synthetic-stats.ts";

describe("generateCouncil", () => {
  it("is the same for the same seed and council, and differs for another seed", () => {
    expect(generateCouncil(3, { seed: 5 })).toEqual(generateCouncil(3, { seed: 5 }));
    expect(generateCouncil(3, { seed: 6 }).nodes.map((n) => n.name)).not.toEqual(generateCouncil(3, { seed: 5 }).nodes.map((n) => n.name));
  });

  it("writes a seed file the seed validator accepts, with every id prefixed by its council", () => {
    const council = generateCouncil(12, { seed: 9 });
    expect(() => parseSeedFile(stringify(council), "synthetic-12.yaml")).not.toThrow();
    expect(council.nodes.every((node) => node.id.split("-")[1] === "c12")).toBe(true);
    expect(council.document.file).toBe(syntheticDocumentFile(12, 9));
  });

  it("has the size and the shape of a council: bodies in four to six layers, people, strategies, history", () => {
    const totals = { bodies: 0, people: 0, strategies: 0, replaces: 0 };
    for (let index = 1; index <= 20; index++) {
      const council = SeedFile.parse(generateCouncil(index));
      totals.bodies += council.nodes.filter((n) => n.label === "Board").length;
      totals.people += council.nodes.filter((n) => n.label === "Person").length;
      totals.strategies += council.nodes.filter((n) => n.label === "Strategy").length;
      totals.replaces += council.relationships.filter((r) => r.type === "REPLACES").length;
    }
    expect(totals.bodies / 20).toBeGreaterThan(50);
    expect(totals.bodies / 20).toBeLessThan(75);
    expect(totals.people / 20).toBeGreaterThan(250);
    expect(totals.people / 20).toBeLessThan(350);
    expect(totals.strategies / 20).toBeGreaterThan(210);
    expect(totals.strategies / 20).toBeLessThan(290);
    expect(totals.replaces).toBeGreaterThan(20 * 20);
  });

  it("leaves about 5% of strategies and bodies without a lead, route or upward line, with cycles in every council", () => {
    const stats = Array.from({ length: 40 }, (_, i) => describeSynthetic(generateCouncil(i + 1)));
    const sum = (key: keyof (typeof stats)[number]) => stats.reduce((total, s) => total + s[key], 0);
    for (const key of ["strategiesWithoutLead", "strategiesWithoutRoute", "strategiesWithoutOversight"] as const) {
      expect(sum(key) / sum("strategies")).toBeGreaterThan(0.025);
      expect(sum(key) / sum("strategies")).toBeLessThan(0.1);
    }
    expect(sum("bodiesWithoutUpwardLine") / sum("bodies")).toBeGreaterThan(0.02);
    expect(sum("bodiesWithoutUpwardLine") / sum("bodies")).toBeLessThan(0.1);
    expect(stats.every((s) => s.cycles >= 1 && s.cycles <= 2)).toBe(true);
    expect(sum("termsOfReferenceOverdue")).toBeGreaterThan(0);
    expect(sum("termsOfReferenceMissing") / sum("bodies")).toBeGreaterThan(0.05);
  });
});

describe("syntheticGraphView", () => {
  it("gives exactly the number of nodes asked for, and only edges between them", () => {
    for (const count of [500, 5000]) {
      const view = syntheticGraphView(count);
      const ids = new Set(view.nodes.map((node) => node.id));
      expect(ids.size).toBe(count);
      expect(view.edges.length).toBeGreaterThan(count);
      expect(view.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
    }
  });
});
