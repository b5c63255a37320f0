import { describe, expect, it } from "vitest";
import { defaultArea, resolveView } from "./resolve-view.ts";
import { DEFAULT_STATE } from "./view-state.ts";

const start = {
  documents: [{ date: "2008-06-01" }, { date: "2011-10-01" }, { date: "2016-05-17" }, { date: "2016-04-01" }],
  areas: [
    { id: "area-southend", name: "Southend-on-Sea", kind: "UNITARY_AUTHORITY" },
    { id: "area-essex-mid", name: "Mid Essex", kind: "LOCALITY" },
    { id: "area-essex", name: "Essex", kind: "COUNTY" },
  ],
};

describe("resolveView", () => {
  it("draws the first county or unitary authority as of the newest document when the link says nothing", () => {
    expect(resolveView(DEFAULT_STATE, start)).toEqual({
      asOf: "2016-05-17",
      area: "area-essex",
      areaName: "Essex",
      from: "2011-10-01",
      to: "2016-05-17",
    });
  });

  it("keeps what the link says, and asks for no area when it draws around a node", () => {
    const resolved = resolveView({ ...DEFAULT_STATE, node: "x", asOf: "2011-10-01", from: "2008-06-01" }, start);
    expect(resolved).toMatchObject({ asOf: "2011-10-01", area: null, from: "2008-06-01" });
    expect(resolveView({ ...DEFAULT_STATE, allDates: true }, start).asOf).toBeNull();
  });

  it("still compares an area when a node is selected", () => {
    expect(resolveView({ ...DEFAULT_STATE, node: "x", mode: "compare" }, start).area).toBe("area-essex");
  });

  it("falls back to any area when there is no county", () => {
    expect(defaultArea([{ id: "a", name: "A", kind: "LOCALITY" }])).toBe("a");
    expect(defaultArea([])).toBeNull();
  });
});
