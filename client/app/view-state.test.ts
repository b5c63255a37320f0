import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, isCalendarDate, parseViewState, serialiseViewState } from "./view-state.ts";

describe("view state in the URL", () => {
  it("round-trips every part of a view", () => {
    const state = {
      ...DEFAULT_STATE,
      area: "area-essex",
      asOf: "2011-10-01",
      node: "board-essex-hwb",
      mode: "compare" as const,
      from: "2011-10-01",
      to: "2016-05-17",
      lines: ["accountability" as const, "strategies" as const],
      view: "table" as const,
      layout: "dagre" as const,
    };
    const query = serialiseViewState(state);
    expect(query).toBe(
      "?area=area-essex&asOf=2011-10-01&node=board-essex-hwb&mode=compare&from=2011-10-01&to=2016-05-17&lines=accountability,strategies&view=table&layout=dagre",
    );
    expect(parseViewState(query)).toEqual({ state, problems: [] });
  });

  it("writes nothing for the default view and reads nothing as the default view", () => {
    expect(serialiseViewState(DEFAULT_STATE)).toBe("");
    expect(parseViewState("")).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it("keeps what it understands of a damaged link and says what it left out", () => {
    const { state, problems } = parseViewState("?asOf=2016-02-30&mode=dance&lines=accountability,gossip&area=area-essex");
    expect(state).toMatchObject({ asOf: null, mode: "explore", lines: ["accountability"], area: "area-essex" });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"2016-02-30"');
    expect(problems.join(" ")).toContain("gossip");
  });

  it("falls back to the diagram when a trace or health check names nothing to trace or check", () => {
    const { state, problems } = parseViewState("?mode=trace");
    expect(state.mode).toBe("explore");
    expect(problems[0]).toMatch(/names no body or strategy/);
  });

  it("reads asOf=all as every date", () => {
    const { state } = parseViewState("?asOf=all");
    expect(state).toMatchObject({ allDates: true, asOf: null });
    expect(serialiseViewState(state)).toBe("?asOf=all");
  });

  it("accepts only dates that exist", () => {
    expect(isCalendarDate("2016-02-29")).toBe(true);
    expect(isCalendarDate("2015-02-29")).toBe(false);
    expect(isCalendarDate("2016-5-1")).toBe(false);
  });
});
